// Lists the t('…') keys the renderer uses with a literal key that nl.json lacks (a dev aid; the locales test checks nl and en agree).
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const nl = JSON.parse(readFileSync('locales/nl.json', 'utf8'));
const has = (key) => key.split('.').reduce((n, p) => (n && typeof n === 'object' ? n[p] : undefined), nl) !== undefined;
const files = [];
const walk = (dir) => {
  for (const f of readdirSync(dir)) {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) walk(p);
    else if (/\.tsx?$/.test(f)) files.push(p);
  }
};
walk('renderer/src');
const missing = new Set();
for (const f of files) {
  const text = readFileSync(f, 'utf8');
  for (const m of text.matchAll(/\bt\(\s*'([a-zA-Z0-9_.]+)'/g)) {
    const key = m[1];
    if (!has(key) && !has(`${key}_one`)) missing.add(`${key}  (${f})`);
  }
}
console.log([...missing].sort().join('\n') || 'none missing');
