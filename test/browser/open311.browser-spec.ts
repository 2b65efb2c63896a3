import type { Page } from 'playwright-core';
import type { TestUser } from '../harness/factories';
import { makeService } from '../harness/service-requests';
import { BrowserHarness } from './harness';

/**
 * An admin gives an outside application an Open311 key: creates it (shown once, focused, copied
 * with the button), sees it listed, and revokes it; the key files a request while active and is
 * refused (403) once revoked. axe on every state, at 360 px.
 */
describe('Open311 keys in the browser', () => {
  let h: BrowserHarness;
  let admin: TestUser;
  let serviceCode: string;

  const PHONE_360 = { width: 360, height: 780 };
  const main = (page: Page) => page.getByRole('main');
  const fitsWidth = async (page: Page) => expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  const focusedText = (page: Page) => page.evaluate(() => document.activeElement?.textContent ?? '');
  const post = (key: string) =>
    h.t.http
      .post('/open311/v2/requests.json')
      .type('form')
      .send(
        new URLSearchParams({
          api_key: key,
          service_code: serviceCode,
          address_string: '1 place de la Mairie',
          description: 'Éteint.',
        }).toString(),
      );

  beforeAll(async () => {
    h = await BrowserHarness.start();
    admin = await h.t.factories.admin();
    const department = await h.t.factories.department();
    serviceCode = (await makeService(h.t, department.id)).code;
  });
  afterAll(() => h?.close());

  it('creates a key shown once with a copy button, lists it, and revokes it', async () => {
    const page = await h.newPage(PHONE_360);
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await h.signIn(page, admin, '/admin/open311-keys');
    await h.expectHeading(page, 'Clés Open311');
    await h.checkA11y(page);
    await main(page).getByText('Aucune clé en service.').waitFor();
    await fitsWidth(page);

    await page.getByLabel('Application').fill('Appli de la ville');
    await page.getByRole('button', { name: 'Créer la clé' }).click();
    await main(page).getByText('Clé créée pour « Appli de la ville ».', { exact: false }).waitFor();
    expect(await focusedText(page)).toContain('Copiez-la maintenant');
    const key = (await main(page).locator('code.ad-code').last().textContent())!;
    expect(key).toMatch(/^o311_[A-Za-z0-9_-]{43}$/);
    await h.checkA11y(page);
    await fitsWidth(page);

    await page.getByRole('button', { name: 'Copier la clé' }).click();
    await main(page).getByText('Clé copiée.').waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(key);

    // Listed without the key; the key works.
    const item = main(page).getByRole('listitem').filter({ hasText: 'Appli de la ville' });
    await item.getByText('jamais utilisée').waitFor();
    expect((await post(key)).status).toBe(200);

    // Shown once: a reload shows the list, not the key.
    await h.visit(page, '/admin/open311-keys');
    expect(await page.content()).not.toContain(key);

    await page.getByRole('button', { name: 'Révoquer la clé « Appli de la ville »' }).click();
    expect(await focusedText(page)).toBe('Révoquer définitivement');
    await h.checkA11y(page);
    await page.getByRole('button', { name: 'Révoquer définitivement la clé « Appli de la ville »' }).click();
    await main(page).getByText('Clé « Appli de la ville » révoquée', { exact: false }).waitFor();
    expect(await focusedText(page)).toContain('révoquée');
    await page.getByRole('heading', { level: 2, name: 'Clés révoquées' }).waitFor();
    await main(page).getByText('Aucune clé en service.').waitFor();
    await h.checkA11y(page);
    await fitsWidth(page);
    expect((await post(key)).status).toBe(403);
  });
});
