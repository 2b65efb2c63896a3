import type { Page } from 'playwright-core';
import { makeService } from '../harness/service-requests';
import { BrowserHarness } from './harness';

/**
 * A town hall's first run, on an EMPTY database (no demo, no districts): the first admin (from
 * ADMIN_EMAIL / ADMIN_PASSWORD) signs in and is led to the setup checklist, sets the identity (a
 * contrast error first), adds a district; the name shows in the header and the titles; the legal
 * pages are reachable from the footer of several pages and from sign-up; an unknown address shows
 * « page not found » with HTTP 404. axe on every page, and at 360 px.
 */
describe('setting a commune up in the browser', () => {
  let h: BrowserHarness;
  const admin = { email: 'maire@sainte-colombe.test', password: 'une phrase de passe du maire' };
  const PHONE_360 = { width: 360, height: 780 };

  beforeAll(async () => {
    h = await BrowserHarness.start({ DISTRICTS: '', ADMIN_EMAIL: admin.email, ADMIN_PASSWORD: admin.password });
  });
  afterAll(() => h?.close());

  const banner = (page: Page) => page.getByRole('banner');
  const footer = (page: Page) => page.getByRole('contentinfo');
  const fitsIn = async (page: Page, width: number) =>
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);

  it('the first admin is led through the setup: identity (contrast refused first), a district', async () => {
    expect(await h.t.sql('SELECT count(*)::int AS n FROM districts')).toEqual([{ n: 0 }]);
    const page = await h.newPage();
    await h.signIn(page, admin);
    await page.waitForURL((url) => url.pathname === '/admin/setup');
    await h.expectHeading(page, 'Mise en service');
    await page.getByText(/vous êtes connecté·e/).waitFor();
    await h.checkA11y(page);
    const steps = page.getByRole('region', { name: 'Étapes' });
    await expect(steps.getByRole('listitem').count()).resolves.toBe(4);
    await expect(steps.getByText('À faire', { exact: true }).count()).resolves.toBe(4);

    await page.getByRole('link', { name: 'Renseigner l’identité' }).click();
    await h.expectHeading(page, 'Identité de la commune');
    await h.checkA11y(page);

    // A yellow band with white text: the form warns while typing, the server refuses it, naming the field.
    await page.getByLabel('Nom de la commune').fill('Sainte-Colombe-sur-Loire');
    await page.getByLabel('Couleur de la commune').fill('#ffcc00');
    await page.getByLabel('Couleur du texte sur cette couleur').fill('#ffffff');
    await page.getByText(/Contraste insuffisant : 1,5:1/).waitFor();
    await page.getByLabel('Adresse e-mail').fill('mairie@sainte-colombe.test');
    await page.getByLabel('Horaires d’ouverture').fill('Lundi–vendredi : 9 h – 12 h\nSamedi : 9 h – 11 h');
    await page.getByRole('button', { name: 'Enregistrer l’identité' }).click();
    const summary = page.getByRole('alert');
    await summary.getByRole('link', { name: /ne contraste pas assez/ }).waitFor();
    expect(await page.getByLabel('Couleur du texte sur cette couleur').getAttribute('aria-invalid')).toBe('true');
    await h.checkA11y(page);
    expect(await h.t.sql('SELECT count(*)::int AS n FROM commune_identity')).toEqual([{ n: 0 }]);

    // Dark text on the yellow passes; the band takes the colours, the header and the title the name.
    await page.getByLabel('Couleur du texte sur cette couleur').fill('#1a1d23');
    await page.getByText(/Le contraste suffit/).waitFor();
    await page.getByRole('button', { name: 'Enregistrer l’identité' }).click();
    await page.getByText('Identité enregistrée.').waitFor();
    await banner(page).getByRole('link', { name: 'Sainte-Colombe-sur-Loire' }).waitFor();
    await expect(page.title()).resolves.toBe('Identité de la commune · Sainte-Colombe-sur-Loire');
    const tokens = await page.evaluate(() => {
      const style = getComputedStyle(document.documentElement);
      return ['--color-brand', '--color-on-brand', '--color-primary'].map((n) => style.getPropertyValue(n).trim());
    });
    // The yellow is the band's; links and buttons keep the default blue (yellow does not read on white).
    expect(tokens).toEqual(['#ffcc00', '#1a1d23', '#1d3f8f']);
    await h.checkA11y(page);
    expect(await h.t.sql('SELECT name, primary_color, primary_text_color FROM commune_identity')).toEqual([
      { name: 'Sainte-Colombe-sur-Loire', primary_color: '#ffcc00', primary_text_color: '#1a1d23' },
    ]);
    // The footer now gives the town hall's contact details.
    await footer(page).getByRole('heading', { name: 'Mairie de Sainte-Colombe-sur-Loire' }).waitFor();
    await footer(page).getByRole('link', { name: 'mairie@sainte-colombe.test' }).waitFor();

    // A district, from the commune's own navigation.
    await page.getByRole('navigation', { name: 'Mise en service de la commune' }).getByRole('link', { name: 'Quartiers' }).click();
    await h.expectHeading(page, 'Quartiers');
    await page.getByText('Aucun quartier pour l’instant.').waitFor();
    await h.checkA11y(page);
    await page.getByLabel('Nom').fill('Le Bourg');
    await page.getByRole('button', { name: 'Ajouter le quartier' }).click();
    await page.getByText('Quartier « Le Bourg » ajouté.').waitFor();
    await page.getByRole('link', { name: 'Modifier le quartier Le Bourg' }).waitFor();
    await h.checkA11y(page);
    expect(await h.t.sql('SELECT name FROM districts')).toEqual([{ name: 'Le Bourg' }]);

    // The checklist says so, from the server; the home page tells the admin the rest is to do.
    await page.getByRole('navigation', { name: 'Mise en service de la commune' }).getByRole('link', { name: 'Mise en service' }).click();
    await h.expectHeading(page, 'Mise en service');
    await page.getByText('1 quartier proposé.').waitFor();
    await expect(page.getByRole('region', { name: 'Étapes' }).getByText('Fait', { exact: true }).count()).resolves.toBe(2);
    await h.checkA11y(page);
    await banner(page).getByRole('link', { name: 'Sainte-Colombe-sur-Loire' }).click();
    await page.getByText('La mise en service de la commune n’est pas terminée.').waitFor();
    await page.getByRole('link', { name: 'Poursuivre la mise en service' }).waitFor();
    await h.checkA11y(page);
  });

  it('the legal pages are reachable from the footer of every page and from sign-up, filled with the commune', async () => {
    const page = await h.newPage();
    for (const [start, link, heading] of [
      ['/', 'Mentions légales', 'Mentions légales'],
      ['/proposals', 'Données personnelles', 'Politique de confidentialité'],
      ['/service-requests/lookup', 'Accessibilité : partiellement conforme', 'Déclaration d’accessibilité'],
      ['/sign-in', 'Conditions d’utilisation', 'Conditions d’utilisation'],
    ] as const) {
      await h.visit(page, start);
      await footer(page).getByRole('link', { name: link }).click();
      await h.expectHeading(page, heading);
      await page.getByText(/Dernière mise à jour : /).waitFor();
      await expect(page.getByRole('main').textContent()).resolves.toContain('Sainte-Colombe-sur-Loire');
      await h.checkA11y(page);
    }
    // The privacy notice says how to use one's rights, with a link to where they are.
    await h.visit(page, '/legal/privacy');
    await page.getByRole('heading', { name: 'Vos droits et comment les exercer', level: 2 }).waitFor();
    await page.getByRole('main').getByRole('link', { name: 'Mon compte' }).first().waitFor();

    // Sign-up: its consent sentence links to the terms and the privacy notice.
    await h.visit(page, '/sign-up');
    await page.getByText(/En créant un compte, vous acceptez les/).waitFor();
    await page.getByRole('main').getByRole('link', { name: 'conditions d’utilisation' }).click();
    await h.expectHeading(page, 'Conditions d’utilisation');
    await h.checkA11y(page);
    await page.goBack();
    await h.expectHeading(page, 'Créer un compte');
    await page.getByRole('main').getByRole('link', { name: 'politique de confidentialité' }).click();
    await h.expectHeading(page, 'Politique de confidentialité');
    await h.checkA11y(page);
  });

  it('an unknown address answers 404 with « page not found »; known ones 200', async () => {
    const page = await h.newPage();
    const missing = await page.goto('/nulle-part/ici');
    expect(missing?.status()).toBe(404);
    await h.expectHeading(page, 'Page introuvable');
    await h.checkA11y(page);
    await footer(page).getByRole('link', { name: 'Mentions légales' }).waitFor();
    expect((await page.goto('/legal/terms'))?.status()).toBe(200);
    await h.expectHeading(page, 'Conditions d’utilisation');
    expect((await page.goto('/legal/inconnue'))?.status()).toBe(404);
    await h.expectHeading(page, 'Page introuvable');
  });

  it('a map point suggests the district whose outline holds it, in the request form', async () => {
    const staff = await h.t.factories.admin();
    const outline = {
      type: 'Polygon',
      coordinates: [
        [
          [1.33, 47.58],
          [1.34, 47.58],
          [1.34, 47.59],
          [1.33, 47.59],
          [1.33, 47.58],
        ],
      ],
    };
    await h.t.gqlOk(
      `mutation($input: CreateDistrictInput!) { createDistrict(input: $input) { id } }`,
      {
        input: { name: 'Les Quais', shape: JSON.stringify(outline) },
      },
      staff.token,
    );
    const service = await makeService(h.t, (await h.t.factories.department()).id);
    const resident = await h.t.factories.resident();
    const page = await h.newPage();
    await h.signIn(page, resident, `/service-requests/new?service=${service.id}`);
    await page.context().grantPermissions(['geolocation']);
    await page.context().setGeolocation({ latitude: 47.5861, longitude: 1.3359 });
    await page.getByRole('button', { name: 'Utiliser ma position' }).click();
    await page.getByText('Ce point se trouve dans le quartier Les Quais.').waitFor();
    await h.checkA11y(page);
    await page.getByRole('button', { name: 'Choisir le quartier Les Quais' }).click();
    expect(await page.getByLabel('Quartier').inputValue()).toBe('Les Quais');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('field-input-district');
    await expect(page.getByRole('button', { name: 'Choisir le quartier Les Quais' }).count()).resolves.toBe(0);
    // Outside every outline: no suggestion.
    const asked = page.waitForResponse((r) => r.url().endsWith('/graphql') && (r.request().postData() ?? '').includes('"latitude":10'));
    await page.context().setGeolocation({ latitude: 10, longitude: 10 });
    await page.getByRole('button', { name: 'Utiliser ma position' }).click();
    await asked;
    await expect(page.getByText(/Ce point se trouve dans le quartier/).count()).resolves.toBe(0);
  });

  it('works at 360 px: the identity form and a legal page fit', async () => {
    const page = await h.newPage(PHONE_360);
    await h.signIn(page, admin, '/admin/commune');
    await h.expectHeading(page, 'Identité de la commune');
    await h.checkA11y(page);
    await fitsIn(page, 360);
    await h.visit(page, '/legal/accessibility');
    await h.expectHeading(page, 'Déclaration d’accessibilité');
    await fitsIn(page, 360);
    await h.visit(page, '/admin/districts');
    await fitsIn(page, 360);
  });
});
