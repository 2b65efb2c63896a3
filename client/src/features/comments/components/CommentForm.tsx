import type { FormEvent } from 'react';
import { DraftNotice, useFormDraft } from '@/features/drafts';
import { useT } from '@/i18n';
import { Button, Cluster, FormError, TextArea, useFormErrors } from '@/ui';
import type { CommentTargetType, CommentThreadNodeData } from '../graphql/comments.graphql';
import { useAddComment } from '../hooks/useCommentActions';

export interface CommentTarget {
  type: CommentTargetType;
  id: string;
  /** Cache id of the record whose `comments` list gets the new comment, e.g. `Proposal:…`. */
  owner: string;
}

/** Writes a comment, or a reply when `parentId` is given. */
export function CommentForm({
  target,
  parentId,
  label,
  submitLabel,
  domId,
  onAdded,
  onCancel,
}: {
  target: CommentTarget;
  parentId?: string;
  label: string;
  submitLabel: string;
  /** Unique id of the text field (several comment forms can be open on one page). */
  domId: string;
  onAdded?: (comment: CommentThreadNodeData) => void;
  onCancel?: () => void;
}) {
  const t = useT();
  const form = useFormErrors();
  const [add, { loading }] = useAddComment(target);
  // One draft per thread (and per comment replied to), kept on the device until the server has it.
  const draft = useFormDraft({ form: 'comment', target: `${target.type}:${target.id}:${parentId ?? ''}`, errors: form });

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const el = event.currentTarget;
    const body = String(new FormData(el).get('input.body') ?? '');
    const result = await form.run(() =>
      add({ variables: { input: { targetType: target.type, targetId: target.id, body, parentId: parentId ?? null } } }),
    );
    if (result?.data) {
      draft.clear();
      el.reset();
      onAdded?.(result.data.addComment);
    }
  }

  return (
    <form className="cm-form" onSubmit={onSubmit} noValidate ref={draft.ref}>
      <FormError form={form} fieldDomId={domId} />
      <DraftNotice draft={draft} />
      <TextArea label={label} required maxLength={5000} rows={parentId ? 3 : 4} {...form.field('input.body')} id={domId} />
      <Cluster>
        <Button type="submit" size="small" loading={loading} loadingLabel={t('comments.sending')}>
          {submitLabel}
        </Button>
        {onCancel && (
          <Button variant="ghost" size="small" onClick={onCancel}>
            {t('ui.cancel')}
          </Button>
        )}
      </Cluster>
    </form>
  );
}
