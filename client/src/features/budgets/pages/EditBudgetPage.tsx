import { eurosToSend, sumOfEuros, useEuros } from '../components/money';
import { VotingRulesFields } from '../components/VotingRulesFields';
import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { flash } from '@/app';
import { useT } from '@/i18n';
import {
  Button,
  ButtonLink,
  Cluster,
  EmptyState,
  ErrorMessage,
  FormError,
  GroupError,
  type FormErrors,
  Notice,
  PageHeader,
  Spinner,
  TextArea,
  TextField,
  useFormErrors,
} from '@/ui';
import { BUDGET, UPDATE_BUDGET, type BudgetDetailData } from '../graphql/budgets.graphql';

/**
 * The council edits an edition: title and description at any time; rules, voting style and its
 * numbers, and the envelopes' names and amounts (to correct a typo) only until voting opens (the
 * server refuses them after: RULES_FROZEN), shown read-only then. Envelopes are not added or
 * removed here, nor their districts; dates neither (the phases move with "close the phase now" on
 * the edition's page).
 */
export function EditBudgetPage() {
  const t = useT();
  const { id = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(BUDGET, { variables: { id } });
  const b = data?.budget;
  return (
    <>
      <PageHeader title={t('budgets.edit.title')} lead={b?.title} />
      {loading && !data && <Spinner />}
      {error && <ErrorMessage error={error} onRetry={() => void refetch()} />}
      {data && !b && (
        <EmptyState title={t('budgets.edition.notFound')} action={<Link to="/budgets">{t('budgets.edition.backToList')}</Link>} />
      )}
      {b && <EditForm budget={b} />}
    </>
  );
}

function EditForm({ budget }: { budget: BudgetDetailData }) {
  const t = useT();
  const navigate = useNavigate();
  const form = useFormErrors();
  const [save, { loading }] = useMutation(UPDATE_BUDGET);
  const [style, setStyle] = useState<string>(budget.votingStyle);
  const rulesOpen = budget.rulesEditable;
  const [amounts, setAmounts] = useState(() => budget.envelopes.map((e) => String(e.amount)));

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const f = new FormData(event.currentTarget);
    const text = (name: string) => String(f.get(name) ?? '');
    const intOrNull = (name: string) => (text(name).trim() === '' ? null : Number(text(name).trim()));
    const input = {
      title: text('input.title'),
      description: text('input.description'),
      ...(rulesOpen
        ? {
            rules: text('input.rules'),
            votingStyle: style as 'KNAPSACK' | 'APPROVAL',
            maxChoices: style === 'APPROVAL' ? intOrNull('input.maxChoices') : null,
            minProjects: intOrNull('input.minProjects'),
            // Every envelope, in the page's order, so the server's `input.envelopes.<i>` paths are the fields shown.
            envelopes: budget.envelopes.map((e, i) => ({
              id: e.id,
              name: text(`input.envelopes.${i}.name`),
              amount: eurosToSend(amounts[i] ?? ''),
            })),
          }
        : {}),
    };
    const result = await form.run(() => save({ variables: { id: budget.id, input } }));
    if (result?.data) void navigate(`/budgets/${budget.id}`, flash('budgets.edit.saved'));
  }

  return (
    <form onSubmit={(e) => void onSubmit(e)} noValidate className="bu-budget-form">
      <FormError form={form} />
      <TextField
        label={t('budgets.create.editionTitle')}
        required
        maxLength={150}
        defaultValue={budget.title}
        {...form.field('input.title')}
      />
      <TextArea
        label={t('budgets.create.description')}
        rows={4}
        maxLength={10000}
        defaultValue={budget.description}
        {...form.field('input.description')}
      />
      {rulesOpen ? (
        <>
          <TextArea
            label={t('budgets.create.rules')}
            hint={t('budgets.create.rulesHint')}
            rows={6}
            maxLength={10000}
            defaultValue={budget.rules}
            {...form.field('input.rules')}
          />
          <VotingRulesFields form={form} style={style} onStyle={setStyle} maxChoices={budget.maxChoices} minProjects={budget.minProjects} />
          <EnvelopeFields
            form={form}
            envelopes={budget.envelopes}
            amounts={amounts}
            onAmount={(i, value) => setAmounts((list) => list.map((a, j) => (j === i ? value : a)))}
          />
        </>
      ) : (
        <>
          <Notice tone="info">{t('budgets.edit.rulesFrozen')}</Notice>
          <FrozenEnvelopes envelopes={budget.envelopes} />
        </>
      )}
      <Cluster>
        <Button type="submit" loading={loading} loadingLabel={t('budgets.edit.saving')}>
          {t('budgets.edit.save')}
        </Button>
        <ButtonLink to={`/budgets/${budget.id}`} variant="ghost">
          {t('ui.cancel')}
        </ButtonLink>
      </Cluster>
    </form>
  );
}

type Envelope = BudgetDetailData['envelopes'][number];

/** Each envelope's name and amount as fields, its district as their hint, and the total they make. */
function EnvelopeFields({
  form,
  envelopes,
  amounts,
  onAmount,
}: {
  form: FormErrors;
  envelopes: Envelope[];
  amounts: string[];
  onAmount: (index: number, value: string) => void;
}) {
  const t = useT();
  const euros = useEuros();
  const sum = sumOfEuros(amounts);
  return (
    <fieldset className="bu-fieldset">
      <legend>{t('budgets.create.envelopes')}</legend>
      <p className="p-muted">{t('budgets.edit.envelopesHint')}</p>
      <ol className="bu-envelope-list">
        {envelopes.map((e, i) => {
          const where = e.district ? t('budgets.edit.envelopeDistrict', { district: e.district }) : t('budgets.create.cityWideOption');
          return (
            <li key={e.id} className="bu-envelope-row">
              <TextField
                label={t('budgets.create.envelopeName', { n: i + 1 })}
                hint={where}
                required
                maxLength={150}
                defaultValue={e.name}
                {...form.field(`input.envelopes.${i}.name`)}
              />
              <TextField
                label={t('budgets.create.envelopeAmount', { n: i + 1 })}
                hint={t('budgets.create.euroHint')}
                required
                inputMode="numeric"
                value={amounts[i] ?? ''}
                onChange={(ev) => onAmount(i, ev.target.value)}
                {...form.field(`input.envelopes.${i}.amount`)}
              />
            </li>
          );
        })}
      </ol>
      <p role="status" aria-live="polite" className="bu-ballot__total">
        {t('budgets.edit.envelopesTotal', { total: euros(sum) })}
      </p>
      <GroupError form={form} path="input.envelopes" />
    </fieldset>
  );
}

/** Once voting has opened, the envelopes as they stand, and why they no longer change. */
function FrozenEnvelopes({ envelopes }: { envelopes: Envelope[] }) {
  const t = useT();
  const euros = useEuros();
  return (
    <section className="bu-fieldset" aria-labelledby="frozen-envelopes">
      <h2 id="frozen-envelopes">{t('budgets.create.envelopes')}</h2>
      <p>{t('budgets.edit.envelopesFrozen')}</p>
      <ul>
        {envelopes.map((e) => {
          const where = e.district ?? t('budgets.create.cityWide');
          // « Centre-ville (Centre-ville) » says it twice: the place only when the name does not.
          const line = e.name === where ? 'budgets.edit.envelopeLineNamed' : 'budgets.edit.envelopeLine';
          return <li key={e.id}>{t(line, { name: e.name, where, amount: euros(e.amount) })}</li>;
        })}
      </ul>
    </section>
  );
}
