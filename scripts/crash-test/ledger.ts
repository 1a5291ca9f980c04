// What the crash test's workload was told was written (acknowledged), and what was under way when the
// handler process was killed (it may or may not have landed, but only as a whole).
export interface Ledger {
  /** Patient numbers whose create was acknowledged. */
  created: Set<string>;
  /** Per patient id: the phone number last acknowledged, and one sent but not answered. */
  phones: Map<string, { acked: string; inFlight: string | null }>;
  /** Per intake id: the help question last acknowledged, and one sent but not answered. */
  drafts: Map<string, { acked: string; inFlight: string | null }>;
  /** Per import batch (its patient-number prefix): its row count and whether the commit was acknowledged. */
  imports: Map<string, { rows: number; acked: boolean }>;
  /** Acknowledged writes in all, for the figures. */
  acknowledged: number;
}

export function emptyLedger(): Ledger {
  return { created: new Set(), phones: new Map(), drafts: new Map(), imports: new Map(), acknowledged: 0 };
}
