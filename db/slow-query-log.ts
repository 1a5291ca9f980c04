// Statements slower than a threshold are logged by name and duration: never their SQL values or parameters.

export interface SlowQueryLog {
  thresholdMs: number;
  log(line: string): void;
}

/** Signal Desktop's threshold: slower than this is felt in a window. */
export const DEFAULT_SLOW_QUERY_LOG: SlowQueryLog = { thresholdMs: 40, log: (line) => console.warn(line) };

const logs = new WeakMap<object, SlowQueryLog>();

/** Replaces the slow-query log of one connection (tests set a threshold of 0 and collect the lines). */
export function setSlowQueryLog(db: object, log: SlowQueryLog): void {
  logs.set(db, log);
}

export function slowQueryLogOf(db: object): SlowQueryLog {
  return logs.get(db) ?? DEFAULT_SLOW_QUERY_LOG;
}

/** FNV-1a: a short stable tag that tells apart two statements on the same table. */
function shortHash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

/** "select patients #1a2b3c4d": the statement's kind and first table, from the SQL text (which holds no values: they are bound). */
export function statementName(sql: string): string {
  const verb = /^\s*(\w+)/.exec(sql)?.[1]?.toLowerCase() ?? 'sql';
  const table = /\b(?:from|into|update)\s+(\w+)/i.exec(sql)?.[1];
  return `${verb}${table ? ` ${table}` : ''} #${shortHash(sql)}`;
}

export function reportIfSlow(log: SlowQueryLog, name: string, startedAt: number): void {
  const ms = performance.now() - startedAt;
  if (ms >= log.thresholdMs) log.log(`[kbz] slow query ${name}: ${ms.toFixed(1)} ms`);
}
