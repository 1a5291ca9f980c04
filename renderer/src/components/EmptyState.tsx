// One empty state: what is (not) here and what to do next.
import type { ReactNode } from 'react';

export function EmptyState({ icon, title, text, actions }: { icon?: ReactNode; title: string; text?: string; actions?: ReactNode }) {
  return (
    <div className="empty-state" role="status">
      {icon}
      <h2>{title}</h2>
      {text && <p>{text}</p>}
      {actions && <div style={{ display: 'flex', gap: 8, marginTop: 8 }}>{actions}</div>}
    </div>
  );
}
