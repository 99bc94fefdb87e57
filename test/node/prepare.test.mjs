// scripts/prepare.mjs: when `prepare` builds dist/. It skips only a checkout's own `npm install` / `npm ci`
// (CI builds once, in `npm test`) and a fresh dist/; `npm pack` in the checkout builds a stale one.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { reasonToSkip } from '../../scripts/prepare.mjs';

test("prepare: skips the checkout's own install and ci, not its pack or publish, nor an install elsewhere", () => {
  // A folder with no dist/: only the own-install rule can skip.
  const root = mkdtempSync(join(tmpdir(), 'prepare-'));
  try {
    for (const command of ['install', 'ci'])
      assert.match(reasonToSkip({ INIT_CWD: root, npm_command: command }, root), /own install/, command);
    for (const command of ['pack', 'publish'])
      assert.equal(reasonToSkip({ INIT_CWD: root, npm_command: command }, root), '', command);
    // A host installing this package from git: npm runs prepare in its clone, from the host's folder.
    assert.equal(reasonToSkip({ INIT_CWD: tmpdir(), npm_command: 'install' }, root), '');
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});
