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
 * numbers only until voting opens (the server refuses them after: RULES_FROZEN). Envelopes and
 * dates are not edited here (the phases move with "close the phase now" on the edition's page).
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
        </>
      ) : (
        <Notice tone="info">{t('budgets.edit.rulesFrozen')}</Notice>
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
