// Dutch messages for main: the same locale file the renderer uses.
import nl from '../../locales/nl.json';

const DUTCH_NUMBER = new Intl.NumberFormat('nl-NL');

type Tree = { [key: string]: string | Tree };

export function translateNl(key: string, vars: Record<string, string | number> = {}): string {
  let node: string | Tree | undefined = nl as Tree;
  for (const part of key.split('.')) {
    node = typeof node === 'object' ? node[part] : undefined;
  }
  const text = typeof node === 'string' ? node : key;
  // `{{n, number}}` as the renderer's i18next formats it: Dutch digit grouping.
  return text.replace(/\{\{(\w+)(, number)?\}\}/g, (_m, name: string, number?: string) => {
    const value = vars[name];
    if (number && typeof value === 'number') return DUTCH_NUMBER.format(value);
    return String(value ?? '');
  });
}
