// `npm run manifest` (cem analyze) reads this file. Three small plugins make the manifest say what the
// package really does:
// 1. tag names: the tags are registered through maps, `ELEMENTS` in src/define-elements.ts (defined at once),
//    `DETAIL_ELEMENTS` in src/define-details.ts (the lazily loaded chunk) and `BADGE_ELEMENTS` in src/badge.ts
//    (the badge's own entry), so that the registration can be idempotent; the analyzer's
//    `customElements.define('x', X)` detection does not see them.
//    `tagsFromElementsMap` reads one map and adds its `custom-element-definition` exports.
// 2. inherited API: the detail elements extend an abstract base marked `@internal` (not public API), which
//    the analyzer would skip entirely, losing `adapter`, `request-id` and `request` from both elements.
//    `analyzeInternalBases` keeps abstract `@internal` classes in the analysis so their public members
//    are inherited, and flags them as plain classes (no tag, not a custom element).
// 3. events: `this.dispatchEvent(new RequestErrorEvent(...))` is picked up as an event without a name;
//    every event is documented with `@fires`, so nameless ones are dropped.
// 4. order: the analyzer lists modules in the order its file reads finish, which differs from build to
//    build; sorted by path, the committed manifest changes only when the API does.
// 5. forwarded parts: an element that forwards an inner element's parts with `exportparts` documents them
//    with `@exportparts <inner tags> <module>#<export> - <prefix>` instead of one `@csspart` per name, which
//    would repeat (and drift from) the inner element's own. `exportedParts` reads the `exportparts` value
//    the element really renders (the export, from the compiled module in dist/: `npm run build` compiles
//    before it analyzes) and documents each outer name with the inner part's description.
// The manifest is the source of the editor data and JSX typings (scripts/generate-editor-data.mjs).

import { execFileSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';

/** Reads `export const ELEMENTS = { 'tag-name': ClassName, ... }` in `file`. */
function tagsFromElementsMap({ file = 'src/define-elements.ts', variable = 'ELEMENTS' } = {}) {
  return {
    name: 'mentoring-requests:tags-from-elements-map',
    analyzePhase({ ts, node, moduleDoc }) {
      if (moduleDoc.path !== file || !ts.isVariableDeclaration(node) || node.name.getText() !== variable)
        return;
      let init = node.initializer;
      while (
        init &&
        (ts.isAsExpression(init) || ts.isSatisfiesExpression?.(init) || ts.isParenthesizedExpression(init))
      ) {
        init = init.expression;
      }
      if (!init || !ts.isObjectLiteralExpression(init)) return;
      // Where each class comes from: `import { X } from './elements/x/x.js'` → src/elements/x/x.ts
      const source = node.getSourceFile();
      const modules = new Map();
      for (const statement of source.statements) {
        if (!ts.isImportDeclaration(statement)) continue;
        const bindings = statement.importClause?.namedBindings;
        if (!bindings || !ts.isNamedImports(bindings)) continue;
        const specifier = statement.moduleSpecifier.text;
        const resolved = new URL(specifier, `file:///${file}`).pathname.slice(1).replace(/\.js$/, '.ts');
        for (const element of bindings.elements) modules.set(element.name.getText(), resolved);
      }
      for (const property of init.properties) {
        if (!ts.isPropertyAssignment(property) || !ts.isIdentifier(property.initializer)) continue;
        const tag = ts.isStringLiteral(property.name) ? property.name.text : property.name.getText();
        const className = property.initializer.text;
        moduleDoc.exports = [
          ...(moduleDoc.exports ?? []),
          {
            kind: 'custom-element-definition',
            name: tag,
            declaration: { name: className, module: modules.get(className) ?? file },
          },
        ];
      }
    },
  };
}

function analyzeInternalBases() {
  const bases = new Set();
  const isInternalTag = (tag) => tag.tagName.getText() === 'internal';
  return {
    name: 'mentoring-requests:analyze-internal-bases',
    collectPhase({ ts, node }) {
      if (!ts.isClassDeclaration(node) || !node.name || !node.jsDoc?.length) return;
      const isAbstract = node.modifiers?.some((m) => m.kind === ts.SyntaxKind.AbstractKeyword);
      if (!isAbstract || !node.jsDoc.some((doc) => doc.tags?.some(isInternalTag))) return;
      bases.add(node.name.getText());
      // The analyzer skips any class whose JSDoc carries @internal; drop the tag for this one class only.
      for (const doc of node.jsDoc) if (doc.tags) doc.tags = doc.tags.filter((tag) => !isInternalTag(tag));
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules ?? []) {
        for (const declaration of mod.declarations ?? []) {
          if (declaration.kind === 'class' && bases.has(declaration.name)) delete declaration.customElement;
        }
      }
    },
  };
}

function dropNamelessEvents() {
  return {
    name: 'mentoring-requests:drop-nameless-events',
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules ?? []) {
        for (const declaration of mod.declarations ?? []) {
          if (declaration.events) declaration.events = declaration.events.filter((event) => event.name);
        }
      }
    },
  };
}

function sortModules() {
  return {
    name: 'mentoring-requests:sort-modules',
    packageLinkPhase({ customElementsManifest }) {
      customElementsManifest.modules.sort((a, b) => a.path.localeCompare(b.path));
    },
  };
}

/** The value of export `name` of the compiled module of `source` (a src/ path), in a child Node. */
function compiledExport(source, name) {
  const url = pathToFileURL(source.replace(/^src\//, 'dist/').replace(/\.ts$/, '.js')).href;
  const script = `const m = await import(${JSON.stringify(url)}); process.stdout.write(JSON.stringify(m[${JSON.stringify(name)}]));`;
  let output;
  try {
    output = execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
  } catch (error) {
    throw new Error(`@exportparts: ${url} did not load; \`npm run build\` compiles it first.`, {
      cause: error,
    });
  }
  const value = JSON.parse(output);
  if (typeof value !== 'string') throw new Error(`@exportparts: ${source} exports no string ${name}`);
  return value;
}

/** `exportparts="a, b: c"` → [['a', 'a'], ['b', 'c']] (inner name, outer name). */
const exportPairs = (value) =>
  value
    .split(',')
    .map((entry) => entry.split(':').map((name) => name.trim()))
    .filter(([inner]) => inner)
    .map(([inner, outer = inner]) => [inner, outer]);

function exportedParts() {
  /** class name → [{ tags, pairs, prefix }] */
  const forwards = new Map();
  return {
    name: 'mentoring-requests:exported-parts',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isClassDeclaration(node) || !node.name) return;
      for (const doc of node.jsDoc ?? []) {
        for (const tag of doc.tags ?? []) {
          if (tag.tagName.getText() !== 'exportparts') continue;
          const text = ts.getTextOfJSDocComment(tag.comment) ?? '';
          const match = /^(\S+)\s+(\S+)#(\w+)\s+-\s+([^]+)$/.exec(text.trim());
          if (!match)
            throw new Error(
              `${moduleDoc.path}: @exportparts wants "<tags> <module>#<export> - <prefix>": ${text}`,
            );
          const [, tags, module, name, prefix] = match;
          const source = new URL(module, `file:///${moduleDoc.path}`).pathname
            .slice(1)
            .replace(/\.js$/, '.ts');
          const list = forwards.get(node.name.getText()) ?? [];
          list.push({
            tags: tags.split(','),
            pairs: exportPairs(compiledExport(source, name)),
            prefix: prefix.trim(),
          });
          forwards.set(node.name.getText(), list);
        }
      }
    },
    packageLinkPhase({ customElementsManifest }) {
      const byTag = new Map();
      const byName = new Map();
      for (const mod of customElementsManifest.modules ?? []) {
        for (const declaration of mod.declarations ?? []) {
          if (declaration.tagName) byTag.set(declaration.tagName, declaration);
          byName.set(declaration.name, declaration);
        }
      }
      const done = new Set();
      // An inner element may forward parts itself: its own are resolved first.
      const resolve = (declaration) => {
        if (!declaration || done.has(declaration)) return;
        done.add(declaration);
        const parts = (declaration.cssParts ??= []);
        for (const { tags, pairs, prefix } of forwards.get(declaration.name) ?? []) {
          const inner = tags.map((tag) => byTag.get(tag));
          inner.forEach(resolve);
          for (const [innerName, outerName] of pairs) {
            if (parts.some((part) => part.name === outerName)) continue; // written by hand: that wins
            const source = inner.flatMap((d) => d?.cssParts ?? []).find((part) => part.name === innerName);
            if (!source)
              throw new Error(`@exportparts of ${declaration.name}: no part ${innerName} in ${tags}`);
            const its = innerName === outerName ? '' : ` (its \`${innerName}\`)`;
            parts.push({ name: outerName, description: `${prefix}${its}: ${source.description}` });
          }
        }
      };
      for (const name of forwards.keys()) resolve(byName.get(name));
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  // mocks: MSW emulation, not elements; react: wrappers around the same classes; cdn*: build entries;
  // translation tables (src/i18n/en.ts, ar.ts, ...): long string data that says nothing about the API.
  exclude: [
    'src/mocks/**',
    'src/react/**',
    'src/cdn.ts',
    'src/cdn-*.ts',
    'src/i18n/??.ts',
    'src/i18n/??-*.ts',
  ],
  litelement: true,
  // package.json's "customElements" is set by hand; don't let the analyzer rewrite package.json.
  packagejson: false,
  plugins: [
    tagsFromElementsMap(),
    tagsFromElementsMap({ file: 'src/define-details.ts', variable: 'DETAIL_ELEMENTS' }),
    tagsFromElementsMap({ file: 'src/badge.ts', variable: 'BADGE_ELEMENTS' }),
    analyzeInternalBases(),
    dropNamelessEvents(),
    exportedParts(),
    sortModules(),
  ],
};
