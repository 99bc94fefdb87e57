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
  // Serves /mockServiceWorker.js (msw's worker must sit at the root to control the preview).
  staticDirs: ['../public'],
  viteFinal(viteConfig) {
    // The root vite.config.ts is the demo's (root: demo, publicDir: ../public): Storybook keeps its own
    // root and serves public/ through staticDirs, so the demo's publicDir must not apply here.
    viteConfig.publicDir = false;
    return viteConfig;
  },
};

export default config;
