import { describe, expect, it } from 'vitest';
import type { NotificationFacts } from '@/app';
import { makeI18n, type I18n } from '@/i18n';
import { notificationRenderers } from './notifications';

const fr = makeI18n('fr');
const en = makeI18n('en');
const TITLE = 'Le réaménagement de la place';
const ID = '3f0c1d2e-4b5a-4c6d-8e7f-9a0b1c2d3e4f';

const consultation = (kind: string, payload: Record<string, unknown>): NotificationFacts => ({
  kind,
  targetType: 'CONSULTATION',
  targetId: ID,
  payload: { title: TITLE, ...payload },
});

const render = (n: NotificationFacts, i18n: I18n) => {
  const renderer = notificationRenderers[n.kind];
  if (!renderer) throw new Error(`no renderer for ${n.kind}`);
  return renderer(n, i18n);
};

describe('consultation notifications', () => {
  it('says a conclusion was published, with the conclusion as its message, in French and English', () => {
    const n = consultation('CONSULTATION_CONCLUSION_PUBLISHED', { conclusion: 'Les arbres seront plantés en mars.' });
    expect(render(n, fr)).toEqual({
      text: `Le conseil municipal a publié la conclusion de la consultation « ${TITLE} ».`,
      message: 'Les arbres seront plantés en mars.',
      link: { to: `/consultations/${ID}`, label: `Voir la consultation « ${TITLE} »` },
    });
    expect(render(n, en).text).toBe(`The council published the conclusion of the consultation “${TITLE}”.`);
  });

  it('tells a comment from a reply and links to the consultation', () => {
    const comment = render(consultation('CONSULTATION_COMMENTED', { commentId: 'c1', parentId: null }), fr);
    expect(comment.text).toBe(`Nouveau commentaire sur la consultation « ${TITLE} ».`);
    expect(comment.message).toBeNull();
    expect(comment.link?.to).toBe(`/consultations/${ID}`);
    const reply = render(consultation('CONSULTATION_COMMENTED', { commentId: 'c2', parentId: 'c1' }), en);
    expect(reply.text).toBe(`New reply to a comment on the consultation “${TITLE}”.`);
  });

  it('still reads without a title', () => {
    const n: NotificationFacts = { kind: 'CONSULTATION_COMMENTED', targetType: 'CONSULTATION', targetId: ID, payload: {} };
    expect(render(n, fr).link?.label).toBe('Voir la consultation');
  });
});
