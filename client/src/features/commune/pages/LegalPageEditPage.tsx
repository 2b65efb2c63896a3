import { useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router-dom';
import type { LegalPageFieldsFragment } from '@/generated/graphql';
import { useI18n } from '@/i18n';
import { Button, Card, EmptyState, ErrorMessage, FormError, Notice, PageHeader, Spinner, TextArea, TextField, useFormErrors } from '@/ui';
import { CommuneNav } from '../components/CommuneNav';
import { LegalText } from '../components/LegalText';
import { LEGAL_PAGE, RESET_LEGAL_PAGE, UPDATE_LEGAL_PAGE } from '../graphql/commune.graphql';
import { legalPageOf } from '../legal';

/** An admin writes one legal page in one language (a live preview below), or gives it its default text back. */
export function LegalPageEditPage() {
  const { t } = useI18n();
  const params = useParams();
  const entry = legalPageOf(params.slug);
  const lang = params.language === 'en' ? 'en' : params.language === 'fr' ? 'fr' : null;
  const { data, loading, error, refetch } = useQuery(LEGAL_PAGE, {
    variables: { kind: entry?.kind ?? 'LEGAL_NOTICE', language: lang === 'en' ? 'EN' : 'FR' },
    skip: !entry || !lang,
  });
  const title = entry ? t(entry.titleKey) : t('commune.legal.adminTitle');
  const language = lang ? t(`commune.legal.languages.${lang}`) : '';
  return (
    <>
      <PageHeader title={entry && lang ? t('commune.legal.editTitle', { title, language }) : t('commune.legal.notFound')} />
      <CommuneNav />
      {(!entry || !lang) && <EmptyState title={t('commune.legal.notFound')} />}
      {loading && <Spinner />}
      {error && <ErrorMessage error={error} onRetry={() => void refetch()} />}
      {entry && lang && data && <LegalPageForm page={data.legalPage} lang={lang} />}
      {entry && lang && (
        <p>
          <Link to={`/admin/legal-pages/${entry.slug}/${lang === 'fr' ? 'en' : 'fr'}`} hrefLang={lang === 'fr' ? 'en' : 'fr'}>
            {t('commune.legal.otherLanguage')} ({t(`commune.legal.languages.${lang === 'fr' ? 'en' : 'fr'}`)})
          </Link>
        </p>
      )}
    </>
  );
}

function LegalPageForm({ page, lang }: { page: LegalPageFieldsFragment; lang: 'fr' | 'en' }) {
  const { t, formatDate } = useI18n();
  const form = useFormErrors();
  const [title, setTitle] = useState(page.title);
  const [body, setBody] = useState(page.body);
  const [done, setDone] = useState<string | null>(null);
  const [save, saving] = useMutation(UPDATE_LEGAL_PAGE);
  const [reset, resetting] = useMutation(RESET_LEGAL_PAGE);
  // A page loaded anew (the other language, a reset) fills the form again.
  useEffect(() => {
    setTitle(page.title);
    setBody(page.body);
  }, [page.title, page.body]);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setDone(null);
    const result = await form.run(() => save({ variables: { input: { kind: page.kind, language: page.language, title, body } } }));
    if (result?.data) setDone('commune.legal.saved');
  }

  async function onReset() {
    setDone(null);
    const result = await form.run(() => reset({ variables: { kind: page.kind, language: page.language } }));
    if (result?.data) setDone('commune.legal.resetDone');
  }

  return (
    <>
      <p className="p-muted">
        {page.isDefault ? t('commune.legal.isDefault') : t('commune.legal.updated', { date: formatDate(page.updatedAt ?? '') })}
      </p>
      {done && (
        <Notice tone="success" live focus={done === 'commune.legal.resetDone'}>
          <p>{t(done)}</p>
        </Notice>
      )}
      <form onSubmit={onSubmit} noValidate>
        <FormError form={form} />
        <TextField
          label={t('commune.legal.title')}
          required
          maxLength={200}
          lang={lang}
          value={title}
          onChange={(e) => setTitle(e.target.value)}
          {...form.field('input.title')}
        />
        <TextArea
          label={t('commune.legal.body')}
          hint={t('commune.legal.bodyHint')}
          required
          rows={18}
          maxLength={50000}
          lang={lang}
          value={body}
          onChange={(e) => setBody(e.target.value)}
          {...form.field('input.body')}
        />
        <div className="p-cluster">
          <Button type="submit" loading={saving.loading} loadingLabel={t('commune.legal.submitting')}>
            {t('commune.legal.submit')}
          </Button>
          {!page.isDefault && (
            <Button
              type="button"
              variant="secondary"
              loading={resetting.loading}
              loadingLabel={t('commune.legal.resetting')}
              onClick={() => void onReset()}
            >
              {t('commune.legal.reset')}
            </Button>
          )}
        </div>
      </form>
      <Card title={t('commune.legal.preview')} id="legal-preview">
        <div lang={lang}>
          <LegalText source={body} />
        </div>
      </Card>
    </>
  );
}
