import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import type { CommuneIdentityFieldsFragment, Language } from '@/generated/graphql';
import { useI18n } from '@/i18n';
import {
  Button,
  Card,
  contrastRatio,
  ErrorMessage,
  floorRatio,
  FormError,
  Notice,
  PageHeader,
  PhotoPicker,
  Select,
  Spinner,
  TextArea,
  TextField,
  useFormErrors,
  usePhotoPicker,
  MIN_TEXT_CONTRAST,
} from '@/ui';
import { CommuneNav } from '../components/CommuneNav';
import { COMMUNE_IDENTITY, COMMUNE_SETUP, SET_COMMUNE_LOGO, UPDATE_COMMUNE_IDENTITY } from '../graphql/commune.graphql';

type Commune = CommuneIdentityFieldsFragment;

const text = (data: FormData, name: string) => String(data.get(name) ?? '').trim();

/** The admins' page for the commune's identity: the form, then the logo. */
export function IdentityPage() {
  const { t } = useI18n();
  const { data, loading, error, refetch } = useQuery(COMMUNE_IDENTITY);
  // Kept here: the logo card is drawn anew for each logo (its picker starts from it), the message stays.
  const [logoMessage, setLogoMessage] = useState<string | null>(null);
  return (
    <>
      <PageHeader title={t('commune.identity.title')} lead={t('commune.identity.lead')} />
      <CommuneNav />
      {loading && <Spinner />}
      {error && <ErrorMessage error={error} onRetry={() => void refetch()} />}
      {data && <IdentityForm commune={data.commune} />}
      {data && <LogoCard key={data.commune.logo?.id ?? 'none'} commune={data.commune} message={logoMessage} onDone={setLogoMessage} />}
    </>
  );
}

/** The contrast of the two colours as typed, with what it means (WCAG AA: 4.5:1 for text). */
function ContrastCheck({ name, primary, onPrimary }: { name: string; primary: string; onPrimary: string }) {
  const { t, formatNumber } = useI18n();
  const ratio = contrastRatio(primary, onPrimary);
  const shown = ratio === null ? null : formatNumber(floorRatio(ratio), { maximumFractionDigits: 1 });
  const ok = ratio !== null && ratio >= MIN_TEXT_CONTRAST;
  return (
    <div className="p-contrast">
      <div role="status">
        {ratio === null && <p>{t('commune.identity.contrastUnknown')}</p>}
        {ok && (
          <p>
            {t('commune.identity.contrast', { ratio: shown ?? '' })} {t('commune.identity.contrastOk')}
          </p>
        )}
        {ratio !== null && !ok && (
          <Notice tone="warning">
            <p>{t('commune.identity.contrastLow', { ratio: shown ?? '' })}</p>
          </Notice>
        )}
      </div>
      {ratio !== null && (
        <div className="p-contrast__sample">
          <span className="p-contrast__label">{t('commune.identity.sample')}</span>
          {/* The name is written on the colours only when they pass: a failing pair shows as swatches. */}
          {ok ? (
            <span className="p-contrast__band" style={{ background: primary, color: onPrimary }}>
              {name || t('app.name')}
            </span>
          ) : (
            <span className="p-contrast__swatches" aria-hidden="true">
              <span style={{ background: primary }} />
              <span style={{ background: onPrimary }} />
            </span>
          )}
        </div>
      )}
    </div>
  );
}

function IdentityForm({ commune: c }: { commune: Commune }) {
  const { t } = useI18n();
  const form = useFormErrors();
  const [saved, setSaved] = useState(false);
  const [name, setName] = useState(c.name ?? '');
  const [primary, setPrimary] = useState(c.primaryColor);
  const [onPrimary, setOnPrimary] = useState(c.primaryTextColor);
  const [save, { loading }] = useMutation(UPDATE_COMMUNE_IDENTITY, { refetchQueries: [COMMUNE_SETUP] });

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSaved(false);
    const data = new FormData(event.currentTarget);
    const rate = text(data, 'input.accessibilityAuditRate');
    const result = await form.run(() =>
      save({
        variables: {
          input: {
            name: text(data, 'input.name'),
            primaryColor: text(data, 'input.primaryColor'),
            primaryTextColor: text(data, 'input.primaryTextColor'),
            defaultLanguage: text(data, 'input.defaultLanguage') as Language,
            address: text(data, 'input.address'),
            phone: text(data, 'input.phone'),
            email: text(data, 'input.email'),
            website: text(data, 'input.website'),
            openingHours: text(data, 'input.openingHours'),
            publicationDirector: text(data, 'input.publicationDirector'),
            host: text(data, 'input.host'),
            dpoContact: text(data, 'input.dpoContact'),
            accessibilityAuditDate: text(data, 'input.accessibilityAuditDate') || null,
            accessibilityAuditRate: rate === '' ? null : Number(rate),
            accessibilityAuditor: text(data, 'input.accessibilityAuditor'),
          },
        },
      }),
    );
    if (result?.data) setSaved(true);
  }

  return (
    <form onSubmit={onSubmit} noValidate>
      <FormError form={form} />
      <Card title={t('commune.identity.general')} id="identity-general">
        <TextField
          label={t('commune.identity.name')}
          hint={t('commune.identity.nameHint')}
          required
          maxLength={120}
          value={name}
          onChange={(e) => setName(e.target.value)}
          {...form.field('input.name')}
        />
        <Select
          label={t('commune.identity.defaultLanguage')}
          hint={t('commune.identity.defaultLanguageHint')}
          required
          placeholder={false}
          defaultValue={c.defaultLanguage}
          options={(['FR', 'EN'] as const).map((l) => ({ value: l, label: t(`commune.identity.languages.${l}`) }))}
          {...form.field('input.defaultLanguage')}
        />
      </Card>
      <Card title={t('commune.identity.colours')} id="identity-colours">
        <p>{t('commune.identity.coloursLead')}</p>
        <TextField
          label={t('commune.identity.primaryColor')}
          hint={t('commune.identity.colourHint')}
          required
          maxLength={7}
          autoComplete="off"
          spellCheck={false}
          value={primary}
          onChange={(e) => setPrimary(e.target.value.trim())}
          {...form.field('input.primaryColor')}
        />
        <TextField
          label={t('commune.identity.primaryTextColor')}
          hint={t('commune.identity.colourHint')}
          required
          maxLength={7}
          autoComplete="off"
          spellCheck={false}
          value={onPrimary}
          onChange={(e) => setOnPrimary(e.target.value.trim())}
          {...form.field('input.primaryTextColor')}
        />
        <ContrastCheck name={name} primary={primary} onPrimary={onPrimary} />
      </Card>
      <Card title={t('commune.identity.contact')} id="identity-contact">
        <TextArea
          label={t('commune.identity.address')}
          rows={3}
          maxLength={500}
          defaultValue={c.address ?? ''}
          {...form.field('input.address')}
        />
        <TextField
          label={t('commune.identity.phone')}
          type="tel"
          autoComplete="off"
          maxLength={30}
          defaultValue={c.phone ?? ''}
          {...form.field('input.phone')}
        />
        <TextField
          label={t('commune.identity.email')}
          type="email"
          autoComplete="off"
          maxLength={254}
          defaultValue={c.email ?? ''}
          {...form.field('input.email')}
        />
        <TextField
          label={t('commune.identity.website')}
          hint={t('commune.identity.websiteHint')}
          type="url"
          autoComplete="off"
          maxLength={500}
          defaultValue={c.website ?? ''}
          {...form.field('input.website')}
        />
        <TextArea
          label={t('commune.identity.openingHours')}
          hint={t('commune.identity.openingHoursHint')}
          rows={4}
          maxLength={2000}
          defaultValue={c.openingHours ?? ''}
          {...form.field('input.openingHours')}
        />
      </Card>
      <Card title={t('commune.identity.legal')} id="identity-legal">
        <TextField
          label={t('commune.identity.publicationDirector')}
          hint={t('commune.identity.publicationDirectorHint')}
          maxLength={200}
          defaultValue={c.publicationDirector ?? ''}
          {...form.field('input.publicationDirector')}
        />
        <TextArea
          label={t('commune.identity.host')}
          hint={t('commune.identity.hostHint')}
          rows={3}
          maxLength={500}
          defaultValue={c.host ?? ''}
          {...form.field('input.host')}
        />
        <TextField
          label={t('commune.identity.dpoContact')}
          maxLength={500}
          defaultValue={c.dpoContact ?? ''}
          {...form.field('input.dpoContact')}
        />
      </Card>
      <Card title={t('commune.identity.accessibility')} id="identity-accessibility">
        <p>{t('commune.identity.accessibilityLead')}</p>
        <TextField
          label={t('commune.identity.auditDate')}
          type="date"
          defaultValue={c.accessibilityAuditDate ?? ''}
          {...form.field('input.accessibilityAuditDate')}
        />
        <TextField
          label={t('commune.identity.auditRate')}
          type="number"
          inputMode="numeric"
          min={0}
          max={100}
          defaultValue={c.accessibilityAuditRate ?? ''}
          {...form.field('input.accessibilityAuditRate')}
        />
        <TextField
          label={t('commune.identity.auditor')}
          maxLength={200}
          defaultValue={c.accessibilityAuditor ?? ''}
          {...form.field('input.accessibilityAuditor')}
        />
      </Card>
      {saved && (
        <Notice tone="success" live>
          <p>{t('commune.identity.saved')}</p>
        </Notice>
      )}
      <Button type="submit" loading={loading} loadingLabel={t('commune.identity.submitting')}>
        {t('commune.identity.submit')}
      </Button>
    </form>
  );
}

/** The logo: an upload made the commune's logo (or removed), once the identity exists. */
function LogoCard({ commune: c, message, onDone }: { commune: Commune; message: string | null; onDone: (key: string | null) => void }) {
  const { t } = useI18n();
  const form = useFormErrors();
  const photos = usePhotoPicker(c.logo ? [c.logo] : [], 1);
  const [setLogo, { loading }] = useMutation(SET_COMMUNE_LOGO);

  async function onSave(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onDone(null);
    const ids = await photos.settled();
    if (!ids) return;
    if (!ids.length) {
      // Checked here (nothing to send): shown like the server's field errors, on the picker.
      form.setError({
        errors: [
          {
            message: 'required',
            extensions: {
              code: 'BAD_USER_INPUT',
              reason: 'INVALID_INPUT',
              fields: [{ path: 'imageId', constraint: 'required', message: '' }],
            },
          },
        ],
      });
      return;
    }
    const result = await form.run(() => setLogo({ variables: { imageId: ids[0] ?? null } }));
    if (result?.data) onDone('commune.identity.logo.saved');
  }

  async function onRemove() {
    onDone(null);
    const result = await form.run(() => setLogo({ variables: { imageId: null } }));
    if (result?.data) onDone('commune.identity.logo.removed');
  }

  return (
    <Card title={t('commune.identity.logo.title')} id="identity-logo">
      <p>{t('commune.identity.logo.lead')}</p>
      {/* The card is drawn anew after a change: the message takes the focus the pressed button had. */}
      {message && (
        <Notice tone="success" live focus>
          <p>{t(message)}</p>
        </Notice>
      )}
      {!c.configured ? (
        <p>{t('commune.identity.logo.needsIdentity')}</p>
      ) : (
        <form onSubmit={onSave} noValidate>
          <FormError form={form} />
          {!c.logo && <p className="p-muted">{t('commune.identity.logo.none')}</p>}
          <PhotoPicker photos={photos} label={t('commune.identity.logo.picker')} {...form.field('imageId')} />
          <div className="p-cluster">
            <Button type="submit" loading={loading || photos.waiting} loadingLabel={t('commune.identity.logo.saving')}>
              {t('commune.identity.logo.save')}
            </Button>
            {c.logo && (
              <Button type="button" variant="secondary" onClick={() => void onRemove()} disabled={loading}>
                {t('commune.identity.logo.remove')}
              </Button>
            )}
          </div>
        </form>
      )}
    </Card>
  );
}
