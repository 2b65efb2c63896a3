import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { flash } from '@/app';
import { DistrictSuggestion } from '@/features/commune';
import { DraftNotice, useFormDraft } from '@/features/drafts';
import { FOLLOW, writeFollowState } from '@/features/notifications';
import { PlacePicker, usePhotoPlace, type Point } from '@/features/places';
import { useT } from '@/i18n';
import { Button, Cluster, fieldId, FormError, Notice, PhotoPicker, Select, TextArea, useFormErrors, usePhotoPicker } from '@/ui';
import {
  CREATE_REQUEST,
  DISTRICTS,
  NEARBY,
  type CreateRequestInput,
  type NearbyItem,
  type Service,
} from '../graphql/service-requests.graphql';
import { isBlank } from '../lib';
import { ExtraField } from './ExtraField';
import { NearbyRequests } from './NearbyRequests';
import '../service-requests.css';

const NEARBY_RADIUS_METERS = 100;

const pointKey = (p: Point) => `${p.lat.toFixed(6)},${p.lng.toFixed(6)}`;

/**
 * Filing form for one service: description, the service's own fields, the place. For a report
 * with a map point, the open requests of the same service within 100 m are shown first, with
 * "follow this one instead"; submitting again files anyway.
 */
export function ServiceRequestForm({ service }: { service: Service }) {
  const t = useT();
  const navigate = useNavigate();
  const client = useApolloClient();
  const form = useFormErrors();
  const districts = useQuery(DISTRICTS);
  const [create, creating] = useMutation(CREATE_REQUEST, {
    // The resident's list gains a request: drop it so it is fetched afresh next time.
    update: (cache) => {
      cache.evict({ fieldName: 'myServiceRequests' });
      cache.gc();
    },
  });
  const [follow] = useMutation(FOLLOW, {
    // A copy of that request already cached (its page seen before) shows the server's count.
    update: (cache, { data }) => {
      if (data) writeFollowState(cache, 'ServiceRequest', data.follow);
    },
  });
  const { photos, photoPoint, forget: forgetPhotoPoint } = usePhotoPlace(usePhotoPicker());
  const draft = useFormDraft({ form: 'service-request', target: service.id, errors: form });
  const [district, setDistrict] = useState('');
  const [point, setPoint] = useState<Point | null>(null);
  const [nearby, setNearby] = useState<{ key: string; items: NearbyItem[] } | null>(null);
  const [following, setFollowing] = useState<string | null>(null);
  const nearbyRef = useRef<HTMLElement>(null);
  const focusNearby = useRef(false);
  const isReport = service.kind === 'REPORT';
  // What the resident is told about who will see it follows the service's choice, not only its kind.
  const isPublic = service.publicRequests;

  const currentKey = point ? pointKey(point) : null;
  const shownNearby = nearby && nearby.key === currentKey && nearby.items.length > 0 ? nearby.items : null;

  useEffect(() => {
    if (shownNearby && focusNearby.current) {
      focusNearby.current = false;
      nearbyRef.current?.focus();
    }
  }, [shownNearby]);

  /** Asks the server for open requests of this service near the point; a failure never blocks filing. */
  async function checkNearby(p: Point): Promise<NearbyItem[]> {
    if (!isPublic) return [];
    try {
      const result = await client.query({
        query: NEARBY,
        variables: { filter: { serviceId: service.id, open: true, near: { lat: p.lat, lng: p.lng, radiusMeters: NEARBY_RADIUS_METERS } } },
        fetchPolicy: 'network-only',
      });
      const items = result.data?.serviceRequests.edges.map((e) => e.node) ?? [];
      setNearby({ key: pointKey(p), items });
      return items;
    } catch {
      return [];
    }
  }

  function onPointChange(p: Point | null) {
    setPoint(p);
    if (p && nearby?.key !== pointKey(p)) void checkNearby(p);
  }

  async function onFollowInstead(item: NearbyItem) {
    setFollowing(item.id);
    const result = await form.run(() => follow({ variables: { targetType: 'SERVICE_REQUEST', targetId: item.id } }));
    setFollowing(null);
    if (result?.data)
      void navigate(`/service-requests/${item.id}`, flash('service-requests.nearby.followed', { reference: item.reference }));
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);

    const location = point;

    if (isPublic && location && point) {
      const key = pointKey(point);
      // Shown once per point: submitting again with the same point files anyway.
      if (nearby?.key !== key) {
        const items = await checkNearby(point);
        if (items.length) {
          form.clear();
          focusNearby.current = true;
          return;
        }
      }
    }

    // Photos still uploading are waited for; one refused meanwhile stops here, its reason on screen.
    const imageIds = await photos.settled();
    if (!imageIds) return;
    const text = (name: string) => String(data.get(name) ?? '');
    const input: CreateRequestInput = {
      serviceId: service.id,
      description: text('input.description'),
      location,
      address: isBlank(data.get('input.address')) ? null : text('input.address'),
      district: text('input.district') || null,
      fieldValues: service.fields
        .map((f) => ({ code: f.code, value: text(`input.fieldValues.${f.code}`) }))
        .filter((v) => v.value.trim() !== ''),
      imageIds,
    };
    const result = await form.run(() => create({ variables: { input } }));
    if (result?.data) {
      draft.clear();
      const created = result.data.createServiceRequest;
      void navigate(`/service-requests/${created.id}`, flash('service-requests.new.created', { reference: created.reference }));
    }
  }

  const addressProps = form.field('input.address');
  // "A report needs a point or an address" is shown on the address, the field most people can fill.
  const addressError = addressProps.error ?? form.error?.fields['input.location'];

  return (
    <form onSubmit={onSubmit} noValidate ref={draft.ref}>
      <FormError form={form} />
      <DraftNotice draft={draft} photos />
      <p className="p-muted">{t('service-requests.form.optionalNote')}</p>
      <TextArea
        label={t('service-requests.form.description')}
        hint={isPublic ? t('service-requests.form.descriptionHintReport') : t('service-requests.form.descriptionHintFormality')}
        required
        rows={5}
        maxLength={5000}
        {...form.field('input.description')}
      />

      {service.fields.length > 0 && (
        <fieldset className="sr-fieldset">
          <legend>{t('service-requests.form.serviceFields')}</legend>
          {service.fields.map((f) => (
            <ExtraField key={f.code} field={f} props={form.field(`input.fieldValues.${f.code}`)} />
          ))}
        </fieldset>
      )}

      <PhotoPicker
        photos={photos}
        hint={
          isPublic
            ? t('service-requests.form.photosHintReport', { max: photos.max })
            : t('service-requests.form.photosHintFormality', { max: photos.max })
        }
        {...form.field('input.imageIds')}
      />

      <fieldset className="sr-fieldset">
        <legend>{t('service-requests.form.place')}</legend>
        <p className="p-muted">{isReport ? t('service-requests.form.placeHintReport') : t('service-requests.form.placeHintFormality')}</p>
        <PlacePicker
          addressLabel={t('service-requests.form.address')}
          addressField={{ ...addressProps, error: addressError }}
          onPointChange={onPointChange}
          // Not read at submit (the point is this form's state): kept in the draft, so it comes back.
          pointNames={{ lat: 'place.lat', lng: 'place.lng' }}
          photoPoint={photoPoint}
          onPhotoHandled={forgetPhotoPoint}
        />
        <DistrictSuggestion
          point={point}
          chosen={district}
          onChoose={(name) => {
            setDistrict(name);
            // The choice is seen where it was made: on the district's list.
            document.getElementById(fieldId('input.district'))?.focus();
          }}
        />
        <Select
          label={t('service-requests.form.district')}
          options={(districts.data?.districts ?? []).map((d) => ({ value: d, label: d }))}
          value={district}
          onChange={(e) => setDistrict(e.target.value)}
          {...form.field('input.district')}
        />
      </fieldset>

      {shownNearby && (
        <NearbyRequests ref={nearbyRef} items={shownNearby} following={following} onFollow={(item) => void onFollowInstead(item)} />
      )}

      {!isPublic && (
        <Notice>
          <p>{t('service-requests.form.privateNote')}</p>
        </Notice>
      )}
      <Cluster>
        <Button
          type="submit"
          loading={creating.loading || photos.waiting}
          loadingLabel={photos.waiting ? t('ui.photos.waiting') : t('service-requests.form.submitting')}
        >
          {shownNearby ? t('service-requests.form.submitAnyway') : t('service-requests.form.submit')}
        </Button>
        <Link to="/service-requests/new">{t('service-requests.form.changeService')}</Link>
      </Cluster>
    </form>
  );
}
