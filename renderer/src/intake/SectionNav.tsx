// The intake's table of contents: stays in view while the long form scrolls; shows where you are.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

export interface NavSection {
  id: string;
  label: string;
  domain?: string;
}

export function SectionNav({ sections }: { sections: NavSection[] }) {
  const { t } = useTranslation();
  const [current, setCurrent] = useState(sections[0]?.id ?? '');
  const jumpedAt = useRef(0);
  useEffect(() => {
    const root = document.getElementById('main');
    const observer = new IntersectionObserver(
      (entries) => {
        const visible = entries.filter((e) => e.isIntersecting).sort((a, b) => a.boundingClientRect.top - b.boundingClientRect.top);
        // Right after a jump the chosen section stays marked, even when the page cannot scroll it to the top.
        if (visible[0] && Date.now() - jumpedAt.current > 800) setCurrent(visible[0].target.id);
      },
      { root, rootMargin: '0px 0px -60% 0px' },
    );
    for (const s of sections) {
      const el = document.getElementById(s.id);
      if (el) observer.observe(el);
    }
    return () => observer.disconnect();
  }, [sections]);
  const jump = (id: string) => {
    const target = document.getElementById(id);
    target?.scrollIntoView({ block: 'start' });
    target?.querySelector<HTMLElement>('h2')?.focus({ preventScroll: true });
    jumpedAt.current = Date.now();
    setCurrent(id);
  };
  return (
    <nav className="section-nav no-print" aria-label={t('intake.sections')}>
      <ol>
        {sections.map((s) => (
          <li key={s.id}>
            <a href={`#${s.id}`} aria-current={current === s.id ? 'location' : undefined} className={s.domain ? `domain-${s.domain}` : undefined}
              onClick={(e) => { e.preventDefault(); jump(s.id); }}>
              {s.domain && <span className="domain-dot" aria-hidden="true" />}
              {s.label}
            </a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
