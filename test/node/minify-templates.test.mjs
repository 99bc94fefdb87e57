// scripts/minify-templates.mjs (run on dist/ by the build and on the sources by the CDN build): what it may
// change in html`` templates, and what it must leave alone. The styles are compared after parsing in
// Chromium by test/minified-templates.test.ts.
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import ts from 'typescript';
import { minifyTemplates } from '../../scripts/minify-templates.mjs';

/** The static text of every html`` template in `code`, piece by piece (raw, as written). */
function htmlPieces(code) {
  const source = ts.createSourceFile('x.ts', code, ts.ScriptTarget.Latest, true);
  const found = [];
  const visit = (node) => {
    if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag) && node.tag.text === 'html') {
      const t = node.template;
      const parts = ts.isNoSubstitutionTemplateLiteral(t)
        ? [t]
        : [t.head, ...t.templateSpans.map((s) => s.literal)];
      found.push(parts.map((p) => p.rawText ?? p.text));
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

function* sources(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* sources(path);
    else if (name.endsWith('.ts')) yield path;
  }
}

const onlyLineBreaks = (text) => text.replace(/\s*\n\s*/g, '\n');

describe('minify-templates: html``', () => {
  it('changes nothing in our templates but white space runs with a line break (each becomes one \\n)', () => {
    let templates = 0;
    let saved = 0;
    for (const file of sources('src')) {
      const code = readFileSync(file, 'utf8');
      const before = htmlPieces(code);
      const after = htmlPieces(minifyTemplates(code, file));
      assert.equal(after.length, before.length, `${file}: template count`);
      before.forEach((pieces, t) => {
        assert.equal(after[t].length, pieces.length, `${file}: template ${t} holes`);
        pieces.forEach((piece, p) => {
          assert.equal(
            onlyLineBreaks(after[t][p]),
            onlyLineBreaks(piece),
            `${file}: template ${t} piece ${p}`,
          );
          saved += piece.length - after[t][p].length;
        });
      });
      templates += before.length;
    }
    assert.ok(templates > 40, `only ${templates} html templates found`);
    assert.ok(saved > 2_000, `only ${saved} characters saved`);
  });

  const minified = (html) => minifyTemplates(`html\`${html}\``).slice(5, -1);

  it('collapses indentation between tags and attributes', () => {
    assert.equal(minified('<div>\n    <span>a</span>\n  </div>'), '<div>\n<span>a</span>\n</div>');
    assert.equal(
      minified('<button\n    class="x"\n    @click=${f}\n  >\n  Go\n</button>'),
      '<button\nclass="x"\n@click=${f}\n>\nGo\n</button>',
    );
  });

  it('keeps runs without a line break, and white space where it is content', () => {
    assert.equal(minified('<b>a</b> <i>b</i>'), '<b>a</b> <i>b</i>');
    // Quoted attribute values, also around a `${}` hole.
    assert.equal(minified('<b title="x\n   y">z</b>'), '<b title="x\n   y">z</b>');
    assert.equal(minified('<b title="a ${t}\n   b">z</b>'), '<b title="a ${t}\n   b">z</b>');
    // <pre>, <textarea>, <style>: their text is kept; after them the collapsing goes on.
    assert.equal(
      minified('<pre>\n  a\n   b\n</pre>\n   <p>\n x</p>'),
      '<pre>\n  a\n   b\n</pre>\n<p>\nx</p>',
    );
    assert.equal(
      minified('<textarea>\n  a <b>\n</textarea>\n  <i>'),
      '<textarea>\n  a <b>\n</textarea>\n<i>',
    );
    assert.equal(minified('<style>\n  p { }\n</style>'), '<style>\n  p { }\n</style>');
    // A backslash (an escape could join lines): the piece is left as written.
    assert.equal(minified('<p>a\\ \n   b</p>'), '<p>a\\ \n   b</p>');
  });
});
