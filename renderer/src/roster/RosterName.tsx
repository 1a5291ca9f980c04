// A patient's name in a list: the surname stands out, so two similar patients are not confused.
import type { PatientListItem } from '../../../contract/schemas/patient';

export function RosterName({ row, archivedLabel }: { row: PatientListItem; archivedLabel: string }) {
  const tail = [row.initials, row.prefix].filter(Boolean).join(' ');
  return (
    <>
      <span className="surname">{row.surname}</span>
      {tail && <>, {tail}</>}
      {row.givenName && <span className="dimmed"> ({row.givenName})</span>}
      {row.archived && <span className="archived-tag">{archivedLabel}</span>}
    </>
  );
}
