import { existsSync, readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { TestApp } from '../harness/test-app';

/**
 * Browser tests: the real server (own fresh database, serving the built client from client/dist)
 * on an ephemeral port, driven by Debian's Chromium through playwright-core, with axe-core run on
 * every page visited. Build the client first: `npm run build --workspace client`.
 */

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CLIENT_DIST = resolve(__dirname, '../../client/dist');
const AXE_SOURCE_PATH = require.resolve('axe-core/axe.min.js');
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

export const PHONE = { width: 390, height: 844 };
export const DESKTOP = { width: 1280, height: 900 };

// Starting Chromium and a server takes a few seconds; a user journey takes tens.
jest.setTimeout(120_000);

let axeSource: string | undefined;

export interface Credentials {
  email: string;
  password: string;
}

export class BrowserHarness {
  private readonly contexts: BrowserContext[] = [];
  /** Uncaught errors in any page: a test fails on the next checkA11y if one happened. */
  readonly pageErrors: string[] = [];

  private constructor(
    readonly t: TestApp,
    readonly browser: Browser,
    readonly baseUrl: string,
  ) {}

  static async start(env: Record<string, string> = {}): Promise<BrowserHarness> {
    if (!existsSync(CHROMIUM)) {
      throw new Error(`Chromium not found at ${CHROMIUM}: run scripts/ensure-chromium.sh (installs Debian's chromium with apt-get)`);
    }
    if (!existsSync(join(CLIENT_DIST, 'index.html'))) {
      throw new Error('client/dist/index.html is missing: build the client first (npm run build --workspace client)');
    }
    const t = await TestApp.start({ CLIENT_DIST_DIR: CLIENT_DIST, ...env });
    try {
      await t.app.listen(0, '127.0.0.1');
      const { port } = t.app.getHttpServer().address() as AddressInfo;
      // launch() gives every browser a fresh temporary profile (user-data dir), removed on close.
      const browser = await chromium.launch({
        executablePath: CHROMIUM,
        args: [
          '--headless',
          '--no-sandbox',
          '--disable-gpu',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--no-first-run',
          '--disable-quic',
        ],
      });
      return new BrowserHarness(t, browser, `http://127.0.0.1:${port}`);
    } catch (error) {
      await t.close();
      throw error;
    }
  }

  /** A page in a fresh context (own storage: a different person). Phone-sized unless told otherwise. */
  /** `serviceWorkers: 'block'`: no service worker, so `page.route` sees every request of the page. */
  async newPage(viewport: { width: number; height: number } = PHONE, options: { serviceWorkers?: 'allow' | 'block' } = {}): Promise<Page> {
    const context = await this.browser.newContext({
      ...options,
      viewport,
      baseURL: this.baseUrl,
      locale: 'fr-FR',
      timezoneId: 'Europe/Paris',
      reducedMotion: 'reduce',
    });
    context.setDefaultTimeout(10_000);
    this.contexts.push(context);
    const page = await context.newPage();
    page.on('pageerror', (error) => this.pageErrors.push(`${page.url()}: ${error.message}`));
    return page;
  }

  /** Opens `path`, waits for the page's h1 and for loading to end, then runs axe. */
  async visit(page: Page, path: string): Promise<void> {
    await page.goto(path, { waitUntil: 'load' });
    await this.checkA11y(page);
  }

  /** Waits for the page to settle (an h1, no spinner), then fails on any WCAG 2.1 A/AA violation. */
  async checkA11y(page: Page): Promise<void> {
    await page.locator('h1').first().waitFor({ state: 'visible' });
    await page
      .locator('.p-spinner')
      .first()
      .waitFor({ state: 'detached' })
      .catch(() => undefined);
    expect(this.pageErrors).toEqual([]);
    axeSource ??= readFileSync(AXE_SOURCE_PATH, 'utf8');
    // Evaluated through the DevTools protocol, so the app's Content-Security-Policy stays on.
    if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
    const violations = await page.evaluate(async (tags) => {
      const axe = (window as unknown as { axe: { run: (ctx: Document, opts: unknown) => Promise<{ violations: AxeViolation[] }> } }).axe;
      const result = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
      return result.violations.map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        nodes: v.nodes.slice(0, 5).map((n) => `${n.target.join(' ')} — ${n.failureSummary ?? ''}`.replace(/\s+/g, ' ')),
      }));
    }, AXE_TAGS);
    if (violations.length) {
      const report = violations.map((v) => `  [${v.impact}] ${v.id}: ${v.help}\n${v.nodes.map((n) => `      ${n}`).join('\n')}`).join('\n');
      throw new Error(`axe found ${violations.length} accessibility violation(s) on ${page.url()}:\n${report}`);
    }
  }

  /** Waits for the page's h1 to read `name` (after a client-side navigation). */
  async expectHeading(page: Page, name: string | RegExp): Promise<void> {
    await page.getByRole('heading', { level: 1, name }).waitFor();
  }

  /** Signs in through the form (French labels), and waits to leave the sign-in page. */
  async signIn(page: Page, user: Credentials, next?: string): Promise<void> {
    await this.visit(page, next ? `/sign-in?next=${encodeURIComponent(next)}` : '/sign-in');
    await page.getByLabel('Adresse e-mail').fill(user.email);
    await page.getByLabel('Mot de passe').fill(user.password);
    await page.getByRole('main').getByRole('button', { name: 'Se connecter' }).click();
    await page.waitForURL((url) => url.pathname !== '/sign-in');
    // At phone widths the account links are behind « Menu » (closed): present is enough.
    await page.getByRole('button', { name: 'Se déconnecter', includeHidden: true }).waitFor({ state: 'attached' });
  }

  /**
   * At phone widths the header's links (navigation, account, sign-out) are behind the « Menu »
   * button: opens it when it is shown and closed; does nothing wider, where they are always shown.
   */
  async openMenu(page: Page): Promise<void> {
    const button = page.getByRole('banner').getByRole('button', { name: 'Menu' });
    if ((await button.isVisible()) && (await button.getAttribute('aria-expanded')) !== 'true') await button.click();
  }

  async close(): Promise<void> {
    for (const c of this.contexts) await c.close().catch(() => undefined);
    await this.browser?.close().catch(() => undefined);
    await this.t.close();
  }
}

interface AxeViolation {
  id: string;
  impact?: string | null;
  help: string;
  nodes: { target: string[]; failureSummary?: string }[];
}
