import type { Page } from 'playwright-core';
import { linkIn, TestSmtpServer } from '../harness/smtp';
import { BrowserHarness } from './harness';

/** The narrowest phone the platform is tested at. */
const NARROW = { width: 360, height: 740 };

/** Password reset and address verification through the built client, at 360 px, reading the e-mails a real SMTP server receives. */
describe('accounts by e-mail in the browser', () => {
  let h: BrowserHarness;
  let smtp: TestSmtpServer;

  beforeAll(async () => {
    smtp = await TestSmtpServer.start();
    h = await BrowserHarness.start({ SMTP_URL: smtp.url });
  });
  afterAll(async () => {
    await h?.close();
    await smtp?.stop();
  });

  /** The text of the focused element, once the focus has left the body (it moves just after the result shows). */
  const focusedText = async (page: Page) => {
    await page.waitForFunction(() => document.activeElement && document.activeElement !== document.body);
    return page.evaluate(() => document.activeElement?.textContent ?? '');
  };
  const pathOf = (url: string) => {
    const u = new URL(url);
    return `${u.pathname}${u.search}`;
  };

  it('forgot password → e-mail → reset page → sign in with the new password', async () => {
    const user = await h.t.factories.resident({ displayName: 'Odile Martin' });
    const page = await h.newPage(NARROW);
    await h.visit(page, '/sign-in');
    await page.getByRole('link', { name: 'Mot de passe oublié ?' }).click();
    await h.expectHeading(page, 'Mot de passe oublié');
    await h.checkA11y(page);

    await page.getByLabel('Adresse e-mail').fill(user.email);
    await page.getByRole('button', { name: 'Envoyer le lien' }).click();
    await page.getByText(`Si un compte utilise l’adresse ${user.email}`).waitFor();
    // The result takes the focus, so it is read at once.
    expect(await focusedText(page)).toContain('un lien vient de lui être envoyé');
    await h.checkA11y(page);

    const mail = await smtp.waitForMail((m) => m.to === user.email);
    expect(mail.subject).toBe('Réinitialisez votre mot de passe');
    const link = linkIn(mail.text, '/reset-password');
    await h.visit(page, pathOf(link.url));
    await h.expectHeading(page, 'Choisir un nouveau mot de passe');

    await page.getByLabel('Nouveau mot de passe').fill('court');
    await page.getByRole('button', { name: 'Enregistrer le nouveau mot de passe' }).click();
    await page.getByRole('alert').waitFor();
    expect(await page.evaluate(() => document.activeElement?.classList.contains('p-form-error'))).toBe(true);
    await h.checkA11y(page);

    await page.getByLabel('Nouveau mot de passe').fill('un tout nouveau mot de passe');
    await page.getByRole('button', { name: 'Enregistrer le nouveau mot de passe' }).click();
    await page.waitForURL((url) => url.pathname === '/sign-in');
    await page.getByText('Votre mot de passe a été changé et toutes vos sessions fermées').waitFor();
    await h.checkA11y(page);
    const sessions = await h.t.sql(`SELECT count(*)::int AS n FROM sessions WHERE user_id = $1 AND revoked_at IS NULL`, [user.id]);
    expect(sessions[0].n).toBe(0);

    await h.signIn(page, { email: user.email, password: 'un tout nouveau mot de passe' });
    await page.getByText('Bonjour Odile Martin, vous êtes connecté·e.').waitFor();
    await h.checkA11y(page);

    // The link works once.
    await h.visit(page, pathOf(link.url));
    await page.getByLabel('Nouveau mot de passe').fill('encore un autre mot de passe');
    await page.getByRole('button', { name: 'Enregistrer le nouveau mot de passe' }).click();
    await page.getByRole('alert').getByText('Ce lien a déjà servi').waitFor();
    await h.checkA11y(page);
  });

  it('a new account is reminded to verify its address, sends the link again, follows it, and its e-mails follow the language', async () => {
    const page = await h.newPage(NARROW);
    const email = `lea-${Date.now()}@example.test`;
    await h.visit(page, '/sign-up');
    await page.getByLabel('Nom affiché').fill('Léa Petit');
    await page.getByLabel('Adresse e-mail').fill(email);
    await page.getByLabel('Mot de passe').fill('une phrase assez longue');
    await page.getByRole('button', { name: 'Créer mon compte' }).click();
    await page.waitForURL((url) => url.pathname === '/');
    const banner = page.locator('#verify-email-banner');
    await banner.getByText(`Confirmez votre adresse e-mail (${email})`).waitFor();
    await h.checkA11y(page);
    const [created] = await h.t.sql(`SELECT id, locale FROM users WHERE email = $1`, [email]);
    expect(created.locale).toBe('fr');
    const first = await smtp.waitForMail((m) => m.to === email);
    expect(first.subject).toBe('Confirmez votre adresse e-mail');

    await banner.getByRole('button', { name: 'Renvoyer le lien' }).click();
    await banner.getByText(`Un nouveau lien a été envoyé à ${email}.`).waitFor();
    expect(await focusedText(page)).toBe(`Un nouveau lien a été envoyé à ${email}.`);
    await h.checkA11y(page);
    await h.t.jobsDone();
    const mails = smtp.to(email);
    expect(mails).toHaveLength(2);

    await h.visit(page, pathOf(linkIn(mails[1].text, '/verify-email').url));
    await h.expectHeading(page, 'Confirmation de l’adresse e-mail');
    await page.getByText('Votre adresse e-mail est confirmée. Merci !').waitFor();
    expect(await focusedText(page)).toContain('Votre adresse e-mail est confirmée.');
    await h.checkA11y(page);
    expect(await banner.count()).toBe(0);

    // The account page: change of address and the e-mails' language.
    await h.visit(page, '/account');
    await page.getByRole('heading', { name: 'Changer d’adresse e-mail' }).waitFor();
    await page.getByRole('heading', { name: 'Langue des e-mails' }).waitFor();
    // Switching the interface to English switches the e-mails too.
    await page.getByRole('banner').getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { name: 'Language of e-mails' }).waitFor();
    let locale = '';
    for (let i = 0; i < 50 && locale !== 'en'; i++) {
      locale = (await h.t.sql(`SELECT locale FROM users WHERE id = $1`, [created.id]))[0].locale;
      if (locale !== 'en') await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(locale).toBe('en');
    await h.checkA11y(page);
  });
});
