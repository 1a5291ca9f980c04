// The monthly overview's figures: counts only, never a name or a patient id. Each figure is defined (what
// counts, at which date, the SQL) in docs/overview.md; main/services/overview/month-figures.ts computes them.
import type { KbzStatus, SignalledVia } from './patient-values';
import type { PartnerType } from './partners';

/** `YYYY-MM`: a calendar month in Europe/Amsterdam. */
export type OverviewMonth = string;

/** '' means "all": the patient's own GP (staff id), wijk, doelgroep (target group tag). */
export interface OverviewFilters {
  gpId: string;
  wijk: string;
  tag: string;
}

export interface MonthFigures {
  month: OverviewMonth;
  /** The month as UTC instants: [from, to). */
  range: { from: string; to: string };
  roster: {
    /** Patients registered (aangemeld) in the month. */
    registered: number;
    /** Patients on the roster at the month's end (registered before it, not archived before it), by their status then. */
    byStatusAtEnd: Record<KbzStatus, number>;
    /** Patients whose status became 'closed' (afgesloten) in the month. */
    ended: number;
    /** Patients archived in the month (and still archived). */
    archived: number;
    /** The patients registered in the month by how they were signalled ('' = not filled in). */
    signalledVia: Record<SignalledVia | '', number>;
    /** Patients on the roster at the month's end with the 15-minute consult. */
    longConsult: number;
  };
  intakes: {
    /** First versions of 4D intakes finished in the month (corrections not counted). */
    finished: number;
    /** Median whole days from aanmelding to the patient's first finished intake, over the first intakes finished in the month; null without any. */
    medianDaysRegistrationToIntake: number | null;
    /** Median whole days from the first finished intake to the first held drie-gesprek, over the first drie-gesprekken held in the month; null without any. */
    medianDaysIntakeToFirstMeeting: number | null;
  };
  meetings: {
    /** Drie-gesprekken starting in the month, by their status now. */
    planned: number;
    held: number;
    notHeld: number;
    cancelled: number;
    /** Partner organisations that took part in a drie-gesprek held in the month, by type: organisations and meetings. */
    partnersByType: { type: PartnerType | string; organisations: number; meetings: number }[];
  };
  actions: {
    /** Actions created in the month. */
    opened: number;
    /** Actions marked done in the month (each action once). */
    done: number;
    /** Actions still open at the month's end whose due date is on or before the month's last day. */
    overdueAtEnd: number;
  };
}
