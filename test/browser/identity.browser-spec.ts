import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { BrowserHarness, DESKTOP } from './harness';

/** Identity, i18n and admin journeys through the built client, in Chromium, axe on every page. */
describe('identity in the browser', () => {
  let h: BrowserHarness;
  beforeAll(async () => {
    h = await BrowserHarness.start();
  });
  afterAll(() => h?.close());

  const header = (page: Page) => page.getByRole('banner');
  const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '');

  it('a visitor signs up (after fixing field errors), signs out, signs in again and manages their sessions', async () => {
    const page = await h.newPage();
    await h.visit(page, '/');
    await h.expectHeading(page, 'Parvis, la place publique de votre commune');

    // Client-side navigation moves focus to the new page's h1.
    await h.openMenu(page);
    await header(page).getByRole('link', { name: 'Créer un compte' }).click();
    await h.expectHeading(page, 'Créer un compte');
    expect(await focusedId(page)).toBe('page-title');
    await h.checkA11y(page);

    const email = `jeanne-${Date.now()}@example.test`;
    await page.getByLabel('Nom affiché').fill('Jeanne Martin');
    await page.getByLabel('Adresse e-mail').fill('jeanne-at-example');
    await page.getByLabel('Mot de passe').fill('court');
    await page.getByLabel('Quartier').selectOption('Saint-Jean');
    await page.getByRole('button', { name: 'Créer mon compte' }).click();

    const summary = page.getByRole('alert');
    await expect(summary.textContent()).resolves.toBeTruthy();
    await summary.getByText('Le formulaire contient 2 erreurs').waitFor();
    const emailField = page.getByLabel('Adresse e-mail');
    const passwordField = page.getByLabel('Mot de passe');
    expect(await emailField.getAttribute('aria-invalid')).toBe('true');
    expect(await passwordField.getAttribute('aria-invalid')).toBe('true');
    expect(await emailField.evaluate(describedBy)).toContain('Saisissez une adresse e-mail valide');
    expect(await passwordField.evaluate(describedBy)).toContain('au moins 10 caractères');
    expect(await page.getByLabel('Nom affiché').getAttribute('aria-invalid')).toBeNull();
    // The summary takes focus so the errors are read first; its links lead to the fields.
    expect(await page.evaluate(() => document.activeElement?.classList.contains('p-form-error'))).toBe(true);
    await summary.getByRole('link', { name: /au moins 10 caractères/ }).click();
    expect(await focusedId(page)).toBe('field-input-password');
    await h.checkA11y(page);
    expect(await h.t.sql('SELECT id FROM users WHERE email = $1', [email])).toHaveLength(0);

    await emailField.fill(email);
    await passwordField.fill('une phrase assez longue');
    await page.getByRole('button', { name: 'Créer mon compte' }).click();
    await page.waitForURL((url) => url.pathname === '/');
    await page.getByText('Bienvenue Jeanne Martin ! Votre compte est créé').waitFor();
    await h.openMenu(page);
    await header(page)
      .getByRole('link', { name: /Mon compte/ })
      .waitFor();
    await h.checkA11y(page);
    const [created] = await h.t.sql('SELECT id, district FROM users WHERE email = $1', [email]);
    expect(created.district).toBe('Saint-Jean');
    expect(await page.evaluate(() => localStorage.getItem('parvis.refreshToken'))).toBeTruthy();

    await h.openMenu(page);
    await header(page).getByRole('button', { name: 'Se déconnecter' }).click();
    await page.getByText('Vous êtes déconnecté·e').waitFor();
    await h.openMenu(page);
    await header(page).getByRole('link', { name: 'Se connecter' }).waitFor();
    expect(await page.evaluate(() => localStorage.getItem('parvis.refreshToken'))).toBeNull();
    const live = await h.t.sql('SELECT count(*)::int AS n FROM sessions WHERE user_id = $1 AND revoked_at IS NULL', [created.id]);
    expect(live[0].n).toBe(0);
    await h.checkA11y(page);

    // A wrong password is refused with a translated message, then the right one signs in.
    await h.visit(page, '/sign-in');
    await page.getByLabel('Adresse e-mail').fill(email);
    await page.getByLabel('Mot de passe').fill('pas le bon mot de passe');
    await page.getByRole('main').getByRole('button', { name: 'Se connecter' }).click();
    await page.getByRole('alert').getByText('Adresse e-mail ou mot de passe incorrect.').waitFor();
    await h.checkA11y(page);
    await h.signIn(page, { email, password: 'une phrase assez longue' });
    await page.getByText('Bonjour Jeanne Martin, vous êtes connecté·e.').waitFor();

    // A second device signs in (through the API), then shows up on the account page.
    await h.t.gqlOk(`mutation($i: LoginInput!) { login(input: $i) { accessToken } }`, {
      i: { email, password: 'une phrase assez longue' },
    });
    await h.openMenu(page);
    await header(page)
      .getByRole('link', { name: /Mon compte/ })
      .click();
    await h.expectHeading(page, 'Mon compte');
    const sessions = page.getByRole('list', { name: 'Mes sessions' });
    await sessions.getByRole('listitem').nth(1).waitFor();
    expect(await sessions.getByRole('listitem').count()).toBe(2);
    await sessions.getByText('Cet appareil').waitFor();
    await page.getByRole('region', { name: 'Mon profil' }).getByText(email).waitFor();
    await h.checkA11y(page);

    await sessions.getByRole('button', { name: /^Fermer la session/ }).click();
    await page.getByText('Session fermée.').waitFor();
    expect(await sessions.getByRole('listitem').count()).toBe(1);
    const stillLive = await h.t.sql('SELECT count(*)::int AS n FROM sessions WHERE user_id = $1 AND revoked_at IS NULL', [created.id]);
    expect(stillLive[0].n).toBe(1);
    await h.checkA11y(page);

    // A reload keeps the session (refresh token in storage, access token renewed).
    await page.reload();
    await h.expectHeading(page, 'Mon compte');
    await page.getByRole('region', { name: 'Mon profil' }).getByText('Jeanne Martin').waitFor();
    await h.checkA11y(page);
  });

  it('speaks French by default and switches to English, remembered across visits', async () => {
    const page = await h.newPage(DESKTOP);
    await h.visit(page, '/');
    expect(await page.getAttribute('html', 'lang')).toBe('fr');
    await h.openMenu(page);
    await header(page).getByRole('button', { name: 'English' }).click();
    await h.expectHeading(page, 'Parvis, your commune’s public square');
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await h.openMenu(page);
    await header(page).getByRole('link', { name: 'Create an account' }).waitFor();
    await h.checkA11y(page);

    await h.visit(page, '/sign-up');
    await h.expectHeading(page, 'Create an account');
    await page.getByLabel('E-mail address').fill('nope');
    await page.getByRole('button', { name: 'Create my account' }).click();
    await page
      .getByRole('alert')
      .getByText(/The form has \d+ errors/)
      .waitFor();
    await page.getByText('Enter a valid e-mail address, such as name@example.com.').first().waitFor();
    await h.checkA11y(page);

    await h.visit(page, '/nowhere');
    await h.expectHeading(page, 'Page not found');
    await h.openMenu(page);
    await header(page).getByRole('button', { name: 'Français' }).click();
    await h.expectHeading(page, 'Page introuvable');
    expect(await page.getAttribute('html', 'lang')).toBe('fr');
    await h.checkA11y(page);
  });

  it('an admin creates a department and makes a resident an agent of it', async () => {
    const admin = await h.t.factories.admin();
    const resident = await h.t.factories.resident({ displayName: 'Paul Lefèvre' });
    const page = await h.newPage(DESKTOP);
    await h.signIn(page, admin);

    await h.openMenu(page);
    await header(page).getByRole('link', { name: 'Administration' }).click();
    await h.expectHeading(page, 'Administration');
    await h.checkA11y(page);
    await page.getByRole('main').getByRole('link', { name: 'Services municipaux' }).click();
    await h.expectHeading(page, 'Services municipaux');
    await page.getByText('Aucun service municipal pour l’instant.').waitFor();
    await h.checkA11y(page);

    await page.getByLabel('Code').fill('propreté urbaine');
    await page.getByLabel('Nom', { exact: true }).fill('Propreté urbaine');
    await page.getByRole('button', { name: 'Ajouter le service' }).click();
    await page.getByRole('alert').getByText('Le code doit compter 2 à 40 caractères').waitFor();
    await h.checkA11y(page);
    await page.getByLabel('Code').fill('PROPRETE');
    await page.getByRole('button', { name: 'Ajouter le service' }).click();
    await page.getByText('Service « Propreté urbaine » ajouté.').waitFor();
    await page.getByRole('region', { name: 'Services en activité' }).getByText('Propreté urbaine').waitFor();
    const [department] = await h.t.sql(`SELECT id, name FROM departments WHERE code = 'PROPRETE'`);
    expect(department.name).toBe('Propreté urbaine');
    await h.checkA11y(page);

    await page.getByRole('navigation', { name: 'Rubriques de l’administration' }).getByRole('link', { name: 'Comptes' }).click();
    await h.expectHeading(page, 'Comptes et rôles');
    await page.getByLabel('Nom ou adresse e-mail').fill('Lefèvre');
    await page.getByRole('button', { name: 'Rechercher' }).click();
    await page.getByRole('heading', { name: '1 compte' }).waitFor();
    const card = page.getByRole('article').filter({ has: page.getByRole('heading', { name: 'Paul Lefèvre' }) });
    await card.getByRole('link', { name: 'Gérer le compte de Paul Lefèvre' }).click();
    await h.expectHeading(page, 'Paul Lefèvre');
    await h.checkA11y(page);
    const roles = page.getByRole('region', { name: 'Attribuer ou retirer un rôle' });
    await roles.getByLabel('Rôle à attribuer').selectOption('AGENT');
    await roles.getByLabel('Service municipal').selectOption({ label: 'Propreté urbaine' });
    await h.checkA11y(page);
    await roles.getByRole('button', { name: 'Attribuer' }).click();
    await roles.getByText('Rôle « Agent · Propreté urbaine » attribué à Paul Lefèvre.').waitFor();
    await roles.getByRole('button', { name: 'Retirer le rôle Agent · Propreté urbaine à Paul Lefèvre' }).waitFor();
    const granted = await h.t.sql('SELECT role FROM user_roles WHERE user_id = $1 ORDER BY role', [resident.id]);
    expect(granted.map((r) => r.role)).toEqual(['AGENT', 'RESIDENT']);
    const deps = await h.t.sql('SELECT department_id FROM agent_departments WHERE user_id = $1', [resident.id]);
    expect(deps).toEqual([{ department_id: department.id }]);
    await h.checkA11y(page);
  });

  it('falls back to the visitor view when the session is ended elsewhere', async () => {
    const resident = await h.t.factories.resident({ displayName: 'Nina Roux' });
    const page = await h.newPage();
    await h.signIn(page, resident);
    await h.t.sql(`UPDATE sessions SET revoked_at = now(), revoked_reason = 'REVOKED_BY_USER' WHERE user_id = $1`, [resident.id]);
    // The next request is refused (SESSION_ENDED); the refresh is refused too; the client forgets the
    // session. (Which request comes first — the account page's, or one the open page makes by itself —
    // does not matter: the account page is asked for, and the sign-in page answers.)
    await page.goto(`${h.baseUrl}/account`);
    await h.expectHeading(page, 'Se connecter');
    await h.openMenu(page);
    await header(page).getByRole('link', { name: 'Se connecter' }).waitFor();
    expect(await page.evaluate(() => localStorage.getItem('parvis.refreshToken'))).toBeNull();
    await h.checkA11y(page);
  });

  it('a resident downloads their data, then deletes their account with their password', async () => {
    const resident = await h.t.factories.resident({ displayName: 'Léa Morel' });
    const page = await h.newPage();
    await h.signIn(page, resident);
    await h.visit(page, '/account');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Télécharger mes données' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^parvis-mes-donnees-.*\.json$/);
    const text = readFileSync((await download.path())!, 'utf8');
    expect(JSON.parse(text).account.email).toBe(resident.email);
    await page.getByText('Le fichier de vos données a été téléchargé.').waitFor();
    await h.checkA11y(page);

    await page.getByRole('button', { name: 'Supprimer mon compte…' }).click();
    await page.getByLabel('Votre mot de passe', { exact: true }).fill('not the password');
    await page.getByRole('button', { name: 'Supprimer définitivement mon compte' }).click();
    await page.getByText('Ce n’est pas votre mot de passe.').first().waitFor();
    await h.checkA11y(page);
    await page.getByLabel('Votre mot de passe', { exact: true }).fill(resident.password);
    await page.getByRole('button', { name: 'Supprimer définitivement mon compte' }).click();
    await page.getByText('Votre compte a été supprimé et vous avez été déconnecté·e.').waitFor();
    await h.openMenu(page);
    await header(page).getByRole('link', { name: 'Se connecter' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/');
    await h.checkA11y(page);
    const [row] = await h.t.sql('SELECT email, deleted_at FROM users WHERE id = $1', [resident.id]);
    expect(row.email).toBeNull();
    expect(row.deleted_at).not.toBeNull();

    // Signing in with the old credentials now fails.
    await h.visit(page, '/sign-in');
    await page.getByLabel('Adresse e-mail').fill(resident.email);
    await page.getByLabel('Mot de passe').fill(resident.password);
    await page.getByRole('main').getByRole('button', { name: 'Se connecter' }).click();
    await page.getByText('Adresse e-mail ou mot de passe incorrect.').first().waitFor();
    await h.checkA11y(page);
  });

  it('fails a page with an accessibility violation (the axe check can fail)', async () => {
    const page = await h.newPage();
    await h.visit(page, '/');
    await page.evaluate(() => {
      const input = document.createElement('input');
      input.type = 'text';
      document.querySelector('main')?.append(input);
    });
    await expect(h.checkA11y(page)).rejects.toThrow(/label/);
  });

  it('a resident sees no admin navigation and is turned away from admin pages; visitors are sent to sign in', async () => {
    const resident = await h.t.factories.resident();
    const page = await h.newPage();
    await h.signIn(page, resident);
    await h.expectHeading(page, 'Parvis, la place publique de votre commune');
    expect(await header(page).getByRole('link', { name: 'Administration' }).count()).toBe(0);
    await h.visit(page, '/admin/users');
    await h.expectHeading(page, 'Accès réservé');
    // The server refuses anyway: the page was hidden, the operation is forbidden.
    const res = await h.t.gql('{ users(first: 5) { totalCount } }', {}, resident.token);
    expect(res.errors?.[0]?.extensions.code).toBe('FORBIDDEN');

    const visitor = await h.newPage();
    await h.visit(visitor, '/account');
    await h.expectHeading(visitor, 'Se connecter');
    expect(new URL(visitor.url()).searchParams.get('next')).toBe('/account');
    await visitor.getByText('Connectez-vous pour accéder à cette page.').waitFor();
  });
});

/** The text of the elements that describe `el` (its hint and error), as a screen reader reads them. */
function describedBy(el: Element): string {
  return (el.getAttribute('aria-describedby') ?? '')
    .split(/\s+/)
    .map((id) => document.getElementById(id)?.textContent ?? '')
    .join(' ');
}
