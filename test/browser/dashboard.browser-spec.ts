import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { CREATE_DISTRICT } from '../harness/commune';
import { file, fileFormality, move, setup, type Setup } from '../harness/service-requests';
import { TileServer } from '../harness/tiles';
import { BrowserHarness } from './harness';

/**
 * The town hall's record in public (#13) at 360 px, axe on every page: the dashboard's figures from
 * known requests and their district filter, the tables behind the charts, the month-by-month
 * « bilan », and the public reports list and map (filtered by status, never a formality).
 */
describe('the public dashboard in the browser', () => {
  const PHONE_360 = { width: 360, height: 780 };
  let h: BrowserHarness;
  let tiles: TileServer;
  let s: Setup;
  const SHOTS = process.env.SCREENSHOT_DIR ?? '/tmp/parvis-shots/dashboard';
  const shot = (page: Page, name: string) => page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
  const main = (page: Page) => page.getByRole('main');
  const summaryValue = (page: Page, term: string) =>
    page
      .locator('dl.db-summary dt')
      .filter({ hasText: new RegExp(`^${term}$`) })
      .locator('xpath=following-sibling::dd[1]');
  const row = (page: Page, caption: string, header: string) =>
    page
      .getByRole('table', { name: caption })
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader', { name: header, exact: true }) });

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    tiles = await TileServer.start();
    h = await BrowserHarness.start({ MAP_TILE_URL: tiles.urlTemplate, MAP_CENTER: '47.5861,1.3359,15' });
    s = await setup(h.t);
    const { districts } = await h.t.gqlOk<{ districts: string[] }>('{ districts }');
    for (const name of ['Centre-ville', 'Le Port'])
      if (!districts.includes(name)) await h.t.gqlOk(CREATE_DISTRICT, { input: { name } }, s.admin.token);
    // Three reports (two in the centre, one resolved at the port) and a formality, filed now.
    await file(h.t, s.resident, s.reportId, { district: 'Centre-ville', description: 'Lampadaire éteint rue des Lilas.' });
    await file(h.t, s.other, s.reportId, {
      district: 'Centre-ville',
      description: 'Lampadaire éteint place du marché.',
      location: { lat: 47.587, lng: 1.337 },
    });
    const port = await file(h.t, s.resident, s.reportId, {
      district: 'Le Port',
      description: 'Lampadaire éteint quai de la Loire.',
      location: { lat: 47.585, lng: 1.334 },
    });
    await move(h.t, s.agent, port.id, 'ACKNOWLEDGED');
    await move(h.t, s.agent, port.id, 'RESOLVED');
    await fileFormality(h.t, s.resident, s.formalityId, { district: 'Centre-ville' });
  });
  afterAll(async () => {
    await h?.close();
    await tiles?.close();
  });

  it('shows the figures of the period, filters them by district, with a table behind each chart', async () => {
    const page = await h.newPage(PHONE_360);
    await h.visit(page, '/dashboard');
    await summaryValue(page, 'Demandes reçues').filter({ hasText: '4' }).waitFor();
    expect(await summaryValue(page, 'Encore ouvertes').textContent()).toBe('3');
    expect(await summaryValue(page, 'Résolues').textContent()).toBe('1');
    await expect(page.getByText(/^Chiffres calculés le /).count()).resolves.toBe(1);
    // The chart is a picture with a name; its numbers are in a table.
    await expect(page.getByRole('img', { name: /Graphique des demandes par état/ }).count()).resolves.toBe(1);
    expect(await row(page, 'Demandes par état', 'Reçue').getByRole('cell').textContent()).toBe('3'); // two reports and the formality;
    expect(await row(page, 'Demandes par état', 'Résolue').getByRole('cell').textContent()).toBe('1');
    // Per service: the report type and the formality each have their row.
    expect(
      await row(page, 'Demandes et délais médians par type de demande', 'Lampadaire éteint').getByRole('cell').first().textContent(),
    ).toBe('3');
    // The oldest open reports never list a formality.
    const oldest = page.locator('#oldest');
    await expect(oldest.getByRole('row').count()).resolves.toBe(3); // header + 2 open reports
    await expect(oldest.getByText('Acte de naissance').count()).resolves.toBe(0);
    await h.checkA11y(page);

    // The district filter: the port alone.
    await page.getByLabel('Quartier', { exact: true }).selectOption('Le Port');
    await page.getByRole('button', { name: 'Afficher' }).click();
    await page.waitForURL(/district=Le\+Port|district=Le%20Port/);
    await summaryValue(page, 'Demandes reçues').filter({ hasText: /^1$/ }).waitFor();
    expect(await summaryValue(page, 'Résolues').textContent()).toBe('1');
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('db-scope');
    await expect(page.locator('.db-scope').textContent()).resolves.toContain('Le Port');
    await h.checkA11y(page);

    // The open-data files and their schemas are linked.
    await page
      .getByRole('link', { name: /\(CSV\)$/ })
      .first()
      .waitFor();
    await expect(page.getByRole('link', { name: /^Schéma de/ }).count()).resolves.toBeGreaterThan(0);
    await shot(page, 'dashboard-360');
    await page.close();
  });

  it('the bilan shows every month of the period, zeros included, and the totals', async () => {
    const page = await h.newPage(PHONE_360);
    const now = new Date();
    const from = `${now.getFullYear() - 1}-${String(now.getMonth() + 1).padStart(2, '0')}-01`;
    await h.visit(page, `/bilan?from=${from}`);
    const table = page.getByRole('table', { name: 'Demandes reçues, ouvertes et résolues, mois par mois' });
    await table.waitFor();
    // Thirteen months (a year ago to this one) and the header row.
    await expect(table.getByRole('row').count()).resolves.toBe(14);
    const thisMonth = new Intl.DateTimeFormat('fr', { month: 'long', year: 'numeric' }).format(now);
    const lastYear = new Intl.DateTimeFormat('fr', { month: 'long', year: 'numeric' }).format(
      new Date(now.getFullYear() - 1, now.getMonth(), 1),
    );
    expect(await row(page, 'Demandes reçues, ouvertes et résolues, mois par mois', thisMonth).getByRole('cell').first().textContent()).toBe(
      '4',
    );
    expect(await row(page, 'Demandes reçues, ouvertes et résolues, mois par mois', lastYear).getByRole('cell').first().textContent()).toBe(
      '0',
    );
    expect(await summaryValue(page, 'Demandes reçues').textContent()).toBe('4');
    await expect(page.getByRole('button', { name: 'Imprimer le bilan' }).count()).resolves.toBe(1);
    await h.checkA11y(page);
    await shot(page, 'bilan-360');
    await page.close();
  });

  it('lists the public reports on a map and in a list, filtered by status, never a formality', async () => {
    const page = await h.newPage(PHONE_360);
    await h.visit(page, '/service-requests');
    const list = main(page).getByRole('list', { name: 'Liste des signalements' });
    await list.waitFor();
    await expect(list.getByRole('listitem').count()).resolves.toBe(3);
    await expect(main(page).getByText('Acte de naissance').count()).resolves.toBe(0);
    await expect(page.getByText('3 signalements').count()).resolves.toBe(1);
    // The map: tiles from the local server, a marker per located report, hidden from assistive tech.
    await page.locator('.pl-map--markers .leaflet-tile-loaded').first().waitFor();
    await expect(page.locator('.pl-map--markers .leaflet-marker-icon').count()).resolves.toBe(3);
    expect(await page.locator('.pl-map--markers').getAttribute('aria-hidden')).toBe('true');
    expect(tiles.requests.length).toBeGreaterThan(0);

    await page.getByLabel('État').selectOption({ label: 'Résolue' });
    await page.getByRole('button', { name: 'Filtrer' }).click();
    await page.getByText('1 signalement', { exact: true }).waitFor();
    await expect(list.getByRole('listitem').count()).resolves.toBe(1);
    await expect(list.getByText('Résolue').count()).resolves.toBe(1);
    await expect(page.locator('.pl-map--markers .leaflet-marker-icon').count()).resolves.toBe(1);
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('db-scope');
    await h.checkA11y(page);
    await shot(page, 'reports-360');
    await page.close();
  });
});
