import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { ServiceFieldKind } from '../../src/service-requests/service-request.enums';
import { identityInput, UPDATE_IDENTITY } from '../harness/commune';
import type { TestUser } from '../harness/factories';
import { publishedProposal } from '../harness/proposals';
import { makeService } from '../harness/service-requests';
import { BrowserHarness } from './harness';

/**
 * The installable app at 360 px, against the production build served by the real server: the
 * manifest and its icons, the service worker, a draft restored after a reload while offline, a
 * comment kept after a send that failed and sent only when the resident says so, and the offline
 * page. axe on every page, the offline page included.
 */
const SMALL_PHONE = { width: 360, height: 740 };

/** Asks `read` again until it gives `expected` (compared as JSON), or fails with the last value after `timeout` ms. */
async function eventually<T>(read: () => Promise<T>, expected: T, timeout = 10_000): Promise<void> {
  const end = Date.now() + timeout;
  let last: T = await read();
  while (JSON.stringify(last) !== JSON.stringify(expected) && Date.now() < end) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    last = await read();
  }
  expect(last).toEqual(expected);
}

describe('installable app and drafts kept on the device', () => {
  let h: BrowserHarness;
  let jeanne: TestUser;

  beforeAll(async () => {
    h = await BrowserHarness.start();
    jeanne = await h.t.factories.resident({ displayName: 'Jeanne Martin' });
  });
  afterAll(() => h?.close());

  /** Waits for the worker to control the page and for this page and every file it loaded to be kept. */
  async function readyOffline(page: Page) {
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 15_000 });
    await eventually(
      () =>
        page.evaluate(async () => {
          const assets = performance
            .getEntriesByType('resource')
            .map((e) => e.name)
            .filter((u) => new URL(u).pathname.startsWith('/assets/'));
          const cache = await caches.open('parvis-assets');
          const missing = [];
          for (const url of assets) if (!(await cache.match(url))) missing.push(url);
          const kept = await (await caches.open('parvis-pages')).match(location.origin + location.pathname);
          return { assets: assets.length > 0, missing: missing.length, page: Boolean(kept) };
        }),
      { assets: true, missing: 0, page: true },
      15_000,
    );
  }

  /** Screenshots for the README when SCREENSHOTS_DIR is set. */
  async function screenshot(page: Page, name: string) {
    const dir = process.env.SCREENSHOTS_DIR;
    if (!dir) return;
    mkdirSync(dir, { recursive: true });
    await page.screenshot({ path: join(dir, `${name}.png`), fullPage: true });
  }

  const focusedTag = (page: Page) => page.evaluate(() => document.activeElement?.tagName ?? 'NONE');
  const draftKeys = (page: Page) => page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('parvis.draft:')));

  it('links a valid manifest whose icons load, serves the worker, and the worker controls the page', async () => {
    const page = await h.newPage(SMALL_PHONE);
    await h.visit(page, '/');
    const href = await page.locator('link[rel="manifest"]').getAttribute('href');
    expect(href).toBe('/manifest.webmanifest');

    const manifestResponse = await page.request.get(href!);
    expect(manifestResponse.status()).toBe(200);
    expect(manifestResponse.headers()['content-type']).toMatch(/^application\/manifest\+json/);
    expect(manifestResponse.headers()['cache-control']).toBe('no-cache');
    const manifest = (await manifestResponse.json()) as Record<string, unknown> & {
      icons: { src: string; sizes: string; type: string; purpose: string }[];
    };
    expect(manifest).toMatchObject({
      name: 'Parvis',
      short_name: 'Parvis',
      start_url: '/',
      scope: '/',
      display: 'standalone',
      lang: 'fr',
      theme_color: '#1d3f8f',
      background_color: '#ffffff',
    });
    expect(manifest.icons.map((i) => `${i.sizes} ${i.purpose}`).sort()).toEqual(['192x192 any', '512x512 any', '512x512 maskable']);
    for (const icon of manifest.icons) {
      const size = await page.evaluate(
        (src) =>
          new Promise<string>((resolve, reject) => {
            const img = new Image();
            img.onload = () => resolve(`${img.naturalWidth}x${img.naturalHeight}`);
            img.onerror = () => reject(new Error(`${src} did not load`));
            img.src = src;
          }),
        icon.src,
      );
      expect(size).toBe(icon.sizes);
    }

    // Once the town hall has named the commune, the installed app carries its name and colour.
    const admin = await h.t.factories.admin();
    await h.t.gqlOk(UPDATE_IDENTITY, { input: identityInput({ name: 'Blois', primaryColor: '#7A1F2B' }) }, admin.token);
    expect(await (await page.request.get(href!)).json()).toMatchObject({
      name: 'Parvis – Blois',
      short_name: 'Blois',
      theme_color: '#7a1f2b',
    });

    // The worker and the offline page: served from the root, asked again each time.
    const worker = await page.request.get('/sw.js');
    expect(worker.status()).toBe(200);
    expect(worker.headers()['content-type']).toMatch(/javascript/);
    expect(worker.headers()['cache-control']).toBe('no-cache');
    const offline = await page.request.get('/offline.html');
    expect(offline.status()).toBe(200);
    expect(offline.headers()['content-type']).toMatch(/^text\/html/);
    // The security policy lets this origin's manifest and worker in, nothing else.
    const csp = (await page.request.get('/')).headers()['content-security-policy'];
    expect(csp).toContain("worker-src 'self'");
    expect(csp).toContain("manifest-src 'self'");

    const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
    expect(scope).toBe(`${h.baseUrl}/`);
    await page.waitForFunction(() => navigator.serviceWorker.controller?.scriptURL.endsWith('/sw.js'));
  });

  it('restores a proposal being written after a reload while offline, served by the worker', async () => {
    const page = await h.newPage(SMALL_PHONE);
    await h.signIn(page, jeanne);
    await h.visit(page, '/proposals/new');
    await readyOffline(page);

    await page.getByLabel('Titre').fill('Des bancs à l’ombre place du marché');
    await page.getByLabel('Description').fill('Trois bancs sous les platanes,\npour les anciens du quartier.');
    await eventually(async () => (await draftKeys(page)).length, 1);

    await page.context().setOffline(true);
    await page.reload({ waitUntil: 'load' });
    await h.expectHeading(page, 'Proposer une idée');
    await eventually(() => page.getByLabel('Titre').inputValue(), 'Des bancs à l’ombre place du marché');
    expect(await page.getByLabel('Description').inputValue()).toBe('Trois bancs sous les platanes,\npour les anciens du quartier.');
    await page.getByText(/^Brouillon restauré/).waitFor();
    await page.getByText('Les photos ne sont pas gardées dans un brouillon').waitFor();
    await page.getByText(/^Vous êtes hors ligne/).waitFor();
    await h.checkA11y(page);
    await screenshot(page, 'pwa-draft-restored-offline');

    // Back online, the draft is sent when Jeanne sends it, and forgotten once the server has it.
    await page.context().setOffline(false);
    await page.getByRole('button', { name: 'Enregistrer le brouillon' }).click();
    await h.expectHeading(page, 'Des bancs à l’ombre place du marché');
    expect(await draftKeys(page)).toEqual([]);
    const rows = await h.t.sql('SELECT body FROM proposals WHERE title = $1', ['Des bancs à l’ombre place du marché']);
    expect(rows).toEqual([{ body: 'Trois bancs sous les platanes,\npour les anciens du quartier.' }]);
    await h.checkA11y(page);
  });

  it('« Effacer le brouillon » forgets it and empties the form; signing out forgets every draft of the account', async () => {
    const page = await h.newPage(SMALL_PHONE);
    await h.signIn(page, jeanne);
    await h.visit(page, '/proposals/new');
    await page.getByLabel('Titre').fill('Un composteur collectif');
    await eventually(async () => (await draftKeys(page)).length, 1);
    await page.reload();
    await h.expectHeading(page, 'Proposer une idée');
    await eventually(() => page.getByLabel('Titre').inputValue(), 'Un composteur collectif');
    await h.checkA11y(page);
    await page.getByRole('button', { name: 'Effacer le brouillon' }).click();
    expect(await page.getByLabel('Titre').inputValue()).toBe('');
    expect(await focusedTag(page)).toBe('INPUT'); // the form's first field
    expect(await draftKeys(page)).toEqual([]);

    await page.getByLabel('Titre').fill('Un autre brouillon');
    await eventually(async () => (await draftKeys(page)).length, 1);
    await h.openMenu(page);
    await page.getByRole('button', { name: 'Se déconnecter' }).click();
    // Signing out closes the menu when it is done: open it again only after that.
    await page.getByText('Vous êtes déconnecté·e').waitFor();
    await h.openMenu(page);
    await page.getByRole('link', { name: 'Se connecter' }).first().waitFor();
    expect(await draftKeys(page)).toEqual([]);
    expect(await page.evaluate(() => localStorage.getItem('parvis.viewer'))).toBeNull();
  });

  it('keeps every field of a service request (its own fields, the address and the point on the map) through a reload', async () => {
    const department = await h.t.factories.department(undefined, 'Éclairage public');
    const service = await makeService(h.t, department.id, {
      name: 'Lampadaire éteint',
      group: 'Éclairage public',
      fields: [
        {
          code: 'panne',
          label: 'Type de panne',
          kind: ServiceFieldKind.SINGLE_CHOICE,
          required: true,
          options: [
            { value: 'eteint', label: 'Éteint' },
            { value: 'clignote', label: 'Clignote' },
          ],
        },
        { code: 'nombre', label: 'Nombre de lampadaires', kind: ServiceFieldKind.NUMBER, required: false, min: 1, max: 50 },
      ],
    });
    const page = await h.newPage(SMALL_PHONE);
    await page.context().grantPermissions(['geolocation']);
    await page.context().setGeolocation({ latitude: 47.5861, longitude: 1.3359 });
    await h.signIn(page, jeanne);
    await h.visit(page, `/service-requests/new?service=${service.id}`);
    await readyOffline(page);
    // Kept by path: the query stays out of the cache.
    const kept = await page.evaluate(async () => (await (await caches.open('parvis-pages')).keys()).map((r) => r.url));
    expect(kept).toContain(`${h.baseUrl}/service-requests/new`);
    expect(kept.filter((url) => url.includes('?'))).toEqual([]);
    await page.getByLabel('Description').fill('Le lampadaire devant le 3 rue des Lilas clignote.');
    await page.getByLabel('Type de panne').selectOption({ label: 'Clignote' });
    await page.getByLabel(/Nombre de lampadaires/).fill('2');
    await page.getByLabel('Adresse').fill('3 rue des Lilas');
    await page.getByRole('button', { name: 'Utiliser ma position' }).click();
    await page.getByText('Point placé à votre position').waitFor();

    // Closed right after (no pause in the typing): what was on screen is written as the page goes.
    await page.reload({ waitUntil: 'load' });
    await h.expectHeading(page, 'Signaler : Lampadaire éteint');
    await eventually(() => page.getByLabel('Description').inputValue(), 'Le lampadaire devant le 3 rue des Lilas clignote.');
    expect(await page.getByLabel('Type de panne').inputValue()).toBe('clignote');
    expect(await page.getByLabel(/Nombre de lampadaires/).inputValue()).toBe('2');
    expect(await page.getByLabel('Adresse').inputValue()).toBe('3 rue des Lilas');
    await page.getByText(/^Brouillon restauré/).waitFor();
    await h.checkA11y(page);
    // The point came back too (said in words under the map), not only the address typed.
    await page.getByText(/^Point placé/).waitFor();
    expect(await page.getByText('Aucun point placé.').count()).toBe(0);

    await page.getByRole('button', { name: 'Envoyer ma demande' }).click();
    await page.waitForURL((url) => /^\/service-requests\/(?!new$)[^/]+$/.test(url.pathname));
    await page.getByText(/^Votre demande est enregistrée/).waitFor();
    const rows = await h.t.sql('SELECT description, address, lat, lng, field_values FROM service_requests WHERE service_id = $1', [
      service.id,
    ]);
    expect(rows).toEqual([
      {
        description: 'Le lampadaire devant le 3 rue des Lilas clignote.',
        address: '3 rue des Lilas',
        lat: 47.5861,
        lng: 1.3359,
        field_values: { panne: 'clignote', nombre: 2 },
      },
    ]);
    expect(await draftKeys(page)).toEqual([]);
    await h.checkA11y(page);
  });

  it('keeps a comment after a send that failed offline, and sends it back online only when asked', async () => {
    const author = await h.t.factories.resident({ displayName: 'Paul Roux' });
    const proposal = await publishedProposal(h.t, author, { title: 'Un marché le dimanche', body: 'Place de la mairie.' });
    const page = await h.newPage(SMALL_PHONE);
    await h.signIn(page, jeanne);
    await h.visit(page, `/proposals/${proposal.id}`);
    const text = 'Oui, avec des producteurs locaux !';
    await page.getByLabel('Votre commentaire').fill(text);

    await page.context().setOffline(true);
    await page.getByRole('button', { name: 'Publier le commentaire' }).click();
    await page.getByRole('alert').getByText('Impossible de joindre le serveur').waitFor();
    await page.getByText(/^Connexion perdue : rien n’a été envoyé/).waitFor();
    expect(await page.getByLabel('Votre commentaire').inputValue()).toBe(text);
    await h.checkA11y(page);

    await page.context().setOffline(false);
    const sendNow = page.getByRole('button', { name: 'Envoyer maintenant' });
    await page.getByText('De retour en ligne — Envoyer maintenant ?').waitFor();
    await h.checkA11y(page);
    await screenshot(page, 'pwa-comment-back-online');
    // Nothing leaves by itself: a while later, still no comment on the server.
    await page.waitForTimeout(1500);
    const count = async () => Number((await h.t.sql('SELECT count(*) AS n FROM comments WHERE target_id = $1', [proposal.id]))[0].n);
    expect(await count()).toBe(0);
    expect(await draftKeys(page)).toHaveLength(1);

    await sendNow.click();
    await page
      .getByRole('article', { name: /^Jeanne Martin/ })
      .getByText(text)
      .waitFor();
    expect(await count()).toBe(1);
    expect(await draftKeys(page)).toEqual([]);
    expect(await focusedTag(page)).not.toBe('BODY');
    await h.checkA11y(page);
  });

  it('shows the offline page, in French and English, for a page never opened when the server cannot be reached', async () => {
    const page = await h.newPage(SMALL_PHONE);
    await h.visit(page, '/');
    await readyOffline(page);
    await page.context().setOffline(true);
    await page.goto('/consultations', { waitUntil: 'load' });
    await h.expectHeading(page, 'Vous êtes hors ligne');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('fr');
    await page.getByRole('heading', { level: 2, name: 'You are offline' }).waitFor();
    await h.checkA11y(page);
    await screenshot(page, 'pwa-offline-page');
    // The page already opened still opens (network first, then the copy kept).
    await page.goto('/', { waitUntil: 'load' });
    await page.getByRole('banner').waitFor();
    expect(await page.getByRole('heading', { level: 1 }).textContent()).not.toBe('Vous êtes hors ligne');
  });
});
