import { featureNotificationRenderers, type NotificationFacts, type NotificationRenderer, type NotificationView } from '@/app';
import type { I18n } from '@/i18n';

/** A payload's value as text ('' when absent or not text): payloads are plain facts, never trusted to be typed. */
export const payloadText = (v: unknown): string => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '');

/** A payload's value as a finite number, or null. */
export const payloadNumber = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);

/**
 * A notification in words, by the feature that wrote its kind (`features/<name>/notifications.ts`):
 * this feature knows no kind and no target type. A kind no feature renders (a newer server) still
 * reads as a generic sentence, without a link.
 */
export function notificationView(
  n: NotificationFacts,
  i18n: Pick<I18n, 't' | 'formatNumber'>,
  renderers: ReadonlyMap<string, NotificationRenderer> = featureNotificationRenderers,
): NotificationView {
  const render = renderers.get(n.kind);
  return render ? render(n, i18n) : { text: i18n.t('notifications.unknownKind'), message: null, link: null };
}
