// Generates editor data and JSX typings from custom-elements.json (run by `npm run build`, after tsc and
// the manifest):
// - dist/vscode.html-custom-data.json  VS Code HTML custom data (tags, attributes with their values)
// - dist/web-types.json                JetBrains web-types (package.json "web-types")
// - dist/jsx-elements.d.ts             framework-neutral prop and `on<event>` handler types per tag
// - dist/jsx.d.ts                      React 19: adds the tags to React's JSX.IntrinsicElements ("./jsx")
// - dist/jsx-preact.d.ts               Preact: the same for preact's JSX ("./jsx-preact")
// Attribute values (`'session' | 'message'`) come from the TypeScript types in dist/*.d.ts, so aliases such
// as `RequestsTab` are expanded. Prop and event types in the .d.ts files point at the classes and at
// HTMLElementEventMap instead of copying type text, so they can't drift from the code.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import ts from 'typescript';

const root = new URL('../', import.meta.url);
const read = (path) => JSON.parse(readFileSync(new URL(path, root), 'utf8'));
const write = (path, text) => writeFileSync(new URL(path, root), text);

const pkg = read('package.json');
const manifest = read('custom-elements.json');
mkdirSync(new URL('dist/', root), { recursive: true });

/** Every custom element with a tag, with the module its class is exported from. */
const elements = manifest.modules
  .flatMap((mod) => (mod.declarations ?? []).map((declaration) => ({ mod, declaration })))
  .filter(({ declaration }) => declaration.customElement && declaration.tagName)
  .map(({ declaration }) => declaration)
  .sort((a, b) => a.tagName.localeCompare(b.tagName));
if (elements.length === 0) throw new Error('custom-elements.json lists no tagged custom element');

const isPublic = (member) => !member.static && (member.privacy === undefined || member.privacy === 'public');
const fieldsOf = (element) =>
  (element.members ?? []).filter(
    (m) => m.kind === 'field' && isPublic(m) && !m.readonly && !m.name.startsWith('_'),
  );
const attributesOf = (element) => (element.attributes ?? []).filter((a) => a.name);
const eventsOf = (element) => {
  const seen = new Set();
  return (element.events ?? []).filter((e) => e.name && !seen.has(e.name) && seen.add(e.name));
};
const oneLine = (text = '') => text.replace(/\s+/g, ' ').trim();
/** An attribute's type as written, without `| undefined` (an absent attribute is the undefined case). */
const attributeType = (text) => text?.replace(/\s*\|\s*undefined\b/g, '').trim();

// --- Types from the built declarations: literal values of attributes -------------------------------
const program = ts.createProgram([new URL('dist/index.d.ts', root).pathname], {
  module: ts.ModuleKind.NodeNext,
  moduleResolution: ts.ModuleResolutionKind.NodeNext,
  target: ts.ScriptTarget.ES2022,
  lib: ['lib.es2023.d.ts', 'lib.dom.d.ts'],
  skipLibCheck: true,
  noEmit: true,
});
const checker = program.getTypeChecker();
const indexFile = program.getSourceFile(new URL('dist/index.d.ts', root).pathname);
if (!indexFile) throw new Error('dist/index.d.ts not found: run tsc -p tsconfig.build.json first');
const exported = new Map(
  checker.getExportsOfModule(checker.getSymbolAtLocation(indexFile)).map((symbol) => [symbol.name, symbol]),
);

/** 'a' | 'b' → ['a', 'b'] when a field's type is a union of string literals (undefined ignored). */
function literalValues(className, fieldName) {
  let symbol = exported.get(className);
  if (!symbol) return undefined;
  if (symbol.flags & ts.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
  const instance = checker.getDeclaredTypeOfSymbol(symbol);
  const property = instance.getProperty(fieldName);
  if (!property) return undefined;
  const type = checker.getNonNullableType(checker.getTypeOfSymbol(property));
  const parts = type.isUnion() ? type.types : [type];
  if (!parts.every((t) => t.isStringLiteral())) return undefined;
  return parts.map((t) => t.value);
}

function fieldForAttribute(element, attribute) {
  return (element.members ?? []).find(
    (m) => m.kind === 'field' && (m.attribute === attribute.name || m.name === attribute.fieldName),
  );
}

function attributeValues(element, attribute) {
  const field = fieldForAttribute(element, attribute);
  return field ? literalValues(element.name, field.name) : undefined;
}

// --- VS Code ---------------------------------------------------------------------------------------
function elementMarkdown(element) {
  const lines = [oneLine(element.description || element.summary)];
  const events = eventsOf(element);
  if (events.length)
    lines.push('', '**Events:**', ...events.map((e) => `- \`${e.name}\`: ${oneLine(e.description)}`));
  const slots = element.slots ?? [];
  if (slots.length)
    lines.push(
      '',
      '**Slots:**',
      ...slots.map((s) => `- ${s.name ? `\`${s.name}\`` : '(default)'}: ${oneLine(s.description)}`),
    );
  const parts = element.cssParts ?? [];
  if (parts.length)
    lines.push('', '**CSS parts:**', ...parts.map((p) => `- \`${p.name}\`: ${oneLine(p.description)}`));
  const props = element.cssProperties ?? [];
  if (props.length)
    lines.push(
      '',
      '**CSS custom properties:**',
      ...props.map((p) => `- \`${p.name}\`: ${oneLine(p.description)}`),
    );
  const properties = fieldsOf(element).filter((f) => !f.attribute);
  if (properties.length) {
    lines.push(
      '',
      '**Properties only (set from JavaScript):**',
      ...properties.map((f) => `- \`.${f.name}\`: ${oneLine(f.description)}`),
    );
  }
  return lines.join('\n');
}

const vscode = {
  $schema:
    'https://raw.githubusercontent.com/microsoft/vscode-html-languageservice/main/docs/customData.schema.json',
  version: 1.1,
  tags: elements.map((element) => ({
    name: element.tagName,
    description: { kind: 'markdown', value: elementMarkdown(element) },
    attributes: attributesOf(element).map((attribute) => {
      const values = attributeValues(element, attribute);
      const type = attributeType(attribute.type?.text ?? fieldForAttribute(element, attribute)?.type?.text);
      const isBoolean = type === 'boolean';
      return {
        name: attribute.name,
        description: oneLine(
          `${attribute.description ?? ''}${type ? ` (type: \`${type}\`)` : ''}${attribute.default ? ` Default: \`${attribute.default}\`.` : ''}`,
        ),
        ...(values ? { values: values.map((name) => ({ name })) } : {}),
        ...(isBoolean ? { valueSet: 'v' } : {}),
      };
    }),
  })),
};
write('dist/vscode.html-custom-data.json', `${JSON.stringify(vscode, null, 2)}\n`);

// --- JetBrains web-types ---------------------------------------------------------------------------
const unique = (list) => [...new Map(list.map((item) => [item.name, item])).values()];
const webTypes = {
  $schema: 'https://raw.githubusercontent.com/JetBrains/web-types/master/schema/web-types.json',
  name: pkg.name,
  version: pkg.version,
  'description-markup': 'markdown',
  'js-types-syntax': 'typescript',
  contributions: {
    html: {
      elements: elements.map((element) => ({
        name: element.tagName,
        description: oneLine(element.description || element.summary),
        source: { module: pkg.name, symbol: element.name },
        attributes: attributesOf(element).map((attribute) => {
          const values = attributeValues(element, attribute);
          const type = attributeType(
            attribute.type?.text ?? fieldForAttribute(element, attribute)?.type?.text,
          );
          return {
            name: attribute.name,
            description: oneLine(attribute.description),
            ...(attribute.default ? { default: attribute.default } : {}),
            value:
              type === 'boolean'
                ? { type: 'boolean', required: false, kind: 'no-value' }
                : {
                    type: values ? values.map((v) => `'${v}'`).join(' | ') : (type ?? 'string'),
                    required: false,
                  },
          };
        }),
        slots: (element.slots ?? []).map((slot) => ({
          name: slot.name,
          description: oneLine(slot.description),
        })),
        js: {
          properties: fieldsOf(element).map((field) => ({
            name: field.name,
            description: oneLine(field.description),
            ...(field.type?.text ? { type: field.type.text } : {}),
          })),
          events: eventsOf(element).map((event) => ({
            name: event.name,
            description: oneLine(event.description),
          })),
        },
        css: {
          properties: (element.cssProperties ?? []).map((p) => ({
            name: p.name,
            description: oneLine(p.description),
          })),
          parts: (element.cssParts ?? []).map((p) => ({ name: p.name, description: oneLine(p.description) })),
        },
      })),
    },
    css: {
      properties: unique(elements.flatMap((e) => e.cssProperties ?? [])).map((p) => ({
        name: p.name,
        description: oneLine(p.description),
      })),
      parts: unique(elements.flatMap((e) => e.cssParts ?? [])).map((p) => ({
        name: p.name,
        description: oneLine(p.description),
      })),
    },
  },
};
write('dist/web-types.json', `${JSON.stringify(webTypes, null, 2)}\n`);

// --- JSX typings -----------------------------------------------------------------------------------
const pascal = (tag) => tag.replace(/(^|-)(\w)/g, (_, __, c) => c.toUpperCase());
const doc = (text, indent = '  ') =>
  text ? `${indent}/** ${oneLine(text).replace(/\*\//g, '*\\/')} */\n` : '';
const header =
  '// Generated from custom-elements.json by scripts/generate-editor-data.mjs during `npm run build`. Do not edit.\n';

let neutral = `${header}//
// Framework-neutral types for the tags: the properties a host sets, and one handler per event, named
// \`on\` + the event name exactly as dispatched (\`onrequest-accepted\`), which is how React 19 and Preact
// attach listeners to custom elements. Property types are the classes' own; event types come from
// HTMLElementEventMap (declared by the package's events module).
import type { ${elements.map((e) => e.name).join(', ')} } from './index.js';

/** The event type dispatched under \`K\` (a plain \`Event\` for names outside HTMLElementEventMap). */
export type MentoringRequestsEvent<K extends string> = K extends keyof HTMLElementEventMap ? HTMLElementEventMap[K] : Event;
/** A listener for the event \`K\`. */
export type MentoringRequestsEventHandler<K extends string> = (event: MentoringRequestsEvent<K>) => void;
`;
for (const element of elements) {
  const name = pascal(element.tagName);
  neutral += `\n/** \`<${element.tagName}>\`'s properties (set them as properties; simple ones also have an attribute). */\n`;
  neutral += `export interface ${name}Props {\n`;
  for (const field of fieldsOf(element)) {
    neutral += doc(
      field.description + (field.attribute ? ` Attribute: \`${field.attribute}\`.` : ' Property only.'),
    );
    neutral += `  ${field.name}?: ${element.name}['${field.name}'];\n`;
  }
  neutral += `}\n\n/** \`<${element.tagName}>\`'s events as \`on<event-name>\` handler props. */\n`;
  neutral += `export interface ${name}EventProps {\n`;
  for (const event of eventsOf(element)) {
    neutral += doc(event.description);
    neutral += `  'on${event.name}'?: MentoringRequestsEventHandler<'${event.name}'>;\n`;
  }
  neutral += `}\n`;
}
neutral += `\n/** Tag → class. */\nexport interface MentoringRequestsElements {\n${elements
  .map((e) => `  '${e.tagName}': ${e.name};`)
  .join('\n')}\n}\n`;
neutral += `\n/** Tag → the props a JSX renderer accepts for it (without the framework's own HTML attributes). */\nexport interface MentoringRequestsJSXProps {\n${elements
  .map((e) => `  '${e.tagName}': ${pascal(e.tagName)}Props & ${pascal(e.tagName)}EventProps;`)
  .join('\n')}\n}\n`;
write('dist/jsx-elements.d.ts', neutral);

const tags = (base) =>
  elements
    .map(
      (e) =>
        `      '${e.tagName}': ${base(e.name)} & ${pascal(e.tagName)}Props & ${pascal(e.tagName)}EventProps;`,
    )
    .join('\n');
const imports = (extra) =>
  `import type { ${elements.map((e) => e.name).join(', ')} } from './index.js';\nimport type {\n${elements
    .flatMap((e) => [`  ${pascal(e.tagName)}Props,`, `  ${pascal(e.tagName)}EventProps,`])
    .join('\n')}\n} from './jsx-elements.js';\n${extra}`;

const react = `${header}//
// React 19 renders custom elements natively: a prop whose name is a property of the element is set as that
// property (\`adapter\`, \`pageSize\`), other props become attributes, and \`on\` + event name adds a listener
// for exactly that name (\`onrequest-accepted\` → 'request-accepted'). Import 'mentoring-requests/define.js'
// before rendering so that the properties exist (and \`await ready\` from it before a first render that
// shows a detail element or the dialog on its own: those are defined when their chunk arrives).
// Activate these types once in the app:
//   import type {} from 'mentoring-requests/jsx';
// React 18 does not pass properties or custom events: use 'mentoring-requests/react' instead.
${imports("import type { DetailedHTMLProps, HTMLAttributes } from 'react';\n")}
export type * from './jsx-elements.js';

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
${tags((cls) => `DetailedHTMLProps<HTMLAttributes<${cls}>, ${cls}>`)}
    }
  }
}
`;
write('dist/jsx.d.ts', react);

const preact = `${header}//
// Preact sets a prop as a property when the element has it, and \`on\` + event name adds a listener for that
// name (\`onrequest-accepted\` → 'request-accepted'). Import 'mentoring-requests/define.js' before
// rendering (and \`await ready\` from it before rendering a detail element or the dialog on its own).
// Activate these types once in the app (checked with Preact 10.29 and 11.2):
//   import type {} from 'mentoring-requests/jsx-preact';
${imports("import type { HTMLAttributes } from 'preact';\n")}
export type * from './jsx-elements.js';

declare module 'preact' {
  namespace JSX {
    interface IntrinsicElements {
${tags((cls) => `HTMLAttributes<${cls}>`)}
    }
  }
}
`;
write('dist/jsx-preact.d.ts', preact);

// --- The @lit/react wrappers must map exactly the events each element documents --------------------
{
  const path = new URL('src/react/index.ts', root);
  const source = ts.createSourceFile(path.pathname, readFileSync(path, 'utf8'), ts.ScriptTarget.ES2022, true);
  const handlerEvent = new Map(); // const onX = on('x-y')
  const wrapped = new Map(); // tag → event names
  const visit = (node) => {
    if (ts.isVariableDeclaration(node) && node.initializer && ts.isCallExpression(node.initializer)) {
      const call = node.initializer;
      if (call.expression.getText() === 'on' && ts.isStringLiteral(call.arguments[0])) {
        handlerEvent.set(node.name.getText(), call.arguments[0].text);
      }
    }
    if (ts.isCallExpression(node) && node.expression.getText() === 'createComponent') {
      const options = node.arguments[0];
      const prop = (name) => options.properties.find((p) => p.name?.getText() === name);
      const tag = prop('tagName')?.initializer?.text;
      const events = prop('events')?.initializer?.properties ?? [];
      wrapped.set(
        tag,
        events.map((p) =>
          handlerEvent.get(ts.isShorthandPropertyAssignment(p) ? p.name.text : p.initializer.getText()),
        ),
      );
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  const problems = [];
  for (const element of elements) {
    const documented = eventsOf(element)
      .map((e) => e.name)
      .sort();
    const mapped = [...(wrapped.get(element.tagName) ?? [])].sort();
    if (!wrapped.has(element.tagName)) problems.push(`<${element.tagName}> has no wrapper`);
    else if (documented.join() !== mapped.join()) {
      problems.push(`<${element.tagName}> documents [${documented}] but its wrapper maps [${mapped}]`);
    }
  }
  if (problems.length) {
    console.error(`src/react/index.ts is out of date with custom-elements.json:\n  ${problems.join('\n  ')}`);
    process.exit(1);
  }
}

console.log(
  `editor data: ${elements.length} elements → dist/vscode.html-custom-data.json, dist/web-types.json, dist/jsx.d.ts, dist/jsx-preact.d.ts`,
);
