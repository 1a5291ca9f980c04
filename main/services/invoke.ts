// The one door every call passes: schema check, transaction, access log, error mapping.
import { CHANNEL_NAMES, type ChannelName } from '../../contract/channel-names';
import { channels } from '../../contract/channels';
import { appError, type Message, type Result } from '../../contract/result';
import { issueMessageKey, issuePath } from '../../contract/validation-messages';
import { appendAccess, type AccessEntry } from '../../db/access-log';
import type { ServiceEnv } from './context';
import { AppFailure } from './errors';
import type { HandlerTable } from './handler-table';

export function isChannelName(name: string): name is ChannelName {
  return (CHANNEL_NAMES as readonly string[]).includes(name);
}

function fail(code: AppFailure['code'], key: string, fields?: Record<string, string>, vars?: Record<string, number>): Result<never> {
  const fieldMessages = fields && Object.fromEntries(Object.entries(fields).map(([path, k]): [string, Message] => [path, { key: k }]));
  return { ok: false, error: appError(code, key, vars, fieldMessages) };
}

export function invokeChannel(table: HandlerTable, env: ServiceEnv, channel: string, rawInput: unknown): Result<unknown> {
  if (!isChannelName(channel)) return fail('unknown_channel', 'errors.unknownChannel');
  const parsed = channels[channel].input.safeParse(rawInput ?? {});
  if (!parsed.success) {
    const fields: Record<string, string> = {};
    for (const issue of parsed.error.issues) fields[issuePath(issue)] ??= issueMessageKey(issue);
    const tooLarge = parsed.error.issues.some((i) => i.message === 'validation.fileTooLarge');
    return fail(tooLarge ? 'too_large' : 'invalid_input', tooLarge ? 'errors.tooLarge' : 'errors.invalidInput', fields);
  }
  const accesses: Omit<AccessEntry, 'at' | 'workstation' | 'userId' | 'channel'>[] = [];
  const ctx = {
    ...env,
    channel,
    access: (action: AccessEntry['action'], patientId: string | null) => accesses.push({ action, patientId }),
  };
  const handler = table[channel] as (input: unknown, c: typeof ctx) => unknown;
  try {
    const value = env.db.transaction(() => {
      const v = handler(parsed.data, ctx);
      const at = env.clock.now();
      for (const a of accesses) {
        appendAccess(env.db, { ...a, at, channel, workstation: env.workstation, userId: env.userId });
      }
      return v;
    })();
    return { ok: true, value };
  } catch (err) {
    if (err instanceof AppFailure) return fail(err.code, err.messageKey, err.fields, err.vars);
    // Only the error's kind is logged: its message may quote patient data from SQLite.
    console.error(`[kbz] ${channel} failed: ${err instanceof Error ? err.name : typeof err}`);
    return fail('internal', 'errors.internal');
  }
}
