import { describe, expect, it } from 'vitest';
import type { NotificationFacts } from '@/app';
import { makeI18n, type I18n } from '@/i18n';
import { notificationRenderers } from './notifications';

const fr = makeI18n('fr');
const en = makeI18n('en');
const TITLE = 'Des bancs au jardin public';
const ID = '3f0c1d2e-4b5a-4c6d-8e7f-9a0b1c2d3e4f';

const proposal = (kind: string, payload: Record<string, unknown>): NotificationFacts => ({
  kind,
  targetType: 'PROPOSAL',
  targetId: ID,
  payload: { title: TITLE, ...payload },
});

const render = (n: NotificationFacts, i18n: I18n) => {
  const renderer = notificationRenderers[n.kind];
  if (!renderer) throw new Error(`no renderer for ${n.kind}`);
  return renderer(n, i18n);
};
const notificationText = (n: NotificationFacts, i18n: I18n) => {
  const { text, message } = render(n, i18n);
  return { text, message };
};
const notificationTarget = (n: NotificationFacts, i18n: I18n) => render(n, i18n).link;

/** Spaces as the catalogs and Intl write them (narrow no-break before « % »), made plain for reading. */
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

describe('proposal notifications', () => {
  const cases: [string, Record<string, unknown>, string, string, string | null][] = [
    [
      'PROPOSAL_UNDER_REVIEW',
      { cause: 'THRESHOLD_REACHED', fromStatus: 'PUBLISHED', toStatus: 'UNDER_REVIEW', message: null, supportCount: 50 },
      `La proposition « ${TITLE} » a atteint le seuil de 50 soutiens : elle passe à l’étude.`,
      `The proposal “${TITLE}” reached the threshold of 50 supports: it goes under review.`,
      null,
    ],
    [
      'PROPOSAL_UNDER_REVIEW',
      { cause: 'COUNCIL', fromStatus: 'PUBLISHED', toStatus: 'UNDER_REVIEW', message: 'Nous l’étudions.', supportCount: 3 },
      `Le conseil municipal a mis à l’étude la proposition « ${TITLE} ».`,
      `The town council put the proposal “${TITLE}” under review.`,
      'Nous l’étudions.',
    ],
    [
      'PROPOSAL_ANSWERED',
      { fromStatus: 'UNDER_REVIEW', toStatus: 'REJECTED', message: 'Le budget manque.' },
      `Réponse du conseil municipal à la proposition « ${TITLE} » : Refusée.`,
      `Answer of the town council to the proposal “${TITLE}”: Rejected.`,
      'Le budget manque.',
    ],
    [
      'PROPOSAL_PROGRESS',
      { progress: 30, fromStatus: 'ACCEPTED', toStatus: 'IN_PROGRESS', message: 'Étude terminée.' },
      `La réalisation de la proposition « ${TITLE} » a commencé : 30 % réalisé.`,
      `Work on the proposal “${TITLE}” has started: 30% done.`,
      'Étude terminée.',
    ],
    [
      'PROPOSAL_PROGRESS',
      { progress: 60, fromStatus: null, toStatus: null, message: 'Bancs commandés.' },
      `Point d’avancement sur la proposition « ${TITLE} » : 60 % réalisé.`,
      `Progress update on the proposal “${TITLE}”: 60% done.`,
      'Bancs commandés.',
    ],
    [
      'PROPOSAL_COMPLETED',
      { progress: 100, fromStatus: 'IN_PROGRESS', toStatus: 'COMPLETED', message: 'Les bancs sont posés.' },
      `La proposition « ${TITLE} » est réalisée.`,
      `The proposal “${TITLE}” is completed.`,
      'Les bancs sont posés.',
    ],
    [
      'PROPOSAL_WITHDRAWN',
      { fromStatus: 'PUBLISHED', toStatus: 'WITHDRAWN' },
      `La proposition « ${TITLE} » a été retirée par son auteur·e.`,
      `The proposal “${TITLE}” was withdrawn by its author.`,
      null,
    ],
    [
      'PROPOSAL_COMMENTED',
      { commentId: 'c1', parentId: null },
      `Nouveau commentaire sur votre proposition « ${TITLE} ».`,
      `New comment on your proposal “${TITLE}”.`,
      null,
    ],
    [
      'PROPOSAL_COMMENTED',
      { commentId: 'c2', parentId: 'c1' },
      `Nouvelle réponse à un commentaire sur votre proposition « ${TITLE} ».`,
      `New reply to a comment on your proposal “${TITLE}”.`,
      null,
    ],
  ];

  it.each(cases)('%s %j reads as a sentence in French and English, with its message', (kind, payload, french, english, message) => {
    const n = proposal(kind, payload);
    expect({ ...notificationText(n, fr), text: plain(notificationText(n, fr).text) }).toEqual({ text: french, message });
    expect(plain(notificationText(n, en).text)).toBe(english);
  });

  it('says one support in the singular', () => {
    const n = proposal('PROPOSAL_UNDER_REVIEW', { cause: 'THRESHOLD_REACHED', supportCount: 1, message: null });
    expect(notificationText(n, fr).text).toBe(`La proposition « ${TITLE} » a atteint le seuil de 1 soutien : elle passe à l’étude.`);
  });

  it('leads every proposal notification to the proposal, named by its title', () => {
    for (const [kind, payload] of cases) {
      expect(notificationTarget(proposal(kind, payload), fr)).toEqual({
        to: `/proposals/${ID}`,
        label: `Voir la proposition « ${TITLE} »`,
      });
    }
    expect(notificationTarget(proposal('PROPOSAL_WITHDRAWN', {}), en)?.label).toBe(`See the proposal “${TITLE}”`);
  });

  it('leads to the proposal even without a title in the payload', () => {
    expect(notificationTarget({ ...proposal('PROPOSAL_COMPLETED', {}), payload: {} }, fr)).toEqual({
      to: `/proposals/${ID}`,
      label: 'Voir la proposition',
    });
  });
});
