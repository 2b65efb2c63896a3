import { useQuery } from '@apollo/client/react';
import type { LegalPageKind } from '@/generated/graphql';
import { useI18n } from '@/i18n';
import { ErrorMessage, PageHeader, Spinner } from '@/ui';
import { LegalText } from '../components/LegalText';
import { LEGAL_PAGE } from '../graphql/commune.graphql';
import { LEGAL_PAGES } from '../legal';

/** A legal page, public, in the interface's language, with the date of its last update. */
export function LegalPage({ kind }: { kind: LegalPageKind }) {
  const { t, lang, formatDate } = useI18n();
  const { data, loading, error, refetch } = useQuery(LEGAL_PAGE, { variables: { kind, language: lang === 'en' ? 'EN' : 'FR' } });
  const page = data?.legalPage;
  const fallback = LEGAL_PAGES.find((p) => p.kind === kind)?.titleKey ?? 'app.legal.nav';
  return (
    <article className="p-legal">
      <PageHeader
        title={page?.title ?? t(fallback)}
        lead={page?.updatedAt ? t('commune.legal.updated', { date: formatDate(page.updatedAt) }) : undefined}
      />
      {loading && <Spinner />}
      {error && <ErrorMessage error={error} onRetry={() => void refetch()} />}
      {page && <LegalText source={page.body} />}
    </article>
  );
}
