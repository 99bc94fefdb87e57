import type { StorybookConfig } from '@storybook/web-components-vite';

/**
 * Storybook 10, set up by hand (../../shared/toolchain.md §5): web components on Vite, MSW for the
 * MentorEd emulation, autodocs from custom-elements.json. `npm run storybook` / `npm run build-storybook`.
 */
const config: StorybookConfig = {
  stories: ['../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', 'msw-storybook-addon'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true, disableWhatsNewNotifications: true, enableCrashReports: false },
  // No onboarding (`storybook dev` shows it): neither the sidebar's checklist nor the menu's "Onboarding
  // guide" (Settings → Guide). This Storybook is for browsing the elements, not for learning Storybook.
  features: { sidebarOnboardingChecklist: false, menuOnboardingChecklist: false },
  // Serves /mockServiceWorker.js (msw's worker must sit at the root to control the preview).
  staticDirs: ['../public'],
  viteFinal(viteConfig) {
    // The root vite.config.ts is the demo's (root: demo, publicDir: ../public): Storybook keeps its own
    // root and serves public/ through staticDirs, so the demo's publicDir must not apply here.
    viteConfig.publicDir = false;
    // One Lit: the stories, the preview and the elements must share one copy of lit (and its parts), or
    // Lit warns "Multiple versions of Lit loaded" (a pre-bundled dependency carrying its own copy).
    viteConfig.resolve ??= {};
    viteConfig.resolve.dedupe = [
      ...(viteConfig.resolve.dedupe ?? []),
      'lit',
      'lit-html',
      'lit-element',
      '@lit/reactive-element',
    ];
    return viteConfig;
  },
};

export default config;
