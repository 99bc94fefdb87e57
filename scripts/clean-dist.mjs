// Empties dist/ before a build, so files of modules that no longer exist can't end up in the package.
import { rmSync } from 'node:fs';

rmSync(new URL('../dist/', import.meta.url), { recursive: true, force: true });
