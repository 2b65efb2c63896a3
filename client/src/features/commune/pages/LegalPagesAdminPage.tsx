import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router-dom';
import type { LegalPageFieldsFragment } from '@/generated/graphql';
import { useI18n } from '@/i18n';
import { Card, ErrorMessage, PageHeader, Spinner } from '@/ui';
import { CommuneNav } from '../components/CommuneNav';
import { LEGAL_PAGES as LEGAL_PAGES_QUERY } from '../graphql/commune.graphql';
import { LEGAL_PAGES } from '../legal';

const LANGUAGES = ['fr', 'en'] as const;

/** The four legal pages in both languages: whether each shows its default text, links to see and edit it. */
export function LegalPagesAdminPage() {
  const { t, formatDate } = useI18n();
  const { data, loading, error, refetch } = useQuery(LEGAL_PAGES_QUERY, { fetchPolicy: 'cache-and-network' });
  const pages: Record<string, Record<(typeof LANGUAGES)[number], LegalPageFieldsFragment>> | null = data
    ? {
        LEGAL_NOTICE: { fr: data.legalNoticeFr, en: data.legalNoticeEn },
        PRIVACY: { fr: data.privacyFr, en: data.privacyEn },
        ACCESSIBILITY: { fr: data.accessibilityFr, en: data.accessibilityEn },
        TERMS: { fr: data.termsFr, en: data.termsEn },
      }
    : null;
  const pageOf = (kind: string, lang: (typeof LANGUAGES)[number]) => pages?.[kind]?.[lang] ?? null;
  return (
    <>
      <PageHeader title={t('commune.legal.adminTitle')} lead={t('commune.legal.adminLead')} />
      <CommuneNav />
      {loading && !data && <Spinner />}
      {error && <ErrorMessage error={error} onRetry={() => void refetch()} />}
      {data &&
        LEGAL_PAGES.map((p) => {
          const title = t(p.titleKey);
          return (
            <Card key={p.kind} title={title} id={`legal-${p.slug}`}>
              <ul className="p-list">
                {LANGUAGES.map((lang) => {
                  const page = pageOf(p.kind, lang);
                  const language = t(`commune.legal.languages.${lang}`);
                  return (
                    <li key={lang}>
                      <span className="p-list__main">
                        <strong lang={lang}>{page?.title ?? title}</strong>{' '}
                        <span className="p-muted">
                          ({language}) —{' '}
                          {!page || page.isDefault
                            ? t('commune.legal.defaultText')
                            : t('commune.legal.edited', { date: formatDate(page.updatedAt ?? '') })}
                        </span>
                      </span>
                      <Link to={`/admin/legal-pages/${p.slug}/${lang}`} aria-label={t('commune.legal.editLabel', { title, language })}>
                        {t('commune.legal.editLink', { language })}
                      </Link>
                    </li>
                  );
                })}
              </ul>
              <p>
                <Link to={`/legal/${p.slug}`} aria-label={t('commune.legal.viewLabel', { title })}>
                  {t('commune.legal.view')}
                </Link>
              </p>
            </Card>
          );
        })}
    </>
  );
}
