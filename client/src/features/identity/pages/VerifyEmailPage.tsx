import { useMutation } from '@apollo/client/react';
import { useEffect, useRef, useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { useAuth } from '@/app';
import { describeError, useT } from '@/i18n';
import { Notice, PageHeader, Spinner, Stack } from '@/ui';
import { VERIFY_EMAIL } from '../graphql/identity.graphql';

/** Tokens already sent from this page: a link works once, so a re-render (or React's dev double effect) must not spend it twice. */
const sent = new Map<string, Promise<unknown>>();

/**
 * The page a verification or change-of-address e-mail links to: it follows the link at once and
 * says how it went, with the focus on that result.
 */
export function VerifyEmailPage() {
  const t = useT();
  const { viewer } = useAuth();
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const [verify] = useMutation(VERIFY_EMAIL, { refetchQueries: ['Me', 'MyAccountStatus'] });
  const [outcome, setOutcome] = useState<{ ok: true } | { ok: false; error: unknown } | null>(null);
  const started = useRef(false);

  useEffect(() => {
    if (started.current) return;
    started.current = true;
    let attempt = sent.get(token);
    if (!attempt) {
      attempt = verify({ variables: { token } });
      sent.set(token, attempt);
    }
    attempt.then(
      () => setOutcome({ ok: true }),
      (error: unknown) => setOutcome({ ok: false, error }),
    );
  }, [token, verify]);

  const error = outcome && !outcome.ok ? describeError(outcome.error, t) : null;
  return (
    <Stack>
      <PageHeader title={t('identity.verifyEmail.title')} />
      {!outcome && <Spinner label={t('identity.verifyEmail.checking')} />}
      {outcome?.ok && (
        <Notice tone="success" focus>
          <p>{t('identity.verifyEmail.done')}</p>
          <p>
            <Link to={viewer ? '/account' : '/sign-in'}>{viewer ? t('identity.verifyEmail.toAccount') : t('identity.signIn.title')}</Link>
          </p>
        </Notice>
      )}
      {error && (
        <Notice tone="danger" focus>
          <p>{error.fields.token ?? error.message}</p>
          <p>{viewer ? t('identity.verifyEmail.askAgainSignedIn') : t('identity.verifyEmail.askAgain')}</p>
          <p>
            <Link to={viewer ? '/account' : '/sign-in'}>{viewer ? t('identity.verifyEmail.toAccount') : t('identity.signIn.title')}</Link>
          </p>
        </Notice>
      )}
    </Stack>
  );
}
