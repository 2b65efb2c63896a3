import type { FormEvent } from 'react';
import { useT } from '@/i18n';
import { Button, Card, useFormErrors } from '@/ui';
import { useCreateForum } from '../hooks/useForumMutations';
import { ForumForm, readForumForm } from './ForumForm';

/** The council's form to create a forum (it comes last in the list). */
export function CreateForumCard({ onCreated }: { onCreated: (title: string) => void }) {
  const t = useT();
  const form = useFormErrors();
  const [create, { loading }] = useCreateForum();

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const el = event.currentTarget;
    const input = readForumForm(el);
    const result = await form.run(() => create({ variables: { input } }));
    if (result?.data) {
      el.reset();
      onCreated(result.data.createForum.title);
    }
  }

  return (
    <Card title={t('forums.council.createTitle')} id="create-forum">
      <ForumForm form={form} onSubmit={onSubmit}>
        <Button type="submit" loading={loading} loadingLabel={t('forums.council.creating')}>
          {t('forums.council.create')}
        </Button>
      </ForumForm>
    </Card>
  );
}
