import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import en from '../locales/en.json';
import nl from '../locales/nl.json';

type Tree = { [k: string]: string | Tree };
const flatten = (t: Tree, prefix = ''): Record<string, string> =>
  Object.entries(t).reduce<Record<string, string>>((acc, [k, v]) => {
    const key = prefix ? `${prefix}.${k}` : k;
    return typeof v === 'string' ? { ...acc, [key]: v } : { ...acc, ...flatten(v, key) };
  }, {});

const nlFlat = flatten(nl as Tree);
const enFlat = flatten(en as Tree);
const root = fileURLToPath(new URL('..', import.meta.url));

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? sources(p) : /\.(ts|tsx)$/.test(f) && !f.endsWith('.test.ts') ? [p] : [];
  });
}

describe('locales', () => {
  it('English has every Dutch key and no others', () => {
    expect(Object.keys(enFlat).sort()).toEqual(Object.keys(nlFlat).sort());
  });

  it('keeps the same placeholders in both languages', () => {
    for (const [key, text] of Object.entries(nlFlat)) {
      const names = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
      expect(names(enFlat[key]!), key).toEqual(names(text));
    }
  });

  it('every literal key the code uses exists', () => {
    const used = new Set<string>();
    for (const file of [...sources(join(root, 'renderer/src')), ...sources(join(root, 'main')), ...sources(join(root, 'contract'))]) {
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/(?:\bt|translateNl)\('([a-zA-Z]+\.[a-zA-Z.]+)'/g)) used.add(m[1]!);
      for (const m of text.matchAll(/'((?:validation|errors|import\.issue)\.[a-zA-Z]+)'/g)) used.add(m[1]!);
    }
    const missing = [...used].filter((k) => !(k in nlFlat) && !(`${k}_one` in nlFlat));
    expect(missing).toEqual([]);
    expect(used.size).toBeGreaterThan(50);
  });
});
