import type { FormEvent, ReactNode } from 'react';
import { useT } from '@/i18n';
import { FormError, TextArea, TextField, type FormErrors } from '@/ui';

export interface ForumFormValues {
  title: string;
  description: string;
}

/** Reads the form into the mutation input. */
export function readForumForm(el: HTMLFormElement): ForumFormValues {
  const data = new FormData(el);
  return { title: String(data.get('input.title') ?? ''), description: String(data.get('input.description') ?? '') };
}

/** A forum's title and description (create or edit), the server's errors on their fields. */
export function ForumForm({
  form,
  initial,
  onSubmit,
  children,
}: {
  form: FormErrors;
  initial?: ForumFormValues;
  onSubmit: (event: FormEvent<HTMLFormElement>) => void;
  children: ReactNode;
}) {
  const t = useT();
  return (
    <form onSubmit={onSubmit} noValidate>
      <FormError form={form} />
      <TextField
        label={t('forums.fields.title')}
        hint={t('forums.fields.titleHint')}
        required
        maxLength={150}
        defaultValue={initial?.title}
        {...form.field('input.title')}
      />
      <TextArea
        label={t('forums.fields.description')}
        hint={t('forums.fields.descriptionHint')}
        maxLength={2000}
        rows={4}
        defaultValue={initial?.description}
        {...form.field('input.description')}
      />
      {children}
    </form>
  );
}
