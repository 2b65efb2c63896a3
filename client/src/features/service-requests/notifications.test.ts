import { describe, expect, it } from 'vitest';
import type { NotificationFacts } from '@/app';
import { makeI18n, type I18n } from '@/i18n';
import { notificationRenderers } from './notifications';

const fr = makeI18n('fr');
const en = makeI18n('en');
const ID = '5d6e7f80-1a2b-4c3d-8e9f-0a1b2c3d4e5f';

const request = (kind: string, payload: Record<string, unknown>): NotificationFacts => ({
  kind,
  targetType: 'SERVICE_REQUEST',
  targetId: ID,
  payload: { reference: 'PAR-2026-000123', ...payload },
});

const render = (n: NotificationFacts, i18n: I18n) => {
  const renderer = notificationRenderers[n.kind];
  if (!renderer) throw new Error(`no renderer for ${n.kind}`);
  return renderer(n, i18n);
};

describe('service request notifications', () => {
  const cases: [string, Record<string, unknown>, string, string, string | null][] = [
    [
      'SERVICE_REQUEST_STATUS_CHANGED',
      { fromStatus: 'SUBMITTED', toStatus: 'RESOLVED', message: 'Lampadaire réparé.' },
      'La demande PAR-2026-000123 a changé de statut : Résolue.',
      'Request PAR-2026-000123 has a new status: Resolved.',
      'Lampadaire réparé.',
    ],
    [
      'SERVICE_REQUEST_PUBLIC_UPDATE',
      { message: 'Intervention prévue lundi.' },
      'Nouvelle information de la mairie sur la demande PAR-2026-000123.',
      'New update from the town hall on request PAR-2026-000123.',
      'Intervention prévue lundi.',
    ],
    [
      'SERVICE_REQUEST_REOPENED',
      { message: 'Toujours en panne.' },
      'La demande PAR-2026-000123 a été rouverte par la personne qui l’a faite.',
      'Request PAR-2026-000123 was reopened by the person who filed it.',
      'Toujours en panne.',
    ],
    [
      'SERVICE_REQUEST_RESIDENT_REPLIED',
      { message: 'not shown' },
      'La personne qui a fait la demande PAR-2026-000123 a répondu.',
      'The person who filed request PAR-2026-000123 has answered.',
      null,
    ],
    [
      'SERVICE_REQUEST_ASSIGNED',
      {},
      'La demande PAR-2026-000123 vous a été attribuée.',
      'Request PAR-2026-000123 was assigned to you.',
      null,
    ],
    [
      'SERVICE_REQUEST_RATED',
      { rating: 4 },
      'La demande PAR-2026-000123 a reçu la note de 4 sur 5.',
      'Request PAR-2026-000123 was rated 4 out of 5.',
      null,
    ],
  ];

  it.each(cases)('%s %j reads as a sentence in French and English, with its message', (kind, payload, french, english, message) => {
    const n = request(kind, payload);
    const { text, message: shown } = render(n, fr);
    expect({ text: text.replace(/[\u00a0\u202f]/g, ' '), message: shown }).toEqual({ text: french, message });
    expect(render(n, en).text.replace(/[\u00a0\u202f]/g, ' ')).toBe(english);
    expect(render(n, fr).link).toEqual({ to: `/service-requests/${ID}`, label: 'Voir la demande PAR-2026-000123' });
  });

  it('leads the followers of a duplicate to the original, which they now follow', () => {
    const n = request('SERVICE_REQUEST_MARKED_DUPLICATE', { originalId: 'orig-1', originalReference: 'PAR-2026-000100' });
    expect(render(n, fr)).toEqual({
      text: 'La demande PAR-2026-000123 a été fusionnée avec la demande PAR-2026-000100, que vous suivez désormais.',
      message: null,
      link: { to: '/service-requests/orig-1', label: 'Voir la demande PAR-2026-000100' },
    });
  });

  it('names the request in its link only when the payload has its reference', () => {
    expect(render({ ...request('SERVICE_REQUEST_ASSIGNED', {}), payload: {} }, en).link).toEqual({
      to: `/service-requests/${ID}`,
      label: 'See the request',
    });
  });
});
