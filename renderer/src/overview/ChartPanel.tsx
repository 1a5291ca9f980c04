// One chart of the Overzicht: a heading, the chart (a picture of the table: hidden from screen readers) and,
// under it, the same figures as a table with a caption.
import type { ReactNode } from 'react';

export function ChartPanel({ id, title, hint, chart, table, className }: { id: string; title: string; hint?: string; chart: ReactNode; table: ReactNode; className?: string }) {
  return (
    <section className={`panel panel-pad overview-section ${className ?? ''}`} aria-labelledby={`${id}-title`} data-chart={id}>
      <h2 id={`${id}-title`} className="section-title">{title}</h2>
      {hint && <p className="section-hint">{hint}</p>}
      <div className="chart-box" aria-hidden="true">{chart}</div>
      <ScrollableTable labelledBy={`${id}-title`}>{table}</ScrollableTable>
    </section>
  );
}

/** A table that may scroll (a long trend, a narrow window): reachable by keyboard, named by its section. */
export function ScrollableTable({ labelledBy, children }: { labelledBy: string; children: ReactNode }) {
  return (
    <div className="chart-table" role="region" tabIndex={0} aria-labelledby={labelledBy}>
      {children}
    </div>
  );
}

/** A table under a chart: caption (for screen readers and the print), header row, rows. */
export function FigureTable({ caption, head, rows }: { caption: string; head: { label: string; num?: boolean }[]; rows: { key: string; cells: ReactNode[] }[] }) {
  return (
    <table className="data-table figure-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          {head.map((h, i) => (
            <th key={i} scope="col" className={h.num ? 'num' : undefined}>{h.label}</th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.key}>
            {r.cells.map((c, i) =>
              i === 0 ? <th key={i} scope="row" className="row-label">{c}</th> : <td key={i} className={head[i]?.num ? 'num' : undefined}>{c}</td>,
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
