// The monthly overview's figures: counts only, never a name or a patient id. Each figure is defined (what
// counts, at which date, the SQL) in docs/overview.md; main/services/overview/month-figures.ts computes them.
import type { KbzStatus, SignalledVia } from './patient-values';
import type { PartnerType } from './partners';
import type { Domain } from './intake';

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
    /** How many patients each median is taken over (an export hides a median over fewer than its threshold). */
    medianBasis?: { registrationToIntake: number; intakeToFirstMeeting: number };
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
  /**
   * The 4D picture of the patients with a finished intake at the month's end: per patient the latest final
   * version finished before the month's end (a correction replaces what it corrects).
   */
  domains: {
    /** Patients whose picture counts (a latest final intake before the month's end). */
    patients: number;
    /** Per domain: the problems named, and the patients with at least one problem there. */
    problems: Record<Domain, { problems: number; patients: number }>;
    /** The most frequent categories (typed by the practice: hostile text), at most 10, most first; '' never counted. */
    topCategories: { domain: Domain; category: string; problems: number }[];
    /** Per domain: the priorities the patients chose that point at a problem in that domain. */
    priorities: Record<Domain, number>;
    /**
     * Per domain: the change in the patient's own weight (0–10) between their first and latest final intake
     * (both before the month's end, both with a weight there); patients with one intake are not counted.
     */
    weightChange: Record<Domain, { patients: number; up: number; same: number; down: number; meanChange: number | null }>;
  };
  /**
   * The path of the patients on the roster at the month's end: how many had reached each step by then
   * (each step counts a patient who reached it, whether or not the earlier steps are recorded).
   */
  path: {
    registered: number;
    intake: number;
    plan: number;
    meeting: number;
    traject: number;
  };
}

/** One month of the 12-month trend: the figures that move month by month. */
export interface TrendPoint {
  month: OverviewMonth;
  registered: number;
  intakesFinished: number;
  meetingsHeld: number;
  actionsOpened: number;
  actionsDone: number;
  /** Patients on the roster at the month's end. */
  onRoster: number;
}

/** What the Overzicht shows: the month beside the month before and the same month a year earlier, and the trend. */
export interface MonthOverview {
  month: OverviewMonth;
  filters: OverviewFilters;
  current: MonthFigures;
  previous: MonthFigures;
  yearEarlier: MonthFigures;
  /** The 12 months ending with `month`, oldest first. */
  trend: TrendPoint[];
}
