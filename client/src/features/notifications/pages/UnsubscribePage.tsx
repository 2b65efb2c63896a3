import { useMutation, useQuery } from '@apollo/client/react';
import { Link, useSearchParams } from 'react-router-dom';
import { useAuth } from '@/app';
import { useI18n } from '@/i18n';
import { Button, EmptyState, ErrorMessage, FormError, Notice, PageHeader, Spinner, useFormErrors } from '@/ui';
import { UNSUBSCRIBE, UNSUBSCRIBE_LINK } from '../graphql/preferences.graphql';

/**
 * `/unsubscribe?token=…`: the page an e-mail's unsubscribe link opens (no sign-in). It asks before
 * turning the e-mails off (link scanners open links; mail clients use the one-click POST), then
 * says it is done, with the focus on that sentence.
 */
export function UnsubscribePage() {
  const { t, lang } = useI18n();
  const locale = lang === 'en' ? 'EN' : 'FR';
  const { viewer } = useAuth();
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const form = useFormErrors();
  const { data, loading, error, refetch } = useQuery(UNSUBSCRIBE_LINK, { variables: { token, locale }, skip: !token });
  const [unsubscribe, done] = useMutation(UNSUBSCRIBE);
  const link = data?.unsubscribeLink;
  const result = done.data?.unsubscribe;

  return (
    <>
      <PageHeader title={t('notifications.unsubscribe.title')} />
      {loading && <Spinner />}
      {error && <ErrorMessage error={error} onRetry={() => void refetch()} />}
      {(!token || (data && !link)) && <EmptyState title={t('notifications.unsubscribe.invalid')} />}
      {link && !result && (
        <>
          <FormError form={form} />
          <p>{t('notifications.unsubscribe.ask', { label: link.label })}</p>
          <Button loading={done.loading} onClick={() => void form.run(() => unsubscribe({ variables: { token, locale } }))}>
            {t('notifications.unsubscribe.confirm')}
          </Button>
        </>
      )}
      {result && (
        <Notice tone="success" live focus>
          <p>{t('notifications.unsubscribe.done', { label: result.label })}</p>
          <p>
            {viewer ? (
              <Link to="/account/notifications">{t('notifications.unsubscribe.manage')}</Link>
            ) : (
              <Link to="/sign-in?next=%2Faccount%2Fnotifications">{t('notifications.unsubscribe.manageSignIn')}</Link>
            )}
          </p>
        </Notice>
      )}
    </>
  );
}
