import { useI18n } from '@/i18n';
import { Notice } from '@/ui';

/**
 * In place of (or above) an item a moderator hid: to the public, that it was hidden; to its author
 * and moderators (the server sends them the reason, and the content), why, and that only they see it.
 */
export function HiddenNotice({ reason }: { reason: string | null | undefined }) {
  const { t } = useI18n();
  return (
    <Notice tone="warning">
      <p className="md-pre">{reason ? t('moderation.hiddenForYou', { reason }) : t('moderation.hiddenInPlace')}</p>
    </Notice>
  );
}
