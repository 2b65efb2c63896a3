import { useT } from '@/i18n';
import { Select, TextField, type FormErrors } from '@/ui';

/**
 * The voting rules of an edition, as the council creates or edits them: the style (knapsack or
 * approval), the maximum of choices (approval only) and the optional minimum. The style is the
 * page's state (it decides what the page sends); the numbers are read from the form.
 */
export function VotingRulesFields({
  form,
  style,
  onStyle,
  maxChoices = null,
  minProjects = null,
}: {
  form: FormErrors;
  style: string;
  onStyle: (style: string) => void;
  /** The current values when editing. */
  maxChoices?: number | null;
  minProjects?: number | null;
}) {
  const t = useT();
  const text = (n: number | null) => (n == null ? '' : String(n));
  return (
    <fieldset className="bu-fieldset">
      <legend>{t('budgets.create.voting')}</legend>
      <Select
        label={t('budgets.create.votingStyle')}
        required
        placeholder={false}
        options={[
          { value: 'KNAPSACK', label: t('budgets.create.styleKnapsack') },
          { value: 'APPROVAL', label: t('budgets.create.styleApproval') },
        ]}
        value={style}
        onChange={(e) => onStyle(e.target.value)}
        {...form.field('input.votingStyle')}
      />
      {style === 'APPROVAL' && (
        <TextField
          label={t('budgets.create.maxChoices')}
          required
          inputMode="numeric"
          defaultValue={text(maxChoices)}
          {...form.field('input.maxChoices')}
        />
      )}
      <TextField
        label={t('budgets.create.minProjects')}
        hint={t('budgets.create.minProjectsHint')}
        inputMode="numeric"
        defaultValue={text(minProjects)}
        {...form.field('input.minProjects')}
      />
    </fieldset>
  );
}
