import type { FormEvent, ReactNode } from 'react';
import { useT } from '@/i18n';
import { FormError, PhotoPicker, TextArea, TextField, type FormErrors, type PhotoPickerState } from '@/ui';

/** Reads the form's text fields into the mutation input (photos come from the picker). */
export function readTopicForm(el: HTMLFormElement): { title: string; body: string } {
  const data = new FormData(el);
  return { title: String(data.get('input.title') ?? ''), body: String(data.get('input.body') ?? '') };
}

/** A topic's title, text and photos (new or edited), the server's errors on their fields. */
export function TopicForm({
  form,
  photos,
  initial,
  onSubmit,
  children,
}: {
  form: FormErrors;
  /** The picker's state (`usePhotoPicker`): the page sends `await photos.settled()` as `imageIds`. */
  photos: PhotoPickerState;
  initial?: { title: string; body: string };
  onSubmit: (event: FormEvent<HTMLFormElement>) => void;
  children: ReactNode;
}) {
  const t = useT();
  return (
    <form onSubmit={onSubmit} noValidate>
      <FormError form={form} />
      <TextField
        label={t('forums.fields.topicTitle')}
        hint={t('forums.fields.topicTitleHint')}
        required
        maxLength={150}
        defaultValue={initial?.title}
        {...form.field('input.title')}
      />
      <TextArea
        label={t('forums.fields.body')}
        hint={t('forums.fields.bodyHint')}
        required
        maxLength={10000}
        rows={8}
        defaultValue={initial?.body}
        {...form.field('input.body')}
      />
      <PhotoPicker photos={photos} hint={t('forums.fields.photosHint', { max: photos.max })} {...form.field('input.imageIds')} />
      {children}
    </form>
  );
}
