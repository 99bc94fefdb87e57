// Line and branch coverage per source folder, from coverage/lcov.info (written by `npm run test:browser`).
import { readFileSync } from 'node:fs';

const totals = new Map();
let file = '';
const record = {};
for (const line of readFileSync('coverage/lcov.info', 'utf8').split('\n')) {
  const [key, value] = line.split(':');
  if (key === 'SF') file = value;
  else if (['LF', 'LH', 'BRF', 'BRH'].includes(key)) record[key] = Number(value);
  else if (line === 'end_of_record') {
    const parts = file.split('/');
    const folders = [
      'all',
      parts.slice(0, 2).join('/'),
      parts.length > 3 ? parts.slice(0, 3).join('/') : null,
    ];
    for (const folder of folders.filter(Boolean)) {
      const t = totals.get(folder) ?? { LF: 0, LH: 0, BRF: 0, BRH: 0 };
      for (const k of Object.keys(t)) t[k] += record[k] ?? 0;
      totals.set(folder, t);
    }
  }
}
const pct = (hit, found) => (found ? ((100 * hit) / found).toFixed(1) : '100.0');
for (const [folder, t] of [...totals].sort(([a], [b]) => a.localeCompare(b))) {
  console.log(
    `${folder.padEnd(44)} lines ${pct(t.LH, t.LF).padStart(5)}% (${t.LH}/${t.LF})  branches ${pct(t.BRH, t.BRF).padStart(5)}% (${t.BRH}/${t.BRF})`,
  );
}
