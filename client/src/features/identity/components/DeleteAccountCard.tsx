import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router-dom';
import { flash, useAuth } from '@/app';
import { useT } from '@/i18n';
import { Button, Card, Cluster, FormError, TextField, useFormErrors } from '@/ui';
import { DELETE_MY_ACCOUNT } from '../graphql/identity.graphql';

const OPENER_ID = 'delete-account-open';

/**
 * "Delete my account": a first button opens the confirmation, which asks for the password. Once
 * deleted the session is over: signed out, taken home and told.
 */
export function DeleteAccountCard() {
  const t = useT();
  const form = useFormErrors();
  const navigate = useNavigate();
  const { signOut } = useAuth();
  const [confirming, setConfirming] = useState(false);
  const [deleteMyAccount, { loading }] = useMutation(DELETE_MY_ACCOUNT);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const result = await form.run(() => deleteMyAccount({ variables: { password: String(data.get('password')) } }));
    if (!result?.data?.deleteMyAccount) return;
    await signOut();
    void navigate('/', flash('identity.deleteAccount.done'));
  }

  function cancel() {
    setConfirming(false);
    // Back where the keyboard was, once the button is shown again.
    setTimeout(() => document.getElementById(OPENER_ID)?.focus(), 0);
  }

  return (
    <Card title={t('identity.deleteAccount.title')} id="delete-account">
      <p>{t('identity.deleteAccount.lead')}</p>
      {!confirming && (
        <Button id={OPENER_ID} variant="danger" onClick={() => setConfirming(true)}>
          {t('identity.deleteAccount.open')}
        </Button>
      )}
      {confirming && (
        <form onSubmit={(e) => void onSubmit(e)} noValidate>
          <p>{t('identity.deleteAccount.confirm')}</p>
          <FormError form={form} />
          <TextField
            label={t('identity.deleteAccount.password')}
            type="password"
            autoComplete="current-password"
            required
            autoFocus
            {...form.field('password')}
          />
          <Cluster>
            <Button type="submit" variant="danger" loading={loading} loadingLabel={t('identity.deleteAccount.submitting')}>
              {t('identity.deleteAccount.submit')}
            </Button>
            <Button type="button" variant="ghost" onClick={cancel}>
              {t('identity.deleteAccount.cancel')}
            </Button>
          </Cluster>
        </form>
      )}
    </Card>
  );
}
