import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router-dom';
import { ConnectionLoadMore } from '@/app';
import { useT } from '@/i18n';
import {
  Badge,
  Button,
  Card,
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
import { CommuneNav } from '../components/CommuneNav';
import { COMMUNE_SETUP, CREATE_DISTRICT, DISTRICT_LIST } from '../graphql/commune.graphql';

const LIST_VARIABLES = { first: 50, includeArchived: true };

/** The districts (archived ones too, marked), and the form adding one. */
export function DistrictsPage() {
  const t = useT();
  const { data, loading, error, refetch, fetchMore, networkStatus } = useQuery(DISTRICT_LIST, {
    variables: LIST_VARIABLES,
    notifyOnNetworkStatusChange: true,
  });
  const list = data?.districtList;
  const form = useFormErrors();
  const [created, setCreated] = useState<string | null>(null);
  const [create, creating] = useMutation(CREATE_DISTRICT, {
    refetchQueries: [COMMUNE_SETUP],
    // New districts go last: appended to the list loaded so far when it is complete.
    update: (cache, { data: result }) => {
      if (!result) return;
      cache.updateQuery({ query: DISTRICT_LIST, variables: LIST_VARIABLES }, (prev) => {
        if (!prev || prev.districtList.pageInfo.hasNextPage) return prev;
        const node = result.createDistrict;
        return {
          districtList: {
            ...prev.districtList,
            totalCount: prev.districtList.totalCount + 1,
            edges: [...prev.districtList.edges, { __typename: 'DistrictEdge' as const, cursor: `new-${node.id}`, node }],
          },
        };
      });
    },
  });

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setCreated(null);
    const el = event.currentTarget;
    const data = new FormData(el);
    const shape = String(data.get('input.shape') ?? '').trim();
    const result = await form.run(() =>
      create({ variables: { input: { name: String(data.get('input.name') ?? '').trim(), shape: shape || null } } }),
    );
    if (result?.data) {
      el.reset();
      setCreated(result.data.createDistrict.name);
    }
  }

  return (
    <>
      <PageHeader title={t('commune.districts.title')} lead={t('commune.districts.lead')} />
      <CommuneNav />
      <Card title={t('commune.districts.list')} id="districts-list">
        {loading && !list && <Spinner />}
        {error && <ErrorMessage error={error} onRetry={() => void refetch()} />}
        {list && list.edges.length === 0 && <EmptyState title={t('commune.districts.empty')} />}
        {list && list.edges.length > 0 && (
          <ul className="p-list">
            {list.edges.map(({ node: d }) => (
              <li key={d.id}>
                <span className="p-list__main">
                  <strong>{d.name}</strong>{' '}
                  <span className="p-muted">{d.shape ? t('commune.districts.withShape') : t('commune.districts.withoutShape')}</span>
                </span>
                <Badge tone={d.archived ? 'neutral' : 'success'}>
                  {d.archived ? t('commune.districts.archived') : t('commune.districts.active')}
                </Badge>
                <Link to={`/admin/districts/${d.id}`} aria-label={t('commune.districts.editLabel', { name: d.name })}>
                  {t('commune.districts.edit')}
                </Link>
              </li>
            ))}
          </ul>
        )}
        {list && <ConnectionLoadMore connection={list} networkStatus={networkStatus} fetchMore={fetchMore} />}
      </Card>
      <Card title={t('commune.districts.create')} id="districts-create">
        {created && (
          <Notice tone="success" live>
            <p>{t('commune.districts.created', { name: created })}</p>
          </Notice>
        )}
        <form onSubmit={onSubmit} noValidate>
          <FormError form={form} />
          <TextField label={t('commune.districts.name')} required maxLength={80} {...form.field('input.name')} />
          <TextArea
            label={t('commune.districts.shape')}
            hint={t('commune.districts.shapeHint')}
            rows={4}
            spellCheck={false}
            noMarker
            {...form.field('input.shape')}
          />
          <Button type="submit" loading={creating.loading} loadingLabel={t('commune.districts.submitting')}>
            {t('commune.districts.submit')}
          </Button>
        </form>
      </Card>
    </>
  );
}
