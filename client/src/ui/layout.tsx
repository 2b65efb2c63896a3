import { useEffect, type ElementType, type ReactNode } from 'react';
import { useT } from '@/i18n';
import { useSiteName } from './site';

/**
 * The page's one h1 (focused by the shell after each navigation) and the document title.
 * Every page renders exactly one PageHeader, before any loading state, so the heading is there at once.
 */
export function PageHeader({
  title,
  lead,
  actions,
  titleLang,
}: {
  title: string;
  lead?: ReactNode;
  actions?: ReactNode;
  /** The title's language when it is not the interface's (a resident's proposal: useContentLang()). */
  titleLang?: string;
}) {
  const t = useT();
  const site = useSiteName() ?? t('app.name');
  useEffect(() => {
    document.title = `${title} · ${site}`;
  }, [title, site]);
  return (
    <header className="p-page-header">
      <h1 id="page-title" tabIndex={-1} lang={titleLang}>
        {title}
      </h1>
      {lead && <p className="p-page-header__lead">{lead}</p>}
      {actions && <div className="p-page-header__actions">{actions}</div>}
    </header>
  );
}

/** A boxed group. With `title`, renders a heading of the given level (default h2) and labels the section. */
export function Card({
  title,
  level = 2,
  children,
  as,
  id,
}: {
  title?: string;
  level?: 2 | 3 | 4;
  children: ReactNode;
  as?: ElementType;
  id?: string;
}) {
  const Tag = as ?? (title ? 'section' : 'div');
  const Heading = `h${level}` as ElementType;
  const headingId = title && id ? `${id}-title` : undefined;
  return (
    <Tag className="p-card" id={id} aria-labelledby={headingId}>
      {title && (
        <Heading className="p-card__title" id={headingId}>
          {title}
        </Heading>
      )}
      {children}
    </Tag>
  );
}

export function Stack({ children, as: Tag = 'div' }: { children: ReactNode; as?: ElementType }) {
  return <Tag className="p-stack">{children}</Tag>;
}

export function Cluster({ children }: { children: ReactNode }) {
  return <div className="p-cluster">{children}</div>;
}

export function Grid({ children, columns = 2 }: { children: ReactNode; columns?: 2 | 3 }) {
  return <div className={`p-grid p-grid--${columns}`}>{children}</div>;
}

export function VisuallyHidden({ children }: { children: ReactNode }) {
  return <span className="p-visually-hidden">{children}</span>;
}
