import { statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { networkInterfaces } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import type { TestUser } from '../harness/factories';
import { publishedProposal } from '../harness/proposals';
import { file, makeService, move } from '../harness/service-requests';
import { BrowserHarness } from './harness';

/**
 * The resident's phone (360 px wide): what the home page downloads (from the network log, as
 * sent: compressed), the compact header and its menu by keyboard, focus after each action (never
 * left on the body), the interface in English with French content marked so, and the app opened
 * over plain HTTP by a LAN address. axe runs on every page visited.
 */
const PHONE_360 = { width: 360, height: 740 };
const HOME_TITLE = 'Parvis, la place publique de votre commune';
/**
 * The home page's JavaScript, gzipped (the issue's measure): the scripts the browser asked for, by
 * the network log, each counted at the size of its gzip copy in client/dist (what a browser that
 * does not take brotli is sent; brotli ones get less). The issue asks for under 150 kB; this build
 * needs about 136 kB signed out (React 18, React Router and Apollo Client are 110 kB of it; the
 * features' texts, pages, photo picker and notification renderers come with the pages).
 */
const HOME_JS_BUDGET = 150_000;
const CLIENT_ASSETS = resolve(__dirname, '../../client/dist/assets');

/** Records the scripts a page downloads: their gzipped sizes and how each was sent. */
function scriptLog(page: Page) {
  const scripts: { url: string; encoding: string | undefined }[] = [];
  page.on('response', (response) => {
    if (response.request().resourceType() !== 'script') return;
    scripts.push({ url: response.url(), encoding: response.headers()['content-encoding'] });
  });
  return {
    scripts,
    gzipped: () =>
      scripts.reduce((sum, s) => {
        const name = /\/assets\/([^/?#]+\.js)$/.exec(new URL(s.url).pathname)?.[1];
        if (!name) throw new Error(`a script outside /assets: ${s.url}`);
        return sum + statSync(join(CLIENT_ASSETS, `${name}.gz`)).size;
      }, 0),
  };
}

describe('the resident’s phone', () => {
  let h: BrowserHarness;
  let lucie: TestUser;
  let proposalId: string;
  let serviceId: string;
  let requestId: string;
  const serviceName = 'Nid-de-poule';
  const POINT = { lat: 47.5861, lng: 1.3359 };

  const focusedTag = (page: Page) =>
    page.evaluate(() => {
      const el = document.activeElement;
      return !el || el === document.body ? 'BODY' : `${el.tagName}${el.id ? `#${el.id}` : ''}`;
    });
  const expectFocusNotOnBody = async (page: Page) => expect(await focusedTag(page)).not.toBe('BODY');

  beforeAll(async () => {
    h = await BrowserHarness.start();
    const department = await h.t.factories.department(undefined, 'Voirie');
    const service = await makeService(h.t, department.id, { name: serviceName, group: 'Voirie' });
    serviceId = service.id;
    const agent = await h.t.factories.agent([department.id]);
    lucie = await h.t.factories.resident({ displayName: 'Lucie Morel' });
    const author = await h.t.factories.resident({ displayName: 'Marc Petit' });
    for (const title of ['Un abri vélo devant la gare', 'Des bancs place du marché', 'Un composteur partagé', 'Une boîte à livres']) {
      const p = await publishedProposal(h.t, author, { title });
      if (title.startsWith('Un abri')) proposalId = p.id;
    }
    const resolved = await file(h.t, author, service.id, { address: '12 rue des Écoles' });
    await move(h.t, agent, resolved.id, 'RESOLVED', 'Trou rebouché.');
    requestId = resolved.id;
  });
  afterAll(() => h?.close());

  it('the home page: under 150 kB of JavaScript gzipped, a one-line header, the main action first, then what is going on', async () => {
    const page = await h.newPage(PHONE_360);
    const log = scriptLog(page);
    await h.visit(page, '/');
    await page.waitForLoadState('networkidle');
    const total = log.gzipped();
    expect(log.scripts.length).toBeGreaterThan(1); // split: the shell, the vendors…
    expect(log.scripts.filter((s) => s.encoding !== 'br')).toEqual([]); // …each precompressed
    expect(total).toBeGreaterThan(30_000); // the log did count them
    expect(total).toBeLessThan(HOME_JS_BUDGET);

    const header = await page.getByRole('banner').boundingBox();
    expect(header!.height).toBeLessThan(64);

    // The main action first: the first link of the page's content after its heading.
    const main = page.getByRole('main');
    await main.getByRole('link', { name: 'Signaler un problème, faire une démarche' }).waitFor();
    const firstLink = await main.evaluate((el) => {
      const h1 = el.querySelector('h1')!;
      const links = [...el.querySelectorAll('a')].filter((a) => h1.compareDocumentPosition(a) & Node.DOCUMENT_POSITION_FOLLOWING);
      return links[0]?.textContent;
    });
    expect(firstLink).toBe('Signaler un problème, faire une démarche');

    // What is going on: the most supported proposals (three, more on demand), requests resolved lately.
    const proposals = page.getByRole('region', { name: 'Propositions les plus soutenues' });
    expect(await proposals.getByRole('listitem').count()).toBe(3);
    await proposals.getByText('3 sur 4 affichés').waitFor();
    await proposals.getByRole('button', { name: 'Afficher plus' }).click();
    await proposals.getByText('4 sur 4 affichés').waitFor();
    expect(await proposals.getByRole('listitem').count()).toBe(4);
    await expectFocusNotOnBody(page); // the button is gone: focus went to the count
    const resolved = page.getByRole('region', { name: 'Demandes résolues récemment' });
    await resolved.getByRole('link', { name: `${serviceName} — 12 rue des Écoles` }).waitFor();
    await h.checkA11y(page);
  });

  it('signed in, the home page’s JavaScript is still under 150 kB gzipped (the live updates’ client included)', async () => {
    const page = await h.newPage(PHONE_360);
    await h.signIn(page, lucie);
    // A new tab of the same person: the whole home page again, the session taken from the cookie.
    const home = await page.context().newPage();
    const log = scriptLog(home);
    await h.visit(home, '/');
    await home.getByRole('button', { name: 'Se déconnecter', includeHidden: true }).waitFor({ state: 'attached' });
    await home.waitForLoadState('networkidle');
    expect(log.scripts.length).toBeGreaterThan(1);
    expect(log.gzipped()).toBeLessThan(HOME_JS_BUDGET);
  });

  it('no resident page needs more than 200 kB of JavaScript gzipped before it is usable (each opened first, with an empty cache)', async () => {
    const PAGE_JS_BUDGET = 200_000;
    // What comes after the page is usable, and is refused here to show it: the map (the address
    // field and the place in words do all it does), the charts (their tables follow them), the
    // photo reader (fetched when a photo is picked).
    const DEFERRED = /\/assets\/(leaflet-map|bar-chart-draw|lite\.esm)-[^/]*\.js$/;
    const signedOut = ['/sign-in', '/sign-up', '/proposals', `/proposals/${proposalId}`, '/consultations', '/budgets', '/forums'];
    const signedIn = [
      '/proposals/new',
      '/service-requests/new',
      `/service-requests/new?service=${serviceId}`,
      `/service-requests/${requestId}`,
      '/service-requests/mine',
      '/service-requests',
      '/dashboard',
      '/bilan',
      '/notifications',
      '/account',
      '/account/notifications',
    ];
    const sizes: Record<string, number> = {};
    const measure = async (path: string, signIn: boolean) => {
      const page = await h.newPage(PHONE_360, { serviceWorkers: 'block' });
      if (signIn) await h.signIn(page, lucie);
      // Signed in: a new tab opened on the page, which asks for every file it needs again (the log
      // counts files by name, from the cache or not).
      const first = signIn ? await page.context().newPage() : page;
      await first.route(DEFERRED, (route) => route.abort());
      const log = scriptLog(first);
      await h.visit(first, path); // its h1, no spinner left, no axe violation
      await first.waitForLoadState('networkidle');
      sizes[path] = log.gzipped();
    };
    for (const path of signedOut) await measure(path, false);
    for (const path of signedIn) await measure(path, true);
    expect(Object.entries(sizes).filter(([, size]) => size < 100_000)).toEqual([]); // the log did count them
    expect(Object.entries(sizes).filter(([, size]) => size > PAGE_JS_BUDGET)).toEqual([]);
  });

  it('the menu, by keyboard: Tab to « Menu », Enter opens it, its links follow, Escape closes it and focus returns to the button', async () => {
    const page = await h.newPage(PHONE_360);
    await h.visit(page, '/');
    const nav = page.getByRole('navigation', { name: 'Navigation principale' });
    const menu = page.getByRole('banner').getByRole('button', { name: 'Menu' });
    expect(await menu.getAttribute('aria-expanded')).toBe('false');
    expect(await nav.isVisible()).toBe(false);
    expect(await page.locator(`#${await menu.getAttribute('aria-controls')}`).count()).toBe(1);

    const focusedText = () => page.evaluate(() => document.activeElement?.textContent);
    // Skip link, the commune's name, the language, then « Menu ».
    for (let i = 0; i < 8 && (await focusedText()) !== 'Menu'; i++) await page.keyboard.press('Tab');
    expect(await focusedText()).toBe('Menu');
    await page.keyboard.press('Enter');
    expect(await menu.getAttribute('aria-expanded')).toBe('true');
    await nav.waitFor();
    await h.checkA11y(page);
    await page.keyboard.press('Tab');
    expect(await focusedText()).toBe('Accueil');
    await page.keyboard.press('Escape');
    expect(await menu.getAttribute('aria-expanded')).toBe('false');
    expect(await nav.isVisible()).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-controls'))).toBe('site-menu');

    // Open again, follow a link: the menu closes and focus goes to the new page's heading.
    await page.keyboard.press('Enter');
    await nav.getByRole('link', { name: 'Propositions' }).focus();
    await page.keyboard.press('Enter');
    await h.expectHeading(page, 'Propositions');
    expect(await menu.getAttribute('aria-expanded')).toBe('false');
    expect(await focusedTag(page)).toBe('H1#page-title');
    await h.checkA11y(page);
  });

  it('focus is never left on the body: supporting, choosing a service, « Utiliser ma position », signing out', async () => {
    const page = await h.newPage(PHONE_360);
    await page.context().grantPermissions(['geolocation']);
    await page.context().setGeolocation({ latitude: POINT.lat, longitude: POINT.lng });
    await h.signIn(page, lucie);
    await expectFocusNotOnBody(page);

    await h.visit(page, `/proposals/${proposalId}`);
    const support = page.getByRole('button', { name: 'Soutenir cette proposition' });
    await support.focus();
    await page.keyboard.press('Enter');
    await page.getByText('Votre soutien est enregistré. Merci !').waitFor();
    await expectFocusNotOnBody(page);
    await h.checkA11y(page);

    await h.visit(page, '/service-requests/new');
    await page.getByRole('main').getByRole('link', { name: serviceName }).focus();
    await page.keyboard.press('Enter');
    await h.expectHeading(page, `Signaler : ${serviceName}`);
    expect(await focusedTag(page)).toBe('H1#page-title');
    await h.checkA11y(page);

    const locate = page.getByRole('button', { name: 'Utiliser ma position' });
    await locate.focus();
    await page.keyboard.press('Enter');
    await page.getByText(/Point placé à votre position/).waitFor();
    await expectFocusNotOnBody(page);
    await h.checkA11y(page);

    await h.openMenu(page);
    await page.getByRole('button', { name: 'Se déconnecter' }).click();
    await page.getByText('Vous êtes déconnecté·e').waitFor();
    await expectFocusNotOnBody(page);
    await h.checkA11y(page);
  });

  it('in English, what residents wrote stays marked French (lang="fr")', async () => {
    const page = await h.newPage(PHONE_360);
    await h.visit(page, `/proposals/${proposalId}`);
    await page.getByRole('banner').getByRole('button', { name: 'English' }).click();
    await page.getByRole('banner').getByRole('button', { name: 'Français' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    const title = page.getByRole('heading', { level: 1, name: 'Un abri vélo devant la gare' });
    expect(await title.getAttribute('lang')).toBe('fr');
    await h.checkA11y(page);
    await h.visit(page, '/');
    await page.getByRole('heading', { name: 'Most supported proposals' }).waitFor();
    expect(await page.getByRole('link', { name: 'Un abri vélo devant la gare' }).getAttribute('lang')).toBe('fr');
    // The interface's own text is not marked: it follows <html lang>.
    expect(await page.getByRole('heading', { level: 1 }).getAttribute('lang')).toBeNull();
    await h.checkA11y(page);
  });

  describe('over plain HTTP by a LAN address', () => {
    let lan: Server;
    let base: string;

    beforeAll(async () => {
      // The same app on all interfaces, reached by this machine's own network address (127.0.0.2 when it has none).
      const address = Object.values(networkInterfaces())
        .flat()
        .find((i) => i && i.family === 'IPv4' && !i.internal)?.address;
      lan = createServer(h.t.app.getHttpAdapter().getInstance());
      await new Promise<void>((resolve) => lan.listen(0, '0.0.0.0', resolve));
      base = `http://${address ?? '127.0.0.2'}:${(lan.address() as AddressInfo).port}`;
    });
    afterAll(() => new Promise<void>((resolve) => lan?.close(() => resolve())));

    it('renders and runs: no upgrade-insecure-requests, no HSTS', async () => {
      const page = await h.newPage(PHONE_360);
      const response = await page.goto(`${base}/`, { waitUntil: 'load' });
      expect(response?.status()).toBe(200);
      const headers = response!.headers();
      expect(headers['strict-transport-security']).toBeUndefined();
      expect(headers['content-security-policy']).not.toMatch(/upgrade-insecure-requests/);
      // Scripts ran (React drew the heading) and the API answered (the lists came).
      await h.expectHeading(page, HOME_TITLE);
      await page.getByRole('region', { name: 'Propositions les plus soutenues' }).getByRole('listitem').first().waitFor();
      await h.checkA11y(page);
    });
  });
});
