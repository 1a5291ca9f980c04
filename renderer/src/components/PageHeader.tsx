// One page header for every screen: title and short context on the left, the primary action on the right.
// After a navigation, focus lands on this heading unless the screen puts it on its first field.
import { useEffect, useRef, type ReactNode } from 'react';

interface PageHeaderProps {
  title: ReactNode;
  context?: ReactNode;
  actions?: ReactNode;
  /** Above the title: a way back. */
  back?: ReactNode;
}

export function PageHeader({ title, context, actions, back }: PageHeaderProps) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    const content = document.getElementById('main');
    const active = document.activeElement;
    // Focus left behind in the navigation, on a removed element or on <body>: bring it to this screen.
    if (!active || active === document.body || !content?.contains(active)) headingRef.current?.focus();
  }, []);
  return (
    <>
      {back && <div className="back-link no-print">{back}</div>}
      <header className="page-header">
        <div>
          <h1 ref={headingRef} tabIndex={-1}>
            {title}
          </h1>
          {context && <div className="context">{context}</div>}
        </div>
        {actions && <div className="actions no-print">{actions}</div>}
      </header>
    </>
  );
}
