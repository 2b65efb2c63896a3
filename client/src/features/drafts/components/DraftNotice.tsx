import { useI18n } from '@/i18n';
import { Button, Notice } from '@/ui';
import type { FormDraft } from '../hooks/useFormDraft';

/**
 * What a form's draft has to say, shown just above the form: « Brouillon restauré » with « Effacer »,
 * the text kept after a send that failed for a lost connection, and, once the connection is back,
 * « Envoyer maintenant » (nothing goes by itself). `photos`: the form has a photo picker, whose
 * photos a draft does not keep.
 */
export function DraftNotice({ draft, photos = false }: { draft: FormDraft; photos?: boolean }) {
  const { t } = useI18n();
  return (
    <>
      <div role="status">
        {draft.connection === 'lost' && (
          <Notice tone="warning">
            <p>{t('drafts.lost')}</p>
          </Notice>
        )}
        {draft.connection === 'back' && (
          <Notice tone="info">
            <p>{t('drafts.back')}</p>
            <Button size="small" onClick={draft.sendNow}>
              {t('drafts.sendNow')}
            </Button>
          </Notice>
        )}
      </div>
      {draft.restoredAt && (
        <Notice tone="info">
          <p>{t('drafts.restored', { savedAt: draft.restoredAt })}</p>
          {photos && <p>{t('drafts.photosNotKept')}</p>}
          <Button size="small" variant="secondary" onClick={draft.discard}>
            {t('drafts.discard')}
          </Button>
        </Notice>
      )}
    </>
  );
}
