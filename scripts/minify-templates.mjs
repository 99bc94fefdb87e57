// Minifies the *contents* of Lit's css`` and html`` tagged templates. Neither a host's bundler nor
// esbuild/terser touch text inside template literals, so the indentation and line breaks of every
// stylesheet and template would otherwise reach every page that embeds the inbox. The JavaScript around
// the templates is left as tsc wrote it (readable, one file per module, as lit.dev's publishing guide asks).
//
// - css``: the stylesheet goes through esbuild's CSS minifier (our styles have no `${}` interpolations;
//   a template that has one is left as it is).
// - html``: every run of white space that contains a line break becomes a single line break; runs without
//   one are kept. That is the same rendering under `white-space: normal` (one space or nothing between
//   blocks) and under `pre-line` (the break stays). Left alone: quoted attribute values, the contents of
//   <pre>/<textarea>/<script>/<style>, and any piece with a backslash (see minifyHtml).
//
// Usage: node scripts/minify-templates.mjs [dir]   (default dist/; rewrites the .js files in place)
// Also exported for the CDN build (vite.cdn.config.ts runs it on the TypeScript sources).
import { transformSync } from 'esbuild';
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import ts from 'typescript';

/** Returns `code` with the css``/html`` templates minified (same length-independent semantics). */
export function minifyTemplates(code, fileName = 'module.js') {
  const source = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, true);
  const edits = [];
  const visit = (node) => {
    if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag)) {
      const tag = node.tag.text;
      if (tag === 'css') minifyCss(node.template, edits, fileName);
      else if (tag === 'html' || tag === 'svg') minifyHtml(node.template, edits);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  // Apply from the end so earlier offsets stay valid.
  edits.sort((a, b) => b.start - a.start);
  let out = code;
  for (const { start, end, text } of edits) out = out.slice(0, start) + text + out.slice(end);
  return out;
}

/** The raw text between the delimiters of one template piece (head, middle, tail or whole). */
function pieces(template) {
  if (ts.isNoSubstitutionTemplateLiteral(template)) return [template];
  return [template.head, ...template.templateSpans.map((span) => span.literal)];
}

function rawRange(piece) {
  // getStart() is the opening delimiter (` or }); the closing one is ` or ${.
  const start = piece.getStart() + 1;
  const closing =
    piece.kind === ts.SyntaxKind.TemplateHead || piece.kind === ts.SyntaxKind.TemplateMiddle ? 2 : 1;
  return { start, end: piece.getEnd() - closing };
}

function minifyCss(template, edits, fileName) {
  if (!ts.isNoSubstitutionTemplateLiteral(template)) return;
  const { start, end } = rawRange(template);
  const raw = template.getSourceFile().text.slice(start, end);
  if (raw.includes('\\')) return; // escapes would need cooking first; none of our styles has one
  // Whitespace only: esbuild's syntax minification rewrites values (`120ms` → `.12s`), which is
  // correct but makes the before/after comparison in test/minified-templates.test.ts harder to trust.
  // utf8: keep `·` as it is; an escape like `\b7` would need its backslash doubled in the template.
  const { code } = transformSync(raw, {
    loader: 'css',
    minifyWhitespace: true,
    charset: 'utf8',
    logLevel: 'silent',
    sourcefile: fileName,
  });
  edits.push({ start, end, text: asTemplateText(code.trim()) });
}

/** Text as it must be written between backticks to mean itself. */
function asTemplateText(text) {
  return text.replaceAll('\\', '\\\\').replaceAll('`', '\\`').replaceAll('${', '\\${');
}

/** Elements whose text keeps its white space (or is not markup): never touched inside them. */
const RAW_TEXT = /^(pre|textarea|script|style|listing|xmp|plaintext)$/i;

/**
 * Collapses, in the static text of one html`` template, each white-space run that contains a line break
 * into a single `\n`, except where white space is content: inside a quoted attribute value (`title`,
 * `aria-label`…) and inside `<pre>`, `<textarea>`, `<script>`, `<style>`. A tiny scanner follows the
 * markup across the `${}` holes (a hole inside a quoted value keeps the quote open). A piece with a
 * backslash is left as written: an escape such as `\ ` before a line break would change meaning.
 */
function minifyHtml(template, edits) {
  const state = { inTag: false, quote: '', tagName: '', readingName: false, closing: false, raw: '' };
  for (const piece of pieces(template)) {
    const { start, end } = rawRange(piece);
    const raw = piece.getSourceFile().text.slice(start, end);
    const text = collapse(raw, state, !raw.includes('\\'));
    if (text !== raw) edits.push({ start, end, text });
  }
}

function collapse(raw, state, allowed) {
  let out = '';
  for (let i = 0; i < raw.length; i++) {
    const ch = raw[i];
    if (/\s/.test(ch) && allowed && !state.quote && !state.raw) {
      let j = i;
      while (j < raw.length && /\s/.test(raw[j])) j++;
      const run = raw.slice(i, j);
      out += run.includes('\n') ? '\n' : run;
      endName(state);
      i = j - 1;
      continue;
    }
    out += ch;
    track(state, ch, raw[i + 1]);
  }
  // A `${}` hole ends a tag or attribute name that was being read.
  endName(state);
  return out;
}

function endName(state) {
  if (!state.readingName) return;
  state.readingName = false;
  if (!state.closing && RAW_TEXT.test(state.tagName)) state.pendingRaw = state.tagName.toLowerCase();
}

function track(state, ch, next) {
  if (state.quote) {
    if (ch === state.quote) state.quote = '';
    return;
  }
  if (state.inTag) {
    if (state.readingName && state.closing && ch === '/' && !state.tagName) return; // the `/` of `</x>`
    if (state.readingName && /[\w-]/.test(ch)) state.tagName += ch;
    else endName(state);
    if (ch === '"' || ch === "'") state.quote = ch;
    else if (ch === '>') {
      state.inTag = false;
      if (state.closing && state.raw && state.tagName.toLowerCase() === state.raw) state.raw = '';
      else if (state.pendingRaw) state.raw = state.pendingRaw;
      state.pendingRaw = '';
    }
    return;
  }
  if (ch === '<' && next && /[a-zA-Z/]/.test(next)) {
    state.closing = next === '/';
    if (state.raw && !state.closing) return; // markup-looking text inside <pre>/<textarea> is text
    state.inTag = true;
    state.readingName = true;
    state.tagName = '';
  }
}

function* jsFiles(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* jsFiles(path);
    else if (name.endsWith('.js')) yield path;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const dir = process.argv[2] ?? 'dist';
  let before = 0;
  let after = 0;
  for (const file of jsFiles(dir)) {
    if (file.includes('/cdn/')) continue; // the CDN build minifies its sources itself
    const code = readFileSync(file, 'utf8');
    if (!/\b(css|html|svg)\s*`/.test(code)) continue;
    const out = minifyTemplates(code, file);
    before += code.length;
    after += out.length;
    if (out !== code) writeFileSync(file, out);
  }
  console.log(`minify-templates: ${dir} ${(before / 1024).toFixed(1)} KB → ${(after / 1024).toFixed(1)} KB`);
}
