import { useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useI18n } from '@/i18n';
import { Button, Card, Cluster, EmptyState, ErrorMessage, FormError, Notice, PageHeader, Spinner, TextField, useFormErrors } from '@/ui';
import { ActionNotice, useActionResult } from '../components/ActionNotice';
import { AdminNav } from '../components/AdminNav';
import { CREATE_OPEN311_API_KEY, OPEN311_API_KEYS, REVOKE_OPEN311_API_KEY } from '../graphql/admin.graphql';

type ApiKey = { id: string; name: string; createdAt: string; lastUsedAt?: string | null; revokedAt?: string | null };

/**
 * Open311 API keys: an admin gives a key to each outside application (a city app, a 311
 * aggregator) that posts requests. The key is shown once, right after its creation, with a copy
 * button; only its hash is kept. A revoked key is refused at once and stays listed.
 */
export function Open311KeysPage() {
  const { t } = useI18n();
  const { data, loading, error, refetch } = useQuery(OPEN311_API_KEYS);
  const form = useFormErrors();
  const action = useActionResult();
  const [fresh, setFresh] = useState<{ name: string; key: string; serial: number } | null>(null);
  const refetchQueries = [{ query: OPEN311_API_KEYS }];
  const [createKey, creating] = useMutation(CREATE_OPEN311_API_KEY, { refetchQueries, awaitRefetchQueries: true });
  const [revokeKey, revoking] = useMutation(REVOKE_OPEN311_API_KEY, { refetchQueries, awaitRefetchQueries: true });

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setFresh(null);
    action.clear();
    const el = event.currentTarget;
    const name = String(new FormData(el).get('name')).trim();
    const result = await form.run(() => createKey({ variables: { name } }));
    if (result?.data) {
      el.reset();
      setFresh((f) => ({ name, key: result.data!.createOpen311ApiKey, serial: (f?.serial ?? 0) + 1 }));
    }
  }

  async function revoke(k: ApiKey) {
    setFresh(null);
    try {
      await revokeKey({ variables: { id: k.id } });
      action.show('success', t('admin.open311.revoked', { name: k.name }));
    } catch (e) {
      action.fail(e);
    }
  }

  const keys = data?.open311ApiKeys ?? [];
  const active = keys.filter((k) => !k.revokedAt);
  const revoked = keys.filter((k) => k.revokedAt);
  const endpoint = `${window.location.origin}/open311/v2/discovery.xml`;

  return (
    <>
      <PageHeader title={t('admin.open311.title')} lead={t('admin.open311.lead')} />
      <AdminNav />
      <p>
        {t('admin.open311.endpoint')} <code className="ad-code">{endpoint}</code>
      </p>
      <ActionNotice result={action.result} />
      <Card title={t('admin.open311.create')} id="open311-create">
        {fresh && <FreshKey key={fresh.serial} name={fresh.name} apiKey={fresh.key} />}
        <form onSubmit={onSubmit} noValidate>
          <FormError form={form} />
          <TextField label={t('admin.open311.name')} hint={t('admin.open311.nameHint')} required maxLength={80} {...form.field('name')} />
          <Button type="submit" loading={creating.loading} loadingLabel={t('admin.open311.submitting')}>
            {t('admin.open311.submit')}
          </Button>
        </form>
      </Card>
      <Card title={t('admin.open311.active')} id="open311-active">
        {loading && <Spinner />}
        {error && <ErrorMessage error={error} onRetry={() => void refetch()} />}
        {data && active.length === 0 && <EmptyState title={t('admin.open311.empty')} />}
        {active.length > 0 && (
          <ul className="p-list">
            {active.map((k) => (
              <KeyItem key={k.id} apiKey={k} busy={revoking.loading} onRevoke={() => void revoke(k)} />
            ))}
          </ul>
        )}
      </Card>
      {revoked.length > 0 && (
        <Card title={t('admin.open311.revokedList')} id="open311-revoked">
          <ul className="p-list">
            {revoked.map((k) => (
              <KeyItem key={k.id} apiKey={k} />
            ))}
          </ul>
        </Card>
      )}
    </>
  );
}

/** The new key, shown this once, focused so it is read first, with a copy button. */
function FreshKey({ name, apiKey }: { name: string; apiKey: string }) {
  const { t } = useI18n();
  const [copied, setCopied] = useState<'yes' | 'failed' | null>(null);
  async function copy() {
    try {
      await navigator.clipboard.writeText(apiKey);
      setCopied('yes');
    } catch {
      setCopied('failed');
    }
  }
  return (
    <Notice tone="success" live focus>
      <p>{t('admin.open311.created', { name })}</p>
      <p>
        {t('admin.open311.keyLabel')} <code className="ad-code">{apiKey}</code>
      </p>
      <Cluster>
        <Button variant="secondary" size="small" onClick={() => void copy()}>
          {t('admin.open311.copy')}
        </Button>
        <span role="status">{copied === 'yes' ? t('admin.open311.copied') : copied === 'failed' ? t('admin.open311.copyFailed') : ''}</span>
      </Cluster>
    </Notice>
  );
}

function KeyItem({ apiKey: k, busy, onRevoke }: { apiKey: ApiKey; busy?: boolean; onRevoke?: () => void }) {
  const { t, formatDateTime } = useI18n();
  const [confirming, setConfirming] = useState(false);
  const id = useId();
  const wasConfirming = useRef(false);
  useEffect(() => {
    // Focus follows the step: onto the confirmation, back to the button when it is cancelled.
    if (confirming) document.getElementById(`${id}-confirm`)?.focus();
    else if (wasConfirming.current) document.getElementById(`${id}-open`)?.focus();
    wasConfirming.current = confirming;
  }, [confirming, id]);
  return (
    <li>
      <div className="p-list__main">
        <strong>{k.name}</strong>
        <p className="p-muted">
          {t('admin.open311.createdAt', { date: formatDateTime(k.createdAt) })}
          {' · '}
          {k.lastUsedAt ? t('admin.open311.lastUsed', { date: formatDateTime(k.lastUsedAt) }) : t('admin.open311.neverUsed')}
          {k.revokedAt && (
            <>
              {' · '}
              {t('admin.open311.revokedAt', { date: formatDateTime(k.revokedAt) })}
            </>
          )}
        </p>
      </div>
      {onRevoke && !confirming && (
        <Button
          id={`${id}-open`}
          variant="secondary"
          size="small"
          aria-label={t('admin.open311.revokeLabel', { name: k.name })}
          onClick={() => setConfirming(true)}
        >
          {t('admin.open311.revoke')}
        </Button>
      )}
      {onRevoke && confirming && (
        <Cluster>
          <Button
            id={`${id}-confirm`}
            variant="danger"
            size="small"
            loading={busy}
            aria-label={t('admin.open311.confirmLabel', { name: k.name })}
            onClick={onRevoke}
          >
            {t('admin.open311.confirm')}
          </Button>
          <Button variant="ghost" size="small" onClick={() => setConfirming(false)}>
            {t('admin.open311.cancel')}
          </Button>
        </Cluster>
      )}
    </li>
  );
}
