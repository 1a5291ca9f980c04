// Dutch messages for main: the same locale file the renderer uses.
import nl from '../../locales/nl.json';

type Tree = { [key: string]: string | Tree };

export function translateNl(key: string, vars: Record<string, string | number> = {}): string {
  let node: string | Tree | undefined = nl as Tree;
  for (const part of key.split('.')) {
    node = typeof node === 'object' ? node[part] : undefined;
  }
  const text = typeof node === 'string' ? node : key;
  return text.replace(/\{\{(\w+)\}\}/g, (_m, name: string) => String(vars[name] ?? ''));
}
