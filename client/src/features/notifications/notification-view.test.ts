import { describe, expect, it } from 'vitest';
import type { NotificationRenderer } from '@/app';
import { makeI18n } from '@/i18n';
import { notificationView } from './notification-view';

const fr = makeI18n('fr');
const en = makeI18n('en');
const facts = (kind: string) => ({ kind, targetType: 'SOMETHING', targetId: 't1', payload: { message: 'Bonjour' } });

describe('notificationView', () => {
  it('asks the renderer its feature registered for the kind', () => {
    const renderers = new Map<string, NotificationRenderer>([
      [
        'THING_HAPPENED',
        (n, { t }) => ({ text: `${t('notifications.title')} ${n.targetId}`, message: null, link: { to: '/x', label: 'X' } }),
      ],
    ]);
    expect(notificationView(facts('THING_HAPPENED'), fr, renderers)).toEqual({
      text: 'Notifications t1',
      message: null,
      link: { to: '/x', label: 'X' },
    });
  });

  it('still says something, without a link, for a kind no feature renders', () => {
    expect(notificationView(facts('SOMETHING_NEW'), fr, new Map())).toEqual({
      text: 'Du nouveau sur un élément que vous suivez.',
      message: null,
      link: null,
    });
    expect(notificationView(facts('SOMETHING_NEW'), en).text).toBe('Something new about something you follow.');
  });
});
