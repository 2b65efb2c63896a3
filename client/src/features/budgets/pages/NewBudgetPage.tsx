import { useMutation, useQuery } from '@apollo/client/react';
import { useRef, useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router-dom';
import { flash } from '@/app';
import { parseEuros as euros, eurosToSend, sumOfEuros } from '../components/money';
import { VotingRulesFields } from '../components/VotingRulesFields';
import { useI18n } from '@/i18n';
import { Button, ButtonLink, Cluster, FormError, GroupError, PageHeader, Select, TextArea, TextField, useFormErrors } from '@/ui';
import { BUDGET_FORM_OPTIONS, CREATE_BUDGET } from '../graphql/budgets.graphql';

const PHASES = ['SUBMISSION', 'REVIEW', 'VOTING', 'RESULTS', 'WORKS'] as const;

interface EnvelopeDraft {
  key: number;
  name: string;
  district: string;
  amount: string;
}

/** A date field (local midnight) as an instant; '' when empty (the server names the field). */
const dayStart = (value: string) => (value ? new Date(`${value}T00:00`).toISOString() : '');

/**
 * The council creates an edition: title, description, rules, total amount, envelopes (name,
 * district or city-wide, amount, with their running sum against the total), voting style and the
 * five contiguous phases (each phase's start date, and the date the edition closes).
 */
export function NewBudgetPage() {
  const { t, formatNumber } = useI18n();
  const navigate = useNavigate();
  const form = useFormErrors();
  const options = useQuery(BUDGET_FORM_OPTIONS);
  const [create, { loading }] = useMutation(CREATE_BUDGET);
  const [style, setStyle] = useState('KNAPSACK');
  const [total, setTotal] = useState('');
  const nextKey = useRef(2);
  const [envelopes, setEnvelopes] = useState<EnvelopeDraft[]>([{ key: 1, name: t('budgets.create.cityWide'), district: '', amount: '' }]);
  const root = useRef<HTMLDivElement>(null);

  const sum = sumOfEuros(envelopes.map((e) => e.amount));
  const totalValue = euros(total);
  const districts = options.data?.districts ?? [];

  const update = (key: number, change: Partial<EnvelopeDraft>) =>
    setEnvelopes((list) => list.map((e) => (e.key === key ? { ...e, ...change } : e)));
  const focusSoon = (selector: string) => requestAnimationFrame(() => root.current?.querySelector<HTMLElement>(selector)?.focus());
  function addEnvelope() {
    const key = nextKey.current++;
    setEnvelopes((list) => [...list, { key, name: '', district: '', amount: '' }]);
    focusSoon(`[data-envelope="${key}"] input`);
  }
  function removeEnvelope(index: number) {
    setEnvelopes((list) => list.filter((_, i) => i !== index));
    focusSoon('[data-add-envelope]');
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const f = new FormData(event.currentTarget);
    const text = (name: string) => String(f.get(name) ?? '');
    const intOrNull = (name: string) => (text(name).trim() === '' ? null : euros(text(name)));
    const dates = [...PHASES.map((_, i) => text(`input.phases.${i}.startsAt`)), text('input.phases.4.endsAt')].map(dayStart);
    const input = {
      title: text('input.title'),
      description: text('input.description'),
      rules: text('input.rules'),
      totalAmount: Number.isFinite(totalValue) ? Math.round(totalValue) : -1,
      envelopes: envelopes.map((e) => ({
        name: e.name,
        district: e.district || null,
        amount: eurosToSend(e.amount),
      })),
      votingStyle: style as 'KNAPSACK' | 'APPROVAL',
      maxChoices: style === 'APPROVAL' ? intOrNull('input.maxChoices') : null,
      minProjects: intOrNull('input.minProjects'),
      phases: PHASES.map((phase, i) => ({ phase, startsAt: dates[i] ?? '', endsAt: dates[i + 1] ?? '' })),
    };
    const result = await form.run(() => create({ variables: { input } }));
    if (result?.data) void navigate(`/budgets/${result.data.createBudget.id}`, flash('budgets.create.created'));
  }

  /** A phase date's field: errors on the end of phase i are shown on the start of phase i + 1 (the same instant). */
  const dateField = (path: string, alsoPath?: string) => {
    const own = form.field(path);
    const other = alsoPath ? form.error?.fields[alsoPath] : undefined;
    return own.error || !other ? own : { ...own, error: other };
  };

  return (
    <div ref={root}>
      <PageHeader title={t('budgets.create.title')} lead={t('budgets.create.lead')} />
      <form onSubmit={(e) => void onSubmit(e)} noValidate className="bu-budget-form">
        <FormError form={form} />
        <TextField label={t('budgets.create.editionTitle')} required maxLength={150} {...form.field('input.title')} />
        <TextArea label={t('budgets.create.description')} rows={4} maxLength={10000} {...form.field('input.description')} />
        <TextArea
          label={t('budgets.create.rules')}
          hint={t('budgets.create.rulesHint')}
          rows={6}
          maxLength={10000}
          {...form.field('input.rules')}
        />
        <TextField
          label={t('budgets.create.total')}
          hint={t('budgets.create.euroHint')}
          required
          inputMode="numeric"
          value={total}
          onChange={(e) => setTotal(e.target.value)}
          {...form.field('input.totalAmount')}
        />

        <fieldset className="bu-fieldset">
          <legend>{t('budgets.create.envelopes')}</legend>
          <p className="p-muted">{t('budgets.create.envelopesHint')}</p>
          <ol className="bu-envelope-list">
            {envelopes.map((e, i) => (
              <li key={e.key} data-envelope={e.key} className="bu-envelope-row">
                <TextField
                  label={t('budgets.create.envelopeName', { n: i + 1 })}
                  required
                  maxLength={150}
                  value={e.name}
                  onChange={(ev) => update(e.key, { name: ev.target.value })}
                  {...form.field(`input.envelopes.${i}.name`)}
                />
                <Select
                  label={t('budgets.create.envelopeDistrict', { n: i + 1 })}
                  placeholder={t('budgets.create.cityWideOption')}
                  options={districts.map((d) => ({ value: d, label: d }))}
                  value={e.district}
                  onChange={(ev) => update(e.key, { district: ev.target.value })}
                  {...form.field(`input.envelopes.${i}.district`)}
                />
                <TextField
                  label={t('budgets.create.envelopeAmount', { n: i + 1 })}
                  required
                  inputMode="numeric"
                  value={e.amount}
                  onChange={(ev) => update(e.key, { amount: ev.target.value })}
                  {...form.field(`input.envelopes.${i}.amount`)}
                />
                {envelopes.length > 1 && (
                  <Button type="button" variant="ghost" onClick={() => removeEnvelope(i)}>
                    {t('budgets.create.removeEnvelope', { n: i + 1 })}
                  </Button>
                )}
              </li>
            ))}
          </ol>
          <Button type="button" variant="secondary" data-add-envelope onClick={addEnvelope}>
            {t('budgets.create.addEnvelope')}
          </Button>
          <p
            role="status"
            aria-live="polite"
            className={Number.isFinite(totalValue) && sum !== totalValue ? 'bu-ballot__over' : 'bu-ballot__total'}
            id="envelopes-sum"
          >
            {Number.isFinite(totalValue)
              ? t(sum === totalValue ? 'budgets.create.sumMatches' : 'budgets.create.sumDiffers', {
                  sum: formatNumber(sum),
                  total: formatNumber(totalValue),
                })
              : t('budgets.create.sumOnly', { sum: formatNumber(sum) })}
          </p>
          <GroupError form={form} path="input.envelopes" />
        </fieldset>

        <VotingRulesFields form={form} style={style} onStyle={setStyle} />

        <fieldset className="bu-fieldset">
          <legend>{t('budgets.create.phases')}</legend>
          <p className="p-muted">{t('budgets.create.phasesHint')}</p>
          {PHASES.map((phase, i) => (
            <TextField
              key={phase}
              label={t('budgets.create.phaseStart', { phase: t(`budgets.phase.${phase}`) })}
              type="date"
              required
              {...dateField(`input.phases.${i}.startsAt`, i > 0 ? `input.phases.${i - 1}.endsAt` : 'input.phases')}
            />
          ))}
          <TextField label={t('budgets.create.closes')} type="date" required {...dateField('input.phases.4.endsAt')} />
        </fieldset>

        <Cluster>
          <Button type="submit" loading={loading} loadingLabel={t('budgets.create.saving')}>
            {t('budgets.create.send')}
          </Button>
          <ButtonLink to="/budgets" variant="ghost">
            {t('ui.cancel')}
          </ButtonLink>
        </Cluster>
      </form>
    </div>
  );
}
