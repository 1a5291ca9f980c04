// The accounts of the team, for a beheerder: loaded with the team table and again after each change.
import { useCallback, useEffect, useState } from 'react';
import type { AccountState } from '../../../../contract/schemas/session';
import type { Message } from '../../../../contract/result';
import { kbz } from '../../api/api';

export interface AccountStates {
  byStaff: ReadonlyMap<string, AccountState>;
  problem: Message | null;
  refresh(): Promise<void>;
}

const NONE: ReadonlyMap<string, AccountState> = new Map();

/** `enabled` false (not a beheerder): nothing is asked, the map stays empty. */
export function useAccountStates(enabled: boolean): AccountStates {
  const [byStaff, setByStaff] = useState(NONE);
  const [problem, setProblem] = useState<Message | null>(null);
  const refresh = useCallback(async () => {
    if (!enabled) return setByStaff(NONE);
    const r = await kbz().accounts.list({});
    if (!r.ok) return setProblem(r.error);
    setProblem(null);
    setByStaff(new Map(r.value.map((a) => [a.staffId, a])));
  }, [enabled]);
  useEffect(() => {
    void refresh();
  }, [refresh]);
  return { byStaff, problem, refresh };
}
