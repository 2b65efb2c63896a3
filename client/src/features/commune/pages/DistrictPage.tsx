import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { flash } from '@/app';
import type { DistrictFieldsFragment } from '@/generated/graphql';
import { useT } from '@/i18n';
import {
  Button,
  Card,
  Checkbox,
  EmptyState,
  ErrorMessage,
  FormError,
  Notice,
  PageHeader,
  Select,
  Spinner,
  TextArea,
  TextField,
  useFormErrors,
} from '@/ui';
import { CommuneNav } from '../components/CommuneNav';
import {
  ARCHIVE_DISTRICT,
  COMMUNE_SETUP,
  DISTRICT,
  DISTRICT_LIST,
  MERGE_DISTRICT,
  RESTORE_DISTRICT,
  UPDATE_DISTRICT,
} from '../graphql/commune.graphql';

/** One district: rename, outline, archive or restore, merge into another. */
export function DistrictPage() {
  const t = useT();
  const { id = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(DISTRICT, { variables: { id } });
  const district = data?.district;
  return (
    <>
      <PageHeader title={district ? t('commune.districts.editTitle', { name: district.name }) : t('commune.districts.title')} />
      <CommuneNav />
      <p>
        <Link to="/admin/districts">{t('commune.districts.back')}</Link>
      </p>
      {loading && <Spinner />}
      {error && <ErrorMessage error={error} onRetry={() => void refetch()} />}
      {data && !district && <EmptyState title={t('commune.districts.notFound')} />}
      {district && (
        <>
          <StateCard district={district} />
          <RenameCard district={district} />
          <ShapeCard district={district} />
          <MergeCard district={district} />
        </>
      )}
    </>
  );
}

type District = DistrictFieldsFragment;

function StateCard({ district: d }: { district: District }) {
  const t = useT();
  const form = useFormErrors();
  const [done, setDone] = useState<string | null>(null);
  const refetchQueries = [COMMUNE_SETUP];
  const [archive, archiving] = useMutation(ARCHIVE_DISTRICT, { refetchQueries });
  const [restore, restoring] = useMutation(RESTORE_DISTRICT, { refetchQueries });
  async function onClick() {
    setDone(null);
    const ok = await form.run(async () => {
      const result = d.archived ? await restore({ variables: { id: d.id } }) : await archive({ variables: { id: d.id } });
      return !!result.data;
    });
    if (ok) setDone(d.archived ? 'commune.districts.restoredNow' : 'commune.districts.archivedNow');
  }
  return (
    <Card title={t('commune.districts.state')} id="district-state">
      <FormError form={form} />
      {done && (
        <Notice tone="success" live>
          <p>{t(done)}</p>
        </Notice>
      )}
      <p>{d.archived ? t('commune.districts.stateArchived') : t('commune.districts.stateActive')}</p>
      {/* One button whose words change: the focus stays on it after the change. */}
      <Button
        type="button"
        variant="secondary"
        loading={archiving.loading || restoring.loading}
        loadingLabel={t('commune.districts.working')}
        onClick={() => void onClick()}
      >
        {d.archived ? t('commune.districts.restore') : t('commune.districts.archive')}
      </Button>
    </Card>
  );
}

function RenameCard({ district: d }: { district: District }) {
  const t = useT();
  const form = useFormErrors();
  const [done, setDone] = useState<string | null>(null);
  const [update, { loading }] = useMutation(UPDATE_DISTRICT);
  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setDone(null);
    const name = String(new FormData(event.currentTarget).get('input.name') ?? '').trim();
    const result = await form.run(() => update({ variables: { id: d.id, input: { name } } }));
    if (result?.data) setDone(result.data.updateDistrict.name);
  }
  return (
    <Card title={t('commune.districts.rename')} id="district-rename">
      {done && (
        <Notice tone="success" live>
          <p>{t('commune.districts.renamed', { name: done })}</p>
        </Notice>
      )}
      <form onSubmit={onSubmit} noValidate>
        <FormError form={form} />
        <TextField
          label={t('commune.districts.name')}
          hint={t('commune.districts.renameHint')}
          required
          maxLength={80}
          defaultValue={d.name}
          {...form.field('input.name')}
        />
        <Button type="submit" loading={loading} loadingLabel={t('commune.districts.working')}>
          {t('commune.districts.renameSubmit')}
        </Button>
      </form>
    </Card>
  );
}

/** The outline as the server keeps it, laid out to be read and edited. */
const pretty = (shape: string | null) => (shape ? JSON.stringify(JSON.parse(shape), null, 1) : '');

function ShapeCard({ district: d }: { district: District }) {
  const t = useT();
  const form = useFormErrors();
  const [done, setDone] = useState<string | null>(null);
  const [update, { loading }] = useMutation(UPDATE_DISTRICT);
  const [value, setValue] = useState(() => pretty(d.shape));
  async function save(shape: string | null) {
    setDone(null);
    const result = await form.run(() => update({ variables: { id: d.id, input: { shape } } }));
    if (!result?.data) return;
    setValue(pretty(result.data.updateDistrict.shape));
    setDone(shape ? 'commune.districts.shapeSaved' : 'commune.districts.shapeRemoved');
  }
  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    await save(value.trim() || null);
  }
  return (
    <Card title={t('commune.districts.shapeTitle')} id="district-shape">
      {done && (
        <Notice tone="success" live focus>
          <p>{t(done)}</p>
        </Notice>
      )}
      <form onSubmit={onSubmit} noValidate>
        <FormError form={form} />
        <TextArea
          label={t('commune.districts.shape')}
          hint={t('commune.districts.shapeHint')}
          rows={6}
          spellCheck={false}
          noMarker
          value={value}
          onChange={(e) => setValue(e.target.value)}
          {...form.field('input.shape')}
        />
        <div className="p-cluster">
          <Button type="submit" loading={loading} loadingLabel={t('commune.districts.working')}>
            {t('commune.districts.shapeSubmit')}
          </Button>
          {d.shape && (
            <Button type="button" variant="secondary" disabled={loading} onClick={() => void save(null)}>
              {t('commune.districts.shapeRemove')}
            </Button>
          )}
        </div>
      </form>
    </Card>
  );
}

function MergeCard({ district: d }: { district: District }) {
  const t = useT();
  const navigate = useNavigate();
  const form = useFormErrors();
  const others = useQuery(DISTRICT_LIST, { variables: { first: 100, includeArchived: false } });
  const [merge, { loading }] = useMutation(MERGE_DISTRICT, { refetchQueries: [COMMUNE_SETUP, DISTRICT_LIST] });
  const confirm = form.field('confirm');
  const options = (others.data?.districtList.edges ?? [])
    .filter((e) => e.node.id !== d.id)
    .map((e) => ({ value: e.node.id, label: e.node.name }));
  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const intoId = String(data.get('intoId') ?? '');
    if (!intoId || !data.get('confirm')) {
      form.setError({
        errors: [
          {
            message: 'required',
            extensions: {
              code: 'BAD_USER_INPUT',
              reason: 'INVALID_INPUT',
              fields: [
                !intoId
                  ? { path: 'intoId', constraint: 'required', message: '' }
                  : { path: 'confirm', constraint: 'required', message: '' },
              ],
            },
          },
        ],
      });
      return;
    }
    const result = await form.run(() => merge({ variables: { id: d.id, intoId } }));
    if (result?.data)
      void navigate('/admin/districts', flash('commune.districts.merged', { from: d.name, into: result.data.mergeDistrict.name }));
  }
  return (
    <Card title={t('commune.districts.merge')} id="district-merge">
      <p>{t('commune.districts.mergeLead')}</p>
      <form onSubmit={onSubmit} noValidate>
        <FormError form={form} />
        <Select label={t('commune.districts.mergeInto')} required options={options} {...form.field('intoId')} />
        <Checkbox
          label={t('commune.districts.mergeConfirm', { name: d.name })}
          name={confirm.name}
          id={confirm.id}
          aria-invalid={confirm.error ? true : undefined}
        />
        <Button type="submit" variant="danger" loading={loading} loadingLabel={t('commune.districts.working')}>
          {t('commune.districts.mergeSubmit')}
        </Button>
      </form>
    </Card>
  );
}
