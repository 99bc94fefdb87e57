// The custom-elements manifest documents the parts an element forwards with `exportparts` from the inner
// element's own `@csspart` (custom-elements-manifest.config.mjs, `exportedParts`): every name the element
// really forwards is listed, described by the part it comes from. Reads the built manifest and the compiled
// `exportparts` values (`npm run build` first, as `npm test` does).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { TABS_PARTS } from '../../dist/elements/requests-page/views.js';
import { DETAIL_PARTS } from '../../dist/elements/requests-page/detail-view.js';
import { DIALOG_EXPORTPARTS } from '../../dist/elements/shared/dialog-parts.js';

const manifest = JSON.parse(await readFile(new URL('../../custom-elements.json', import.meta.url), 'utf8'));

/** tag → (part name → description) */
const parts = new Map();
for (const module of manifest.modules)
  for (const declaration of module.declarations ?? [])
    if (declaration.tagName)
      parts.set(
        declaration.tagName,
        new Map((declaration.cssParts ?? []).map((part) => [part.name, part.description])),
      );

/** `exportparts` → [inner, outer] pairs. */
const pairs = (value) =>
  value.split(',').map((entry) => {
    const [inner, outer = inner] = entry.split(':').map((name) => name.trim());
    return [inner, outer];
  });

/**
 * Every forwarded name is documented with the inner part's description (the first inner tag that has the
 * part), except the names in `byHand`, whose `@csspart` the outer element writes itself.
 */
function assertForwarded(outerTag, innerTags, value, prefix, byHand = []) {
  const outer = parts.get(outerTag);
  for (const [inner, name] of pairs(value)) {
    const description = outer.get(name);
    assert.ok(description, `<${outerTag}> documents no part ${name}`);
    if (byHand.includes(name)) continue;
    const source = innerTags.map((tag) => parts.get(tag).get(inner)).find(Boolean);
    assert.ok(source, `${innerTags} have no part ${inner}`);
    const its = inner === name ? '' : ` (its \`${inner}\`)`;
    assert.equal(description, `${prefix}${its}: ${source}`);
  }
}

test('<requests-page> documents each part it forwards from <request-tabs>, in the tabs’ words', () => {
  assertForwarded('requests-page', ['request-tabs'], TABS_PARTS, 'Exported from `<request-tabs>`');
  assert.equal(
    parts.get('requests-page').get('tab-badge'),
    'Exported from `<request-tabs>` (its `badge`): ' + parts.get('request-tabs').get('badge'),
  );
});

test('<requests-page> documents each part it forwards from the opened detail, to the confirmation’s', () => {
  const details = ['session-request-detail', 'message-request-detail'];
  assertForwarded('requests-page', details, DETAIL_PARTS, 'Exported from the opened detail');
  // Only the message detail has a bubble; only the session detail has the reject reasons.
  assert.match(
    parts.get('requests-page').get('detail-bubble'),
    /^Exported from the opened detail \(its `bubble`\): /,
  );
  assert.match(
    parts.get('requests-page').get('dialog-reasons'),
    /^Exported from the opened detail: The reasons/,
  );
  // Two levels: the page forwards what the detail forwards from <confirm-dialog>.
  assert.equal(
    parts.get('requests-page').get('dialog-textarea'),
    'Exported from the opened detail: The Reject confirmation (its `textarea`): ' +
      parts.get('confirm-dialog').get('textarea'),
  );
});

test('the detail elements document the confirmation’s parts from <confirm-dialog>; their own `dialog` wins', () => {
  for (const tag of ['session-request-detail', 'message-request-detail']) {
    assertForwarded(tag, ['confirm-dialog'], DIALOG_EXPORTPARTS, 'The Reject confirmation', ['dialog']);
    assert.equal(parts.get(tag).get('dialog'), "The Reject confirmation (`<confirm-dialog>`'s `dialog`).");
  }
});
