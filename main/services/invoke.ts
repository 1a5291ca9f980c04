// The one door every call passes: schema check, transaction, access log, error mapping.
// Reads run in a read transaction on the reader; writes in a transaction that begins IMMEDIATE on the
// writer, so a second writer waits for the busy time-out instead of failing with SQLITE_BUSY_SNAPSHOT.
import { CHANNEL_NAMES, type ChannelName } from '../../contract/channel-names';
import { channels } from '../../contract/channels';
import { appError, type Message, type Result } from '../../contract/result';
import { issueMessageKey, issuePath } from '../../contract/validation-messages';
import { appendAccess, type AccessEntry } from '../../db/access-log';
import type { CallAuth, ReadContext, ServiceEnv, WriteContext } from './context';
import { AppFailure, CommittedFailure } from './errors';
import { admit } from './session/admit';
import type { Handler, HandlerTable } from './handler-table';

export function isChannelName(name: string): name is ChannelName {
  return (CHANNEL_NAMES as readonly string[]).includes(name);
}

function fail(code: AppFailure['code'], key: string, fields?: Record<string, string>, vars?: AppFailure['vars'], fieldValues?: AppFailure['fieldValues']): Result<never> {
  const fieldMessages =
    fields && Object.fromEntries(Object.entries(fields).map(([path, k]): [string, Message] => [path, fieldValues?.[path] ? { key: k, values: fieldValues[path] } : { key: k }]));
  return { ok: false, error: appError(code, key, vars, fieldMessages) };
}

function runRead(handler: Handler<ChannelName> & { mode: 'read' }, env: ServiceEnv, channel: string, input: unknown, auth: CallAuth): unknown {
  const db = env.store.reader;
  const ctx: ReadContext = { db, channel, auth, clock: env.clock, platform: env.platform, events: env.events, jobs: env.jobs, share: env.share, backups: env.backups };
  // One read transaction: every query of the call sees the same snapshot.
  return db.transaction(() => handler.run(input as never, ctx))();
}

function runWrite(handler: Handler<ChannelName> & { mode: 'write' }, env: ServiceEnv, channel: string, input: unknown, auth: CallAuth): unknown {
  const db = env.store.writer;
  const accesses: Pick<AccessEntry, 'action' | 'patientId'>[] = [];
  const ctx: WriteContext = {
    db,
    channel,
    auth,
    clock: env.clock,
    ids: env.ids,
    platform: env.platform,
    events: env.events,
    jobs: env.jobs,
    share: env.share,
    backups: env.backups,
    access: (action, patientId) => accesses.push({ action, patientId }),
  };
  // Who the log names: the signed-in person (by staff id) and their role; before anyone signs in (the
  // wizard, a sign-in) the person a public channel names itself, else the workstation's OS user.
  const logUser = () => ctx.auth.user ?? null;
  const outcome = db
    .transaction(() => {
      let value: unknown;
      try {
        value = handler.run(input as never, ctx);
      } catch (err) {
        // A refusal that keeps what the handler wrote (a wrong password's count): committed, then answered.
        if (err instanceof CommittedFailure) return { failure: err };
        throw err;
      }
      const at = env.clock.now();
      const user = logUser();
      for (const a of accesses) {
        appendAccess(db, { ...a, at, channel, workstation: env.workstation, userId: user?.staffId ?? env.userId, userRole: user?.role ?? null });
      }
      return { value };
    })
    .immediate();
  if ('failure' in outcome) throw outcome.failure;
  return outcome.value;
}

/** SQLite gave up waiting for another connection's lock (after the busy time-out). */
function isBusy(err: unknown): boolean {
  const code = (err as { code?: unknown }).code;
  return typeof code === 'string' && (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED'));
}

/** `session`: the caller's session token as the host received it (null: none); checked here, never trusted. */
export function invokeChannel(table: HandlerTable, env: ServiceEnv, channel: string, rawInput: unknown, session: string | null = null): Result<unknown> {
  if (!isChannelName(channel)) return fail('unknown_channel', 'errors.unknownChannel');
  // Who calls comes before what they send: without a session only the public channels read their input.
  let auth: CallAuth;
  try {
    const admission = admit(env, env.store.reader, channel, session);
    if (!admission.ok) return fail(admission.code, admission.key);
    auth = { token: session, user: admission.user, sessions: env.sessions, hashCost: env.hashCost, recovery: env.recovery };
  } catch (err) {
    return unexpected(channel, err);
  }
  const parsed = channels[channel].input.safeParse(rawInput ?? {});
  if (!parsed.success) {
    const fields: Record<string, string> = {};
    for (const issue of parsed.error.issues) fields[issuePath(issue)] ??= issueMessageKey(issue);
    const tooLarge = parsed.error.issues.some((i) => i.message === 'validation.fileTooLarge');
    return fail(tooLarge ? 'too_large' : 'invalid_input', tooLarge ? 'errors.tooLarge' : 'errors.invalidInput', fields);
  }
  const handler = table[channel] as Handler<ChannelName>;
  try {
    const value =
      handler.mode === 'read'
        ? runRead(handler, env, channel, parsed.data, auth)
        : runWrite(handler, env, channel, parsed.data, auth);
    return { ok: true, value };
  } catch (err) {
    if (err instanceof AppFailure) return fail(err.code, err.messageKey, err.fields, err.vars, err.fieldValues);
    return unexpected(channel, err);
  }
}

function unexpected(channel: string, err: unknown): Result<never> {
  if (isBusy(err)) return fail('busy', 'errors.databaseBusy');
  // Only the error's kind (and SQLite's code) is logged: its message may quote patient data from SQLite.
  const code = (err as { code?: unknown }).code;
  console.error(`[kbz] ${channel} failed: ${err instanceof Error ? err.name : typeof err}${typeof code === 'string' ? ` ${code}` : ''}`);
  return fail('internal', 'errors.internal');
}
