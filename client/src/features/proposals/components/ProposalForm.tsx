import { useState, type FormEvent, type ReactNode } from 'react';
import { DistrictSuggestion } from '@/features/commune';
import { PlacePicker, usePhotoPlace, type Point } from '@/features/places';
import { useT } from '@/i18n';
import { fieldId, FormError, PhotoPicker, Select, TextArea, TextField, type FormErrors, type PhotoPickerState } from '@/ui';
import type { ProposalFormOptions, ProposalInput } from '../graphql/proposals.graphql';

export interface ProposalFormValues {
  title: string;
  body: string;
  categoryId: string | null;
  district: string | null;
  location: { lat: number; lng: number } | null;
}

/** A field problem found before sending, in the server's own error shape, so it shows the same way. */
function fieldProblem(path: string, constraint: string) {
  return {
    errors: [{ message: constraint, extensions: { code: 'BAD_USER_INPUT', reason: 'INVALID_INPUT', fields: [{ path, constraint }] } }],
  };
}

/**
 * Reads the form into the mutation input. The map point is two optional number fields: both or
 * neither (checked here, since GraphQL would refuse a half point before the server's validation).
 */
export function readProposalForm(el: HTMLFormElement, form: FormErrors): ProposalInput | null {
  const data = new FormData(el);
  const text = (name: string) => String(data.get(name) ?? '');
  const lat = text('input.location.lat').trim();
  const lng = text('input.location.lng').trim();
  let location: ProposalInput['location'] = null;
  if (lat || lng) {
    const latN = Number(lat.replace(',', '.'));
    const lngN = Number(lng.replace(',', '.'));
    if (!lat || !Number.isFinite(latN)) {
      form.setError(fieldProblem('input.location.lat', lat ? 'isNumber' : 'required'));
      return null;
    }
    if (!lng || !Number.isFinite(lngN)) {
      form.setError(fieldProblem('input.location.lng', lng ? 'isNumber' : 'required'));
      return null;
    }
    location = { lat: latN, lng: lngN };
  }
  return {
    title: text('input.title'),
    body: text('input.body'),
    categoryId: text('input.categoryId') || null,
    district: text('input.district') || null,
    location,
  };
}

/**
 * The fields of a proposal (new or draft being edited). `onTextInput` follows the title and body
 * as they are typed (for similar proposals); `afterBody` is shown right after the description.
 */
export function ProposalForm({
  form,
  options,
  photos,
  initial,
  onSubmit,
  onTextInput,
  afterBody,
  children,
}: {
  form: FormErrors;
  options: ProposalFormOptions | undefined;
  /** The picker's state (`usePhotoPicker`): the page sends `await photos.settled()` as `imageIds`. */
  photos: PhotoPickerState;
  initial?: ProposalFormValues;
  onSubmit: (event: FormEvent<HTMLFormElement>) => void;
  onTextInput?: (title: string, body: string) => void;
  afterBody?: ReactNode;
  children: ReactNode;
}) {
  const t = useT();
  // Followed for the district suggestion under the place (the district whose outline holds the point).
  const [point, setPoint] = useState<Point | null>(initial?.location ?? null);
  const [district, setDistrict] = useState(initial?.district ?? '');
  // A photo taken on the spot offers its position as the place (read before upload, used on consent).
  const place = usePhotoPlace(photos);
  function onInput(event: FormEvent<HTMLFormElement>) {
    const el = event.currentTarget;
    const data = new FormData(el);
    onTextInput?.(String(data.get('input.title') ?? ''), String(data.get('input.body') ?? ''));
  }
  return (
    <form onSubmit={onSubmit} onInput={onInput} noValidate>
      <FormError form={form} />
      <TextField
        label={t('proposals.fields.title')}
        hint={t('proposals.fields.titleHint')}
        required
        maxLength={150}
        defaultValue={initial?.title}
        {...form.field('input.title')}
      />
      <TextArea
        label={t('proposals.fields.body')}
        hint={t('proposals.fields.bodyHint')}
        required
        maxLength={10000}
        rows={8}
        defaultValue={initial?.body}
        {...form.field('input.body')}
      />
      {afterBody}
      <PhotoPicker photos={place.photos} hint={t('proposals.fields.photosHint', { max: photos.max })} {...form.field('input.imageIds')} />
      <Select
        label={t('proposals.fields.category')}
        placeholder={t('proposals.fields.noCategory')}
        options={(options?.categories ?? []).map((c) => ({ value: c.id, label: c.name }))}
        defaultValue={initial?.categoryId ?? ''}
        key={`category-${options ? 'loaded' : 'loading'}`}
        {...form.field('input.categoryId')}
      />
      <Select
        label={t('proposals.fields.district')}
        placeholder={t('proposals.fields.noDistrict')}
        options={(options?.districts ?? []).map((d) => ({ value: d, label: d }))}
        defaultValue={initial?.district ?? ''}
        key={`district-${options ? 'loaded' : 'loading'}`}
        onChange={(e) => setDistrict(e.target.value)}
        {...form.field('input.district')}
      />
      <fieldset className="pr-fieldset">
        <legend>
          {t('proposals.fields.location')} ({t('ui.optional')})
        </legend>
        <p className="pr-fieldset__hint">{t('proposals.fields.locationHint')}</p>
        <PlacePicker
          initialPoint={initial?.location}
          pointNames={{ lat: 'input.location.lat', lng: 'input.location.lng' }}
          addressField={{ error: form.field('input.location.lat').error ?? form.field('input.location.lng').error }}
          onPointChange={setPoint}
          photoPoint={place.photoPoint}
          onPhotoHandled={place.forget}
        />
        <DistrictSuggestion
          point={point}
          chosen={district}
          onChoose={(name) => {
            // The list is the form's own (read on submit): the suggestion sets it and focus goes there.
            const select = document.getElementById(fieldId('input.district')) as HTMLSelectElement | null;
            if (select) select.value = name;
            setDistrict(name);
            select?.focus();
          }}
        />
      </fieldset>
      {children}
    </form>
  );
}
