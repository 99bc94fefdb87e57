/**
 * Prepares `custom-elements.json` for Storybook's controls and autodocs:
 * - makes sure every element declaration has its `tagName` (Storybook looks declarations up by tag
 *   name; the tags are registered through two maps, in `src/define.ts` and `src/define-details.ts`, which
 *   the analyzer only follows with the plugin in custom-elements-manifest.config.mjs — this keeps the
 *   stories working without it);
 * - keeps only the public API: private / protected / static members and `@internal` ones are dropped,
 *   as are events without a name (the analyzer also lists every `dispatchEvent(new X())` it sees).
 * The manifest itself is left untouched (a copy is returned).
 */

/** Element class → tag, as `src/define.ts` (and `define-details.ts`) register them. Class names, not `Class.name`: builds minify. */
export const TAGS: Readonly<Record<string, string>> = {
  RequestsPage: 'requests-page',
  RequestTabs: 'request-tabs',
  SessionRequestDetail: 'session-request-detail',
  MessageRequestDetail: 'message-request-detail',
  ConfirmDialog: 'confirm-dialog',
  RequestsBadge: 'requests-badge',
};

interface Item {
  name?: string;
  kind?: string;
  privacy?: string;
  static?: boolean;
  description?: string;
  fieldName?: string;
  [key: string]: unknown;
}

interface Declaration extends Item {
  tagName?: string;
  customElement?: boolean;
  members?: Item[];
  attributes?: Item[];
  events?: Item[];
}

interface Manifest {
  modules?: { declarations?: Declaration[]; [key: string]: unknown }[];
  [key: string]: unknown;
}

const isPublic = (item: Item) =>
  Boolean(item.name) &&
  !item.static &&
  (item.privacy === undefined || item.privacy === 'public') &&
  !/@internal/.test(item.description ?? '');

export function storyManifest(source: unknown): Manifest {
  const manifest = structuredClone(source) as Manifest;
  for (const module of manifest.modules ?? []) {
    for (const declaration of module.declarations ?? []) {
      const tag = declaration.tagName ?? (declaration.name ? TAGS[declaration.name] : undefined);
      if (!tag) continue;
      declaration.tagName = tag;
      declaration.customElement = true;
      declaration.members = (declaration.members ?? []).filter(isPublic);
      declaration.events = (declaration.events ?? []).filter((event) => Boolean(event.name));
    }
  }
  return manifest;
}
