import { useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useRef, useState } from 'react';
import { useAuth } from '@/app';
import { describeError, useT } from '@/i18n';
import { Button } from '@/ui';
import { MY_ACCOUNT_STATUS, RESEND_VERIFICATION_EMAIL } from '../graphql/identity.graphql';

/** At the top of every page for a signed-in account whose address is not verified yet: a reminder and « send the link again ». */
export function VerifyEmailBanner() {
  const { viewer } = useAuth();
  return viewer ? <UnverifiedReminder /> : null;
}

function UnverifiedReminder() {
  const t = useT();
  const { data } = useQuery(MY_ACCOUNT_STATUS, { fetchPolicy: 'cache-and-network' });
  const [resend, { loading }] = useMutation(RESEND_VERIFICATION_EMAIL);
  const [result, setResult] = useState<{ ok: boolean; text: string } | null>(null);
  const resultRef = useRef<HTMLParagraphElement>(null);
  // The result is read at once, where the focus goes (the button is busy meanwhile).
  useEffect(() => {
    if (result) resultRef.current?.focus();
  }, [result]);
  const me = data?.me;
  if (!me || me.emailVerified) return null;

  async function onResend() {
    let outcome: { ok: boolean; text: string };
    try {
      await resend();
      outcome = { ok: true, text: t('identity.verifyBanner.sent', { email: me?.email ?? '' }) };
    } catch (error) {
      outcome = { ok: false, text: describeError(error, t)?.message ?? t('errors.UNKNOWN') };
    }
    setResult(outcome);
  }

  return (
    <div className="p-notice p-notice--info" id="verify-email-banner">
      <p>{t('identity.verifyBanner.text', { email: me.email ?? '' })}</p>
      {result && (
        <p ref={resultRef} tabIndex={-1} role={result.ok ? 'status' : 'alert'}>
          {result.text}
        </p>
      )}
      <Button
        variant="secondary"
        size="small"
        loading={loading}
        loadingLabel={t('identity.verifyBanner.sending')}
        onClick={() => void onResend()}
      >
        {t('identity.verifyBanner.resend')}
      </Button>
    </div>
  );
}
