import { renderMail } from '../mail/templates';
import { digestMail, notificationMail } from './notification-mail.templates';
import { UnsubscribeTokens } from './unsubscribe-token';

describe('notification e-mail templates', () => {
  const layout = { siteName: 'Ville de Parvis', baseUrl: 'https://parvis.example' };
  const evil = 'Des <b>bancs</b> & "chaises" <script>alert(1)</script>';

  it('escapes every value in the HTML part and keeps the text part plain', () => {
    const mail = renderMail(
      notificationMail,
      'fr',
      {
        displayName: 'Léa',
        lines: { subject: `Réponse à « ${evil} »`, sentence: `Réponse à « ${evil} ».`, quote: '<img src=x onerror=alert(1)>' },
        url: 'https://parvis.example/proposals/1?a=1&b="2"',
        kindLabel: 'Réponses',
        unsubscribeUrl: 'https://parvis.example/unsubscribe?token=a.b.c',
        preferencesUrl: 'https://parvis.example/account/notifications',
      },
      layout,
    );
    expect(mail.html).not.toMatch(/<script|<b>|<img/);
    expect(mail.html).toContain('Des &lt;b&gt;bancs&lt;/b&gt; &amp; &quot;chaises&quot;');
    expect(mail.html).toContain('href="https://parvis.example/proposals/1?a=1&amp;b=&quot;2&quot;"');
    expect(mail.text).toContain(`Réponse à « ${evil} ».`);
    expect(mail.text).toContain('> <img src=x onerror=alert(1)>');
    expect(mail.text).toContain('Ne plus recevoir ces e-mails: https://parvis.example/unsubscribe?token=a.b.c');
    expect(mail.html).toContain('lang="fr"');
  });

  it('writes the digest with every item and counts the rest', () => {
    const item = (n: number) => ({ lines: { subject: `s${n}`, sentence: `Item ${n} <x>.` }, url: `https://p.example/${n}` });
    const mail = renderMail(
      digestMail,
      'en',
      {
        displayName: 'Lea',
        items: [item(1), item(2), item(3)],
        more: 2,
        unsubscribeUrl: 'https://p.example/unsubscribe?token=t',
        preferencesUrl: 'https://p.example/account/notifications',
        notificationsUrl: 'https://p.example/notifications',
      },
      layout,
    );
    expect(mail.subject).toBe('Your daily digest: 5 new items');
    expect(mail.text).toMatch(/- Item 1 <x>\.[\s\S]*- Item 2 <x>\.[\s\S]*- Item 3 <x>\./);
    expect(mail.text).toContain('… and 2 more notifications.');
    expect((mail.html.match(/<li>/g) ?? []).length).toBe(3);
    expect(mail.html).toContain('Item 1 &lt;x&gt;.');
  });
});

describe('unsubscribe tokens', () => {
  const tokens = new UnsubscribeTokens({ JWT_SECRET: 'x'.repeat(40) } as never);
  const userId = '00000000-0000-4000-8000-000000000001';

  it('verifies what it signed and nothing else', () => {
    const token = tokens.sign({ userId, kind: 'PROPOSAL_ANSWERED' });
    expect(tokens.verify(token)).toEqual({ userId, kind: 'PROPOSAL_ANSWERED' });
    const [, , signature] = token.split('.');
    // Another kind or user with the same signature, an altered signature, another key, junk.
    expect(tokens.verify(`${userId}.PROPOSAL_COMMENTED.${signature}`)).toBeNull();
    expect(tokens.verify(`00000000-0000-4000-8000-000000000002.PROPOSAL_ANSWERED.${signature}`)).toBeNull();
    expect(tokens.verify(token.slice(0, -1) + (token.endsWith('A') ? 'B' : 'A'))).toBeNull();
    expect(new UnsubscribeTokens({ JWT_SECRET: 'y'.repeat(40) } as never).verify(token)).toBeNull();
    for (const junk of ['', 'a.b.c', `${token}.x`, 42, null, 'x'.repeat(500)]) expect(tokens.verify(junk)).toBeNull();
  });
});
