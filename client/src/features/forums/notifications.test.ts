import { describe, expect, it } from 'vitest';
import type { NotificationFacts } from '@/app';
import { makeI18n } from '@/i18n';
import { notificationRenderers } from './notifications';

const fr = makeI18n('fr');
const en = makeI18n('en');
const FORUM = '0f1e2d3c-4b5a-4968-8776-a5b4c3d2e1f0';
const TOPIC = '3f0c1d2e-4b5a-4c6d-8e7f-9a0b1c2d3e4f';

const render = (n: NotificationFacts, lang: 'fr' | 'en') => {
  const renderer = notificationRenderers[n.kind];
  if (!renderer) throw new Error(`no renderer for ${n.kind}`);
  return renderer(n, lang === 'fr' ? fr : en);
};

describe('forum notifications', () => {
  it('tells a forum’s followers of a new topic, linking to the topic', () => {
    const n: NotificationFacts = {
      kind: 'FORUM_TOPIC_CREATED',
      targetType: 'FORUM',
      targetId: FORUM,
      payload: { forumTitle: 'Mobilités', topicId: TOPIC, title: 'Des arceaux vélo' },
    };
    expect(render(n, 'fr')).toEqual({
      text: 'Nouveau sujet dans le forum « Mobilités » : « Des arceaux vélo ».',
      message: null,
      link: { to: `/forums/topics/${TOPIC}`, label: 'Voir le sujet « Des arceaux vélo »' },
    });
    expect(render(n, 'en').text).toBe('New topic in the forum “Mobilités”: “Des arceaux vélo”.');
  });

  it('tells a topic’s followers of comments and replies, without their text', () => {
    const base = { kind: 'FORUM_TOPIC_COMMENTED', targetType: 'FORUM_TOPIC', targetId: TOPIC };
    const comment = render({ ...base, payload: { title: 'Fête des voisins', commentId: 'c', parentId: null } }, 'fr');
    expect(comment).toEqual({
      text: 'Nouveau commentaire sur le sujet « Fête des voisins ».',
      message: null,
      link: { to: `/forums/topics/${TOPIC}`, label: 'Voir le sujet « Fête des voisins »' },
    });
    const reply = render({ ...base, payload: { title: 'Fête des voisins', commentId: 'r', parentId: 'c' } }, 'en');
    expect(reply.text).toBe('New reply in the topic “Fête des voisins”.');
    // A payload without a title still reads, and still links.
    expect(render({ ...base, payload: {} }, 'fr').link).toEqual({ to: `/forums/topics/${TOPIC}`, label: 'Voir le sujet' });
  });
});
