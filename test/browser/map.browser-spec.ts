import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import sharp from 'sharp';
import type { TestUser } from '../harness/factories';
import { GeocoderServer } from '../harness/geocoder';
import { CREATE_DISTRICT, rectangle } from '../harness/commune';
import { publishedProposal } from '../harness/proposals';
import { makeService } from '../harness/service-requests';
import { TileServer } from '../harness/tiles';
import { BrowserHarness } from './harness';

/**
 * The map at 360 px, against a local tile server and a local geocoder speaking the Base Adresse
 * Nationale's format (the machines have no internet): a report placed by tapping the map, another
 * by the address field alone with the keyboard, a photo's GPS position offered and used, a
 * proposal's small map; axe on every page, and the home page loads no map code.
 */
describe('the map in the browser', () => {
  const PHONE_360 = { width: 360, height: 780 };
  let h: BrowserHarness;
  let tiles: TileServer;
  let geocoder: GeocoderServer;
  let serviceId: string;
  let marie: TestUser;

  const SHOTS = process.env.SCREENSHOT_DIR ?? '/tmp/parvis-shots/map';
  const shot = (page: Page, name: string) => page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
  const main = (page: Page) => page.getByRole('main');
  const summary = (page: Page) => page.locator('.pl-picker .pl-summary');
  const activeClass = (page: Page) => page.evaluate(() => document.activeElement?.className ?? 'body');
  const requestRow = (description: string) =>
    h.t.sql<{ lat: number; lng: number; address: string | null }>('SELECT lat, lng, address FROM service_requests WHERE description = $1', [
      description,
    ]);

  /** A JPEG taken at 47°53′59.28″ N, 1°54′4.32″ E (the 27 rue Jeanne d’Arc), as a phone writes it. */
  function gpsPhoto(): Promise<Buffer> {
    return sharp({ create: { width: 640, height: 480, channels: 3, background: '#6b8e23' } })
      .jpeg()
      .withExif({
        IFD0: { Make: 'Parvis test camera' },
        IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '47/1 53/1 5928/100', GPSLongitudeRef: 'E', GPSLongitude: '1/1 54/1 432/100' },
      })
      .toBuffer();
  }

  async function openForm(page: Page, description: string) {
    await h.visit(page, `/service-requests/new?service=${serviceId}`);
    await page.getByLabel('Description').fill(description);
    // Tiles from the local server, drawn.
    await page.locator('.pl-map .leaflet-tile-loaded').first().waitFor();
  }

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    tiles = await TileServer.start();
    geocoder = await GeocoderServer.start();
    h = await BrowserHarness.start({ MAP_TILE_URL: tiles.urlTemplate, GEOCODER_URL: geocoder.url, MAP_CENTER: '47.9021,1.9093,16' });
    const department = await h.t.factories.department(undefined, 'Voirie');
    serviceId = (await makeService(h.t, department.id, { name: 'Nid-de-poule', group: 'Voirie' })).id;
    marie = await h.t.factories.resident({ displayName: 'Marie Curie' });
  });
  afterAll(async () => {
    await h?.close();
    await tiles?.close();
    await geocoder?.close();
  });

  it('the home page loads no map code', async () => {
    const page = await h.newPage(PHONE_360);
    const scripts: string[] = [];
    page.on('request', (r) => {
      if (['script', 'stylesheet'].includes(r.resourceType())) scripts.push(r.url());
    });
    await h.visit(page, '/');
    expect(scripts.length).toBeGreaterThan(0);
    expect(scripts.filter((u) => /leaflet|lite\.esm/.test(u))).toEqual([]);
    expect(tiles.requests).toEqual([]);
    await page.close();
  });

  it('a resident files a report by tapping the map: tiles from the tile server, the address filled by reverse geocoding', async () => {
    const page = await h.newPage(PHONE_360);
    await h.signIn(page, marie);
    const description = 'Un nid-de-poule profond devant le numéro 8.';
    await openForm(page, description);
    expect(tiles.requests.length).toBeGreaterThan(0);
    expect(await summary(page).innerText()).toBe('Aucun point placé.');

    // A tap in the middle of the map: the map opens on MAP_CENTER, the 8 rue de la Loire.
    const map = page.locator('.pl-picker .pl-map');
    await map.scrollIntoViewIfNeeded();
    const box = (await map.boundingBox())!;
    await map.click({ position: { x: box.width / 2, y: box.height / 2 } });
    await page.locator('.pl-picker .pl-marker').waitFor();
    await summary(page).getByText('Point placé : 8 Rue de la Loire 45000 Parvis-sur-Loire.').waitFor();
    expect(await page.getByRole('combobox', { name: /Adresse/ }).inputValue()).toBe('8 Rue de la Loire 45000 Parvis-sur-Loire');
    expect(geocoder.requests.some((r) => r.startsWith('/reverse/'))).toBe(true);
    // Focus on the point's description, not lost to the page.
    expect(await activeClass(page)).toBe('pl-summary');
    await h.checkA11y(page);
    await shot(page, 'picked-on-map-360');

    await page.getByRole('button', { name: 'Envoyer ma demande' }).click();
    await page.waitForURL(/\/service-requests\/[0-9a-f-]{36}$/);
    const [row] = await requestRow(description);
    expect(row.address).toBe('8 Rue de la Loire 45000 Parvis-sur-Loire');
    expect(row.lat).toBeCloseTo(47.9021, 3);
    expect(row.lng).toBeCloseTo(1.9093, 3);

    // The request's page shows the place on a small map, the address in words.
    await main(page).locator('.pl-figure .leaflet-tile-loaded').first().waitFor();
    await main(page).getByText('8 Rue de la Loire 45000 Parvis-sur-Loire').waitFor();
    await main(page)
      .locator('.pl-figure figcaption')
      .getByText(/^Latitude 47,90\d*, longitude 1,90\d*$/)
      .waitFor();
    await h.checkA11y(page);
    await shot(page, 'request-page-360');
    await page.close();
  });

  it('another files one with the address field alone, by keyboard: type, ArrowDown, Enter, submit', async () => {
    const page = await h.newPage(PHONE_360);
    await h.signIn(page, marie);
    const description = 'Le marquage du passage piéton a disparu.';
    await openForm(page, description);
    const field = page.getByRole('combobox', { name: /Adresse/ });
    await field.focus();
    await page.keyboard.type('place du marché');
    const listbox = page.getByRole('listbox', { name: 'Suggestions' });
    await listbox.getByRole('option', { name: '12 Place du Marché 45000 Parvis-sur-Loire' }).waitFor();
    await page.locator('.pl-combobox [role=status]').getByText('1 adresse proposée, flèches haut et bas pour la parcourir.').waitFor();
    expect(await field.getAttribute('aria-expanded')).toBe('true');
    await h.checkA11y(page);
    await shot(page, 'suggestions-360');

    await page.keyboard.press('ArrowDown');
    const option = listbox.getByRole('option', { name: '12 Place du Marché 45000 Parvis-sur-Loire' });
    expect(await option.getAttribute('aria-selected')).toBe('true');
    expect(await field.getAttribute('aria-activedescendant')).toBe(await option.getAttribute('id'));
    await page.keyboard.press('Enter');
    // Enter chose the address and did not send the form.
    expect(await field.inputValue()).toBe('12 Place du Marché 45000 Parvis-sur-Loire');
    expect(await field.getAttribute('aria-expanded')).toBe('false');
    await summary(page).getByText('Point placé sur l’adresse choisie : 12 Place du Marché 45000 Parvis-sur-Loire.').waitFor();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('combobox');
    expect(await requestRow(description)).toHaveLength(0);
    // Typing again searches again; Escape closes the list and leaves the text as typed.
    for (const key of ['Space', 'Backspace']) {
      await page.keyboard.press(key);
      await option.waitFor();
      expect(await field.getAttribute('aria-expanded')).toBe('true');
      await page.keyboard.press('Escape');
      expect(await field.getAttribute('aria-expanded')).toBe('false');
      expect(await listbox.isHidden()).toBe(true);
    }
    expect(await field.inputValue()).toBe('12 Place du Marché 45000 Parvis-sur-Loire');
    await h.checkA11y(page);

    await page.getByRole('button', { name: 'Envoyer ma demande' }).focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/service-requests\/[0-9a-f-]{36}$/);
    const [row] = await requestRow(description);
    expect(row).toEqual({ lat: 47.9045, lng: 1.9051, address: '12 Place du Marché 45000 Parvis-sur-Loire' });
    await h.checkA11y(page);
    await page.close();
  });

  it('« Utiliser ma position » sets the point and the nearest address; focus on the result, or on the button when refused', async () => {
    const refused = await h.newPage(PHONE_360);
    await h.signIn(refused, marie);
    await openForm(refused, 'Position refusée.');
    const button = refused.getByRole('button', { name: 'Utiliser ma position' });
    await button.click();
    await refused.getByText('Votre position n’a pas pu être trouvée').waitFor();
    expect(await refused.evaluate(() => document.activeElement?.textContent)).toBe('Utiliser ma position');
    await h.checkA11y(refused);
    await refused.close();

    const page = await h.newPage(PHONE_360);
    await page.context().grantPermissions(['geolocation']);
    await page.context().setGeolocation({ latitude: 47.9101, longitude: 1.9153 });
    await h.signIn(page, marie);
    await openForm(page, 'Un panneau tordu.');
    await page.getByRole('button', { name: 'Utiliser ma position' }).click();
    await summary(page)
      .getByText('Point placé à votre position. Adresse la plus proche : 3 Avenue des Tilleuls 45000 Parvis-sur-Loire.')
      .waitFor();
    expect(await activeClass(page)).toBe('pl-summary');
    expect(await page.getByRole('combobox', { name: /Adresse/ }).inputValue()).toBe('3 Avenue des Tilleuls 45000 Parvis-sur-Loire');
    await page.locator('.pl-picker .pl-marker').waitFor();
    await h.checkA11y(page);

    // « Retirer le point »: no point, the address stays, focus on the result.
    await page.getByRole('button', { name: 'Retirer le point' }).click();
    await summary(page).getByText('Aucun point placé.').waitFor();
    expect(await activeClass(page)).toBe('pl-summary');
    expect(await page.locator('.pl-picker .pl-marker').count()).toBe(0);
    await page.close();
  });

  it('a photo carrying GPS coordinates is offered as the place, used only on the click', async () => {
    const page = await h.newPage(PHONE_360);
    await h.signIn(page, marie);
    const description = 'Un arbre tombé sur le trottoir.';
    await openForm(page, description);
    const photo = await gpsPhoto();
    await page.locator('input[type=file]').first().setInputFiles({ name: 'arbre.jpg', mimeType: 'image/jpeg', buffer: photo });
    const use = page.getByRole('button', { name: 'Utiliser la position de la photo' });
    await use.waitFor();
    await page.getByText('Votre photo porte la position où elle a été prise.').waitFor();
    // Nothing used yet.
    expect(await summary(page).innerText()).toBe('Aucun point placé.');
    await h.checkA11y(page);
    await shot(page, 'photo-offer-360');

    await use.click();
    await summary(page)
      .getByText('Point placé là où la photo a été prise. Adresse la plus proche : 27 Rue Jeanne d’Arc 45000 Parvis-sur-Loire.')
      .waitFor();
    expect(await activeClass(page)).toBe('pl-summary');
    expect(await use.count()).toBe(0);
    expect(await page.getByRole('combobox', { name: /Adresse/ }).inputValue()).toBe('27 Rue Jeanne d’Arc 45000 Parvis-sur-Loire');
    await h.checkA11y(page);

    await page.getByRole('button', { name: 'Envoyer ma demande' }).click();
    await page.waitForURL(/\/service-requests\/[0-9a-f-]{36}$/);
    const [row] = await requestRow(description);
    expect(row).toEqual({ lat: 47.8998, lng: 1.9012, address: '27 Rue Jeanne d’Arc 45000 Parvis-sur-Loire' });
    await h.checkA11y(page);
    await page.close();
  });

  it('a proposal’s page shows its place on a small map', async () => {
    const proposal = await publishedProposal(h.t, marie, { title: 'Des bancs place du Marché', location: { lat: 47.9045, lng: 1.9051 } });
    const page = await h.newPage(PHONE_360);
    const before = tiles.requests.length;
    await h.visit(page, `/proposals/${proposal.id}`);
    const figure = main(page).getByRole('figure', { name: 'Carte situant le lieu' });
    await figure.locator('.leaflet-tile-loaded').first().waitFor();
    await figure.locator('.pl-marker').waitFor();
    await figure.getByText('Latitude 47,9045, longitude 1,9051').waitFor();
    await figure.getByText('Fond de carte : © les contributeurs d’OpenStreetMap').waitFor();
    expect(tiles.requests.length).toBeGreaterThan(before);
    // A still map: nothing in it takes focus.
    expect(await figure.locator('[tabindex="0"], a[href]').count()).toBe(0);
    await h.checkA11y(page);
    await page.close();
  });
  // Last: the outline it adds moves where maps open (the box of the outlines, no longer MAP_CENTER).
  it('a proposal placed by its address is offered the district whose outline holds the point', async () => {
    const admin = await h.t.factories.admin();
    await h.t.gqlOk(CREATE_DISTRICT, { input: { name: 'Les Quais', shape: rectangle(1.905, 47.895, 1.92, 47.9) } }, admin.token);
    const page = await h.newPage(PHONE_360);
    await h.signIn(page, marie);
    await h.visit(page, '/proposals/new');
    await page.getByLabel('Titre').fill('Des bancs le long du quai');
    await page.getByLabel('Description').fill('Pour regarder passer la Loire.');
    // A photo with a position: offered, declined, nothing used.
    await page
      .locator('input[type=file]')
      .first()
      .setInputFiles({ name: 'quai.jpg', mimeType: 'image/jpeg', buffer: await gpsPhoto() });
    await page.getByRole('button', { name: 'Non merci' }).click();
    expect(await page.getByRole('button', { name: 'Utiliser la position de la photo' }).count()).toBe(0);
    expect(await activeClass(page)).toBe('pl-summary');
    expect(await summary(page).innerText()).toBe('Aucun point placé.');
    const field = page.getByRole('combobox', { name: /Adresse/ });
    await field.fill('quai du roi');
    await page.getByRole('option', { name: '1 Quai du Roi 45000 Parvis-sur-Loire' }).waitFor();
    await field.press('ArrowDown');
    await field.press('Enter');
    await page.getByText('Ce point se trouve dans le quartier Les Quais.').waitFor();
    await h.checkA11y(page);
    await page.getByRole('button', { name: 'Choisir le quartier Les Quais' }).click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('field-input-district');
    expect(await page.getByLabel('Quartier').inputValue()).toBe('Les Quais');
    await page.getByRole('button', { name: 'Enregistrer le brouillon' }).click();
    await h.expectHeading(page, 'Des bancs le long du quai');
    const [row] = await h.t.sql('SELECT district, location_lat, location_lng FROM proposals WHERE title = $1', [
      'Des bancs le long du quai',
    ]);
    expect(row).toEqual({ district: 'Les Quais', location_lat: 47.8985, location_lng: 1.912 });
    await main(page).getByRole('figure', { name: 'Carte situant le lieu' }).locator('.pl-marker').waitFor();
    await h.checkA11y(page);
    await page.close();
  });
});
