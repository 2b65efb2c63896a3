import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { describe, expect, it } from 'vitest';
import type { NotificationFacts } from '@/app';
import { describeError, makeI18n } from '@/i18n';
import { notificationRenderers } from './notifications';

const fr = makeI18n('fr');
const en = makeI18n('en');
const ME = '5a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';
const PROPOSAL = '3f0c1d2e-4b5a-4c6d-8e7f-9a0b1c2d3e4f';
const COMMENT = '0f1e2d3c-4b5a-4968-8776-a5b4c3d2e1f0';
const UNTIL = '2026-03-14T16:30:00.000Z';
const longDateTime = (lang: string) => new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeStyle: 'short' }).format(new Date(UNTIL));

const render = (n: NotificationFacts, lang: 'fr' | 'en') => {
  const renderer = notificationRenderers[n.kind];
  if (!renderer) throw new Error(`no renderer for ${n.kind}`);
  return renderer(n, lang === 'fr' ? fr : en);
};
const account = (kind: string, payload: Record<string, unknown>): NotificationFacts => ({
  kind,
  targetType: 'ACCOUNT',
  targetId: ME,
  payload,
});

describe('moderation notifications', () => {
  it('tells an author their comment was hidden, with the moderator’s reason, linking to it', () => {
    const n = account('CONTENT_HIDDEN', {
      contentType: 'COMMENT',
      contentId: COMMENT,
      title: null,
      excerpt: 'Des mots qui blessent',
      contextType: 'PROPOSAL',
      contextTitle: 'Des bancs au jardin',
      path: `/proposals/${PROPOSAL}#comment-${COMMENT}`,
      reason: 'Propos injurieux envers un voisin.',
      ground: 'ABUSE',
    });
    expect(render(n, 'fr')).toEqual({
      text: 'La modération a masqué votre commentaire sur « Des bancs au jardin ».',
      message: 'Propos injurieux envers un voisin.',
      link: { to: `/proposals/${PROPOSAL}#comment-${COMMENT}`, label: 'Voir le contenu' },
    });
    expect(render(n, 'en').text).toBe('Moderation hid your comment on “Des bancs au jardin”.');
  });

  it('names a proposal, a topic and a photo’s request, and falls back for a kind it does not know', () => {
    const proposal = account('CONTENT_RESTORED', {
      contentType: 'PROPOSAL',
      title: 'Des bancs',
      path: `/proposals/${PROPOSAL}`,
      reason: null,
    });
    expect(render(proposal, 'fr')).toEqual({
      text: 'La modération a rétabli votre proposition « Des bancs ».',
      message: null,
      link: { to: `/proposals/${PROPOSAL}`, label: 'Voir le contenu' },
    });
    expect(render(account('CONTENT_HIDDEN', { contentType: 'FORUM_TOPIC', title: 'Fête' }), 'en').text).toBe(
      'Moderation hid your topic “Fête”.',
    );
    expect(render(account('CONTENT_HIDDEN', { contentType: 'SERVICE_REQUEST_PHOTO', contextTitle: 'PAR-2026-000012' }), 'fr').text).toBe(
      'La modération a masqué une de vos photos sur la demande PAR-2026-000012.',
    );
    const unknown = render(account('CONTENT_HIDDEN', { contentType: 'BUDGET_PROJECT', title: 'x', path: 'https://evil.example/' }), 'fr');
    expect(unknown).toEqual({ text: 'La modération a masqué un de vos contenus.', message: null, link: null });
    expect(render(account('CONTENT_HIDDEN', { contentType: 'COMMENT', path: '//evil.example' }), 'en')).toEqual({
      text: 'Moderation hid your comment.',
      message: null,
      link: null,
    });
  });

  it('tells a suspended account until when and why, and when it is lifted', () => {
    const suspended = render(account('ACCOUNT_SUSPENDED', { until: UNTIL, reason: 'Insultes répétées.' }), 'fr');
    expect(suspended).toEqual({
      text: `Votre compte est suspendu jusqu’au ${longDateTime('fr')} : vous pouvez lire mais pas publier.`,
      message: 'Insultes répétées.',
      link: null,
    });
    expect(render(account('ACCOUNT_SUSPENDED', { until: 'bientôt' }), 'en').text).toBe(
      'Your account is suspended: you can read but not post.',
    );
    expect(render(account('SUSPENSION_LIFTED', { reason: null }), 'en')).toEqual({
      text: 'The suspension of your account is lifted: you can take part again.',
      message: null,
      link: null,
    });
  });
});

describe('the ACCOUNT_SUSPENDED error', () => {
  it('names the end date in the reader’s language, and the moderator’s reason', () => {
    const error = new CombinedGraphQLErrors({
      data: null,
      errors: [
        {
          message: 'ACCOUNT_SUSPENDED',
          extensions: { code: 'FORBIDDEN', reason: 'ACCOUNT_SUSPENDED', suspendedUntil: UNTIL, suspensionReason: 'Insultes répétées.' },
        },
      ],
    });
    expect(describeError(error, fr.t)?.message).toBe(
      `Votre compte est suspendu jusqu’au ${longDateTime('fr')} : vous pouvez lire, mais pas publier, commenter, soutenir ni voter d’ici là. Motif : « Insultes répétées. ».`,
    );
    expect(describeError(error, en.t)?.message).toContain(`suspended until ${longDateTime('en')}`);
    expect(describeError(error, fr.t)?.message).toContain('14 mars 2026');
  });
});
