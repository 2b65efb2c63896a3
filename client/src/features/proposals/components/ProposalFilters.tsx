import type { FormEvent } from 'react';
import { useT } from '@/i18n';
import { Button, Select, TextField } from '@/ui';
import type { ProposalFormOptions, ProposalOrderField, ProposalStatus } from '../graphql/proposals.graphql';
import { PUBLIC_STATUSES } from './status';

export interface ListFilters {
  search: string | null;
  status: ProposalStatus | null;
  categoryId: string | null;
  district: string | null;
  sort: ProposalOrderField;
}

export const SORTS: ProposalOrderField[] = ['CREATED_AT', 'SUPPORTS', 'COMMENTS'];

/** Search, filters and order of the proposal list; applied on submit (no surprise while choosing). */
export function ProposalFilters({
  value,
  options,
  onApply,
}: {
  value: ListFilters;
  options: ProposalFormOptions | undefined;
  onApply: (next: ListFilters) => void;
}) {
  const t = useT();
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const text = (name: string) => String(data.get(name) ?? '').trim() || null;
    onApply({
      search: text('q'),
      status: text('status') as ProposalStatus | null,
      categoryId: text('category'),
      district: text('district'),
      sort: (text('sort') as ProposalOrderField | null) ?? 'CREATED_AT',
    });
  }
  // `key` re-creates the uncontrolled fields when the URL changes (back button, links).
  return (
    <form role="search" aria-label={t('proposals.list.filters')} onSubmit={onSubmit} key={JSON.stringify(value)}>
      <div className="pr-filters">
        <TextField
          label={t('proposals.list.search')}
          hint={t('proposals.list.searchHint')}
          name="q"
          type="search"
          defaultValue={value.search ?? ''}
          noMarker
        />
        <Select
          label={t('proposals.fields.status')}
          name="status"
          defaultValue={value.status ?? ''}
          placeholder={t('proposals.list.allStatuses')}
          noMarker
          options={PUBLIC_STATUSES.map((s) => ({ value: s, label: t(`proposals.status.${s}`) }))}
        />
        <Select
          label={t('proposals.fields.category')}
          name="category"
          defaultValue={value.categoryId ?? ''}
          placeholder={t('proposals.list.allCategories')}
          noMarker
          options={(options?.categories ?? []).map((c) => ({ value: c.id, label: c.name }))}
        />
        <Select
          label={t('proposals.fields.district')}
          name="district"
          defaultValue={value.district ?? ''}
          placeholder={t('proposals.list.allDistricts')}
          noMarker
          options={(options?.districts ?? []).map((d) => ({ value: d, label: d }))}
        />
        <Select
          label={t('proposals.list.sort')}
          name="sort"
          defaultValue={value.sort}
          placeholder={false}
          noMarker
          options={SORTS.map((s) => ({ value: s, label: t(`proposals.list.sorts.${s}`) }))}
        />
        <div className="pr-filters__actions">
          <Button type="submit" variant="secondary">
            {t('proposals.list.apply')}
          </Button>
        </div>
      </div>
    </form>
  );
}
