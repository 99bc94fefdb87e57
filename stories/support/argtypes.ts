/**
 * The Controls panel and the docs' API table, curated (issue 16, point 14). Storybook's own reading of
 * custom-elements.json (`extractArgTypesFromElements`) gave `<requests-page>` over a hundred rows: every
 * attribute twice (as property and attribute), CSS custom properties as JSON "object" controls, each of the
 * 68 parts as a control, and one key per name, so the `tab` part replaced the `tab` attribute's control.
 * Set as `parameters.docs.extractArgTypes` in .storybook/preview.ts. Here:
 * - attributes carry the controls (what a designer types in HTML), by type: boolean, number, a select for a
 *   union of names (the aliases are spelled out in `OPTIONS`), text for strings; an object-typed one has none;
 *   a property mirrored by an attribute has no row of its own (the attribute's row names it);
 * - properties that are objects (`adapter`, `request`) are documented, without a control;
 * - CSS custom properties get a colour or a text control, which `withCssProperties` applies around the story;
 * - events and slots are documented, without controls, under keys of their own (`event:tab-change`), so
 *   they never shadow an attribute of the same name; the parts are named in the description
 *   (`curatedDescription`), not as rows.
 * scripts/storybook-smoke.mjs checks the result in every story (bounded count, no "object" CSS controls).
 */
import type { Decorator } from '@storybook/web-components-vite';
import type { ConfirmDialogTone } from '../../src/elements/confirm-dialog/confirm-dialog.js';
import type { RequestsBadgeKind } from '../../src/elements/requests-badge/requests-badge.js';
import type { RequestsTab } from '../../src/events.js';
import type { DirectionFilter, StatusFilter } from '../../src/store/filters.js';

interface Item {
  name?: string;
  description?: string;
  type?: { text?: string };
  default?: string;
  fieldName?: string;
  kind?: string;
  privacy?: string;
  static?: boolean;
}

interface Declaration {
  tagName?: string;
  description?: string;
  attributes?: Item[];
  members?: Item[];
  events?: Item[];
  slots?: Item[];
  cssProperties?: Item[];
  cssParts?: Item[];
}

interface Manifest {
  modules?: { declarations?: Declaration[] }[];
}

type Control =
  | false
  | { type: 'boolean' | 'number' | 'text' | 'color' }
  | { type: 'select' | 'inline-radio'; options?: readonly string[] };

export interface CuratedArgType {
  name: string;
  description?: string;
  control: Control;
  options?: readonly string[];
  table: { category: string; type?: { summary: string }; defaultValue?: { summary: string } };
}

/** The values of the named union types the elements' attributes use (type-checked against them). */
const OPTIONS: Record<string, readonly string[]> = {
  RequestsTab: ['session', 'message'] satisfies RequestsTab[],
  DirectionFilter: ['received', 'sent', 'all'] satisfies DirectionFilter[],
  StatusFilter: ['pending', 'accepted', 'rejected', 'expired', 'all'] satisfies StatusFilter[],
  ConfirmDialogTone: ['neutral', 'danger'] satisfies ConfirmDialogTone[],
  RequestsBadgeKind: ['all', 'session', 'message'] satisfies RequestsBadgeKind[],
};

/** The control of an attribute of type `text` (as the analyzer writes it), or `false` for none. */
function attributeControl(text = ''): { control: Control; options?: readonly string[] } {
  const type = text.replace(/\s*\|\s*undefined$/, '').trim();
  if (type === 'boolean') return { control: { type: 'boolean' } };
  if (type === 'number') return { control: { type: 'number' } };
  if (type === 'string') return { control: { type: 'text' } };
  const literals = type.split('|').map((part) => part.trim().match(/^'([^']*)'$/)?.[1]);
  const options = OPTIONS[type] ?? (literals.every(Boolean) ? (literals as string[]) : undefined);
  if (options) return { control: { type: options.length <= 3 ? 'inline-radio' : 'select' }, options };
  return { control: false }; // an object (a store, an adapter): set it as a property, in code
}

/** A colour token gets the colour picker; sizes, fonts and the rest a text field. */
const cssControl = (name: string): Control =>
  /color|colour|-bg\b|background|border-color|shadow-color/i.test(name)
    ? { type: 'color' }
    : { type: 'text' };

const row = (
  item: Item,
  category: string,
  control: Control,
  extra: Partial<CuratedArgType> = {},
): CuratedArgType => ({
  name: item.name ?? '',
  ...(item.description ? { description: item.description } : {}),
  control,
  table: {
    category,
    ...(item.type?.text ? { type: { summary: item.type.text } } : {}),
    ...(item.default !== undefined ? { defaultValue: { summary: item.default } } : {}),
  },
  ...extra,
});

function declarationOf(manifest: Manifest, tag: string): Declaration | undefined {
  for (const module of manifest.modules ?? [])
    for (const declaration of module.declarations ?? []) if (declaration.tagName === tag) return declaration;
  return undefined;
}

/** The curated argTypes of `tag` from the (story) manifest; `{}` for an unknown tag. */
export function curatedArgTypes(manifest: Manifest, tag: string): Record<string, CuratedArgType> {
  const declaration = declarationOf(manifest, tag);
  if (!declaration) return {};
  const argTypes: Record<string, CuratedArgType> = {};
  const mirrored = new Set<string>();
  for (const attribute of declaration.attributes ?? []) {
    if (!attribute.name) continue;
    if (attribute.fieldName) mirrored.add(attribute.fieldName);
    const { control, options } = attributeControl(attribute.type?.text);
    const property =
      attribute.fieldName && attribute.fieldName !== attribute.name
        ? ` (property \`${attribute.fieldName}\`)`
        : '';
    argTypes[attribute.name] = row(attribute, 'attributes', control, {
      ...(options ? { options } : {}),
      description: `${attribute.description ?? ''}${property}`.trim(),
    });
  }
  for (const member of declaration.members ?? []) {
    if (member.kind !== 'field' || !member.name || mirrored.has(member.name)) continue;
    argTypes[member.name] = row(member, 'properties', false);
  }
  for (const event of declaration.events ?? [])
    if (event.name) argTypes[`event:${event.name}`] = row(event, 'events', false);
  for (const slot of declaration.slots ?? [])
    argTypes[`slot:${slot.name || 'default'}`] = row(
      { ...slot, name: slot.name || '(default)' },
      'slots',
      false,
    );
  for (const property of declaration.cssProperties ?? [])
    if (property.name)
      argTypes[property.name] = row(property, 'css custom properties', cssControl(property.name));
  return argTypes;
}

/**
 * The element's description, with its parts named in one paragraph: as rows they were 68 of the inbox's
 * (each described in custom-elements.json and the README's styling section).
 */
export function curatedDescription(manifest: Manifest, tag: string): string {
  const declaration = declarationOf(manifest, tag);
  const parts = (declaration?.cssParts ?? []).map((part) => part.name).filter(Boolean);
  const list = parts.length
    ? `\n\n**Parts**, for \`::part()\` in the host's CSS: ${parts.map((name) => `\`${name}\``).join(', ')}.`
    : '';
  return `${declaration?.description ?? ''}${list}`.trim();
}

/**
 * Applies the CSS custom property controls (args named `--mr-…`) around the story: they inherit into the
 * elements' shadow roots as a host's stylesheet would set them.
 */
export const withCssProperties: Decorator = (story, context) => {
  const set = Object.entries(context.args).filter(
    ([name, value]) => name.startsWith('--') && typeof value === 'string' && value !== '',
  );
  const root = document.getElementById('storybook-root');
  // The previous story's values must not stay: each render sets exactly the current ones.
  for (const name of [...(root?.style ?? [])]) if (name.startsWith('--')) root?.style.removeProperty(name);
  for (const [name, value] of set) root?.style.setProperty(name, value as string);
  return story();
};
