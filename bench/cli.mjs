// The command-line options the bench's tools share (boot.mjs, trace-boot.mjs).
import { PROFILES } from '../scripts/bench-profiles.mjs';

export const argv = process.argv.slice(2);

/** The value after `name` on the command line, else `fallback`. */
export const option = (name, fallback) => {
  const at = argv.indexOf(name);
  return at >= 0 ? argv[at + 1] : fallback;
};

/** The device profile named by `--profile` (scripts/bench-profiles.mjs), low-end by default. */
export function profileOption() {
  const profile = PROFILES[option('--profile', 'low-end')];
  if (!profile) throw new Error('--profile: desktop or low-end');
  return profile;
}
