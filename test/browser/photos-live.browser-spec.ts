import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import sharp from 'sharp';
import type { TestUser } from '../harness/factories';
import { makeService, move } from '../harness/service-requests';
import { BrowserHarness, DESKTOP } from './harness';

/**
 * Photos and live updates through the built client, in Chromium, axe on every page: a resident
 * attaches photos to a proposal (one refused file, a reorder and a removal on the draft), files a
 * report with a photo, then follows it live while an agent works on it: new status, a request for
 * details answered with a photo, the unread count in the header, all without reloading the page.
 */
describe('photos and live updates in the browser', () => {
  let h: BrowserHarness;
  let dir: string;
  let files: { green: string; red: string; blue: string; notAnImage: string };
  let lea: TestUser;
  let agent: TestUser;
  let serviceId: string;
  let serviceName: string;
  let requestId: string;
  let reference: string;
  let leaSees: Page;

  const TITLE = 'Des arbres fruitiers dans le square Jean-Moulin';
  const SHOTS = process.env.SCREENSHOT_DIR ?? '/tmp/parvis-shots/photos';
  const shot = (page: Page, name: string) => page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
  const main = (page: Page) => page.getByRole('main');
  const picker = (scope: Page | Locator) => scope.getByRole('group', { name: /^Photos/ });
  const addPhotos = (scope: Page | Locator) => scope.getByLabel(/^Ajouter (des|d’autres) photos$/);
  const jpeg = (width: number, height: number, background: string) =>
    sharp({ create: { width, height, channels: 3, background } })
      .jpeg()
      .toBuffer();
  const imagesOf = (type: string, id: string) =>
    h.t.sql(`SELECT id, position, width, height FROM images WHERE attached_type = $1 AND attached_id = $2 ORDER BY position`, [type, id]);

  /** Every image of `scope`: its src and its link (the large variant) answer 200 with WebP. */
  async function expectServed(scope: Locator, count: number) {
    const imgs = scope.getByRole('img');
    expect(await imgs.count()).toBe(count);
    for (let i = 0; i < count; i++) {
      const img = imgs.nth(i);
      const urls = [await img.getAttribute('src'), await img.locator('xpath=..').getAttribute('href')];
      expect(await img.getAttribute('loading')).toBe('lazy');
      expect(Number(await img.getAttribute('width'))).toBeGreaterThan(0);
      expect(Number(await img.getAttribute('height'))).toBeGreaterThan(0);
      for (const url of urls) {
        const res = await fetch(new URL(url!, h.baseUrl));
        expect([url, res.status, res.headers.get('content-type')]).toEqual([url, 200, 'image/webp']);
      }
    }
  }

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    dir = mkdtempSync(join(tmpdir(), 'parvis-photos-'));
    files = {
      green: join(dir, 'verger.jpg'),
      red: join(dir, 'pommes.jpg'),
      blue: join(dir, 'ciel.jpg'),
      notAnImage: join(dir, 'notes.jpg'),
    };
    writeFileSync(files.green, await jpeg(1600, 1200, '#3a6'));
    writeFileSync(files.red, await jpeg(1200, 1600, '#c33'));
    writeFileSync(files.blue, await jpeg(1600, 900, '#36c'));
    writeFileSync(files.notAnImage, 'Ceci est un fichier texte, pas une photo.\n');
    h = await BrowserHarness.start();
    lea = await h.t.factories.resident({ displayName: 'Léa Garnier' });
    const department = await h.t.factories.department(undefined, 'Voirie');
    const service = await makeService(h.t, department.id, { name: 'Nid-de-poule', group: 'Voirie' });
    serviceId = service.id;
    serviceName = service.name;
    agent = await h.t.factories.agent([department.id]);
  });
  afterAll(async () => {
    await h?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('a resident attaches photos to a proposal: a refused file is explained, the draft keeps, reorders and removes them, the page shows them', async () => {
    const page = await h.newPage();
    await h.signIn(page, lea);
    await h.visit(page, '/proposals/new');
    await h.expectHeading(page, 'Proposer une idée');
    await page.getByLabel('Titre').fill(TITLE);
    await page.getByLabel('Description').fill('Planter des pommiers et des poiriers que chacun pourra cueillir.');

    // A text file named .jpg: the server refuses it, the reason is said in French, nothing is kept.
    await addPhotos(page).setInputFiles(files.notAnImage);
    const status = picker(page).getByRole('status');
    await status.getByText('« notes.jpg » n’a pas été ajoutée : ce n’est pas une photo au format JPEG, PNG, WebP ou AVIF.').waitFor();
    expect(await picker(page).getByRole('img').count()).toBe(0);
    await h.checkA11y(page);

    await addPhotos(page).setInputFiles([files.green, files.red, files.blue]);
    await status.getByText('3 photos jointes sur 6 possibles.').waitFor();
    const list = picker(page).getByRole('list', { name: 'Photos jointes (3 sur 6 possibles)' });
    for (const n of [1, 2, 3]) await list.getByRole('img', { name: `Photo ${n} sur 3` }).waitFor();
    await list.getByRole('button', { name: 'Retirer la photo 2' }).waitFor();
    await h.checkA11y(page);
    await shot(page, 'proposal-form-photos-phone');
    await page.setViewportSize(DESKTOP);
    await shot(page, 'proposal-form-photos-desktop');
    await page.setViewportSize({ width: 390, height: 844 });

    await page.getByRole('button', { name: 'Enregistrer le brouillon' }).click();
    await h.expectHeading(page, TITLE);
    const proposalId = page.url().split('/').pop()!;
    const uploaded = await imagesOf('PROPOSAL', proposalId);
    expect(uploaded.map((i: { position: number }) => i.position)).toEqual([1, 2, 3]);
    expect(uploaded.map((i: { width: number; height: number }) => [i.width, i.height])).toEqual([
      [1600, 1200],
      [1200, 1600],
      [1600, 900],
    ]);
    const [green, red, blue] = uploaded.map((i: { id: string }) => i.id);

    // Editing the draft: the blue one first, the green one removed.
    await page.getByRole('link', { name: 'Modifier le brouillon' }).click();
    await h.expectHeading(page, 'Modifier le brouillon');
    const editList = picker(page).getByRole('list', { name: 'Photos jointes (3 sur 6 possibles)' });
    await editList.getByRole('img', { name: 'Photo 3 sur 3' }).waitFor();
    await h.checkA11y(page);
    await editList.getByRole('button', { name: 'Avancer la photo 3' }).click();
    await picker(page).getByRole('status').getByText('Photo déplacée en position 2 sur 3.').waitFor();
    // Focus stays on the moved photo's control, now photo 2.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Avancer la photo 2');
    await page.keyboard.press('Enter');
    await picker(page).getByRole('status').getByText('Photo déplacée en position 1 sur 3.').waitFor();
    await picker(page).getByRole('button', { name: 'Retirer la photo 2' }).click();
    await picker(page).getByRole('status').getByText('Photo 2 retirée.').waitFor();
    await picker(page).getByRole('list', { name: 'Photos jointes (2 sur 6 possibles)' }).waitFor();
    await h.checkA11y(page);
    await page.getByRole('button', { name: 'Enregistrer les modifications' }).click();
    await page.getByText('Brouillon modifié.').waitFor();
    expect((await imagesOf('PROPOSAL', proposalId)).map((i: { id: string; position: number }) => [i.id, i.position])).toEqual([
      [blue, 1],
      [red, 2],
    ]);
    // The removed one is detached (the cleanup deletes it later), not attached elsewhere.
    expect(await h.t.sql('SELECT attached_id FROM images WHERE id = $1', [green])).toEqual([{ attached_id: null }]);

    await page.getByRole('button', { name: 'Publier la proposition' }).click();
    await page.getByText('Proposition publiée : elle est visible de tous').waitFor();
    const gallery = page.getByRole('list', { name: 'Photos de la proposition' });
    await gallery.getByRole('link', { name: `Photo 1 sur 2 de la proposition « ${TITLE} »` }).waitFor();
    await gallery.getByRole('link', { name: `Photo 2 sur 2 de la proposition « ${TITLE} »` }).waitFor();
    await expectServed(gallery, 2);
    expect(await gallery.getByRole('img').first().getAttribute('src')).toBe(`/media/${blue}/thumb`);
    expect(await gallery.getByRole('link').first().getAttribute('href')).toBe(`/media/${blue}/large`);
    await h.checkA11y(page);
    await shot(page, 'proposal-gallery-phone');
    expect((await h.t.sql('SELECT status FROM proposals WHERE id = $1', [proposalId]))[0].status).toBe('PUBLISHED');
    expect((await imagesOf('PROPOSAL', proposalId)).map((i: { id: string }) => i.id)).toEqual([blue, red]);

    // A visitor sees the same photos, and the card in the list shows the first one.
    const visitor = await h.newPage(DESKTOP);
    await h.visit(visitor, `/proposals/${proposalId}`);
    await expectServed(visitor.getByRole('list', { name: 'Photos de la proposition' }), 2);
    await shot(visitor, 'proposal-gallery-desktop');
    await h.visit(visitor, '/proposals');
    const card = main(visitor).getByRole('article').filter({ hasText: TITLE });
    const thumb = card.getByRole('img', { name: `Photo de la proposition « ${TITLE} »` });
    await thumb.waitFor();
    expect(await thumb.getAttribute('src')).toBe(`/media/${blue}/thumb`);
    await shot(visitor, 'proposal-list-desktop');
    await visitor.close();
  });

  it('a resident files a report with a photo', async () => {
    leaSees = await h.newPage();
    const page = leaSees;
    await h.signIn(page, lea);
    await h.visit(page, `/service-requests/new?service=${serviceId}`);
    await h.expectHeading(page, `Signaler : ${serviceName}`);
    await page.getByLabel('Description').fill('Un nid-de-poule profond devant l’école, dangereux pour les vélos.');
    await page.getByLabel('Adresse').fill('12 rue de l’École');
    await addPhotos(page).setInputFiles(files.green);
    await picker(page).getByRole('img', { name: 'Photo 1 sur 1' }).waitFor();
    await picker(page).getByRole('status').getByText('1 photo jointe sur 6 possibles.').waitFor();
    await h.checkA11y(page);
    await shot(page, 'request-form-photo-phone');
    await page.getByRole('button', { name: 'Envoyer ma demande' }).click();
    await page.waitForURL(/\/service-requests\/[0-9a-f-]{36}$/);
    [{ id: requestId, reference }] = await h.t.sql('SELECT id, reference FROM service_requests WHERE requester_id = $1', [lea.id]);
    await h.expectHeading(page, `Demande ${reference}`);
    const gallery = page.getByRole('list', { name: 'Photos de la demande' });
    await gallery.getByRole('link', { name: `Photo 1 sur 1 de la demande ${reference}` }).waitFor();
    await expectServed(gallery, 1);
    await h.checkA11y(page);
    expect(await imagesOf('SERVICE_REQUEST', requestId)).toHaveLength(1);
  });

  it('the request page follows an agent’s changes live; the unread count in the header goes up live, and down once read', async () => {
    const page = leaSees;
    const nav = page.getByRole('navigation', { name: 'Navigation principale' });
    // Set on this document: still there at the end means the page was never reloaded.
    await page.evaluate(() => ((window as unknown as { parvisMark: number }).parvisMark = 42));
    await h.openMenu(page);
    await nav.getByRole('link', { name: 'Notifications', exact: true }).waitFor();

    // The agent, in another browser, acknowledges it.
    const agentSees = await h.newPage(DESKTOP);
    await h.signIn(agentSees, agent);
    await h.visit(agentSees, `/service-requests/${requestId}`);
    const staff = agentSees.getByRole('region', { name: 'Traitement (agents)' });
    await staff.getByLabel('Nouveau statut').selectOption({ label: 'Prise en compte' });
    await staff.getByRole('button', { name: 'Changer le statut' }).click();
    await agentSees.getByRole('status').getByText('Statut changé : Prise en compte.').waitFor();

    await page.getByRole('status').getByText('Mise à jour : la demande est maintenant « Prise en compte ».').waitFor();
    await page.getByRole('region', { name: 'Où en est la demande' }).getByText('Prise en compte', { exact: true }).waitFor();
    await nav.getByRole('link', { name: 'Notifications, 1 non lue', exact: true }).waitFor();
    expect(await nav.getByText('1', { exact: true }).getAttribute('aria-hidden')).toBe('true');
    await h.checkA11y(page);

    // Through the API this time: details are asked for; the reply form appears by itself.
    await move(h.t, agent, requestId, 'WAITING_FOR_RESIDENT', 'Pouvez-vous photographier le trou avec un objet pour l’échelle ?');
    const reply = page.getByRole('region', { name: 'Répondre à la mairie' });
    await reply.getByText('Pouvez-vous photographier le trou').waitFor();
    await page.getByRole('status').getByText('Mise à jour : la demande est maintenant « En attente de précisions ».').waitFor();
    await nav.getByRole('link', { name: 'Notifications, 2 non lues', exact: true }).waitFor();
    await h.checkA11y(page);
    await shot(page, 'request-live-phone');

    // The reply carries a photo; the agent's open page hears of it.
    await reply.getByLabel('Votre réponse').fill('Voici la photo, avec une canette pour l’échelle.');
    await addPhotos(reply).setInputFiles(files.red);
    await reply.getByRole('img', { name: 'Photo 1 sur 1' }).waitFor();
    await reply.getByRole('button', { name: 'Envoyer ma réponse' }).click();
    await page.getByRole('status').getByText('Réponse envoyée.').waitFor();
    const timeline = page.getByRole('list', { name: 'Historique' });
    const answered = timeline.getByRole('listitem').filter({ hasText: 'Voici la photo' });
    await answered.getByRole('link', { name: /^Photo 1 sur 1 jointe à la réponse du / }).waitFor();
    // Reply photos are private: signed URLs, served to those who hold them.
    const src = await answered.getByRole('img').getAttribute('src');
    expect(src).toMatch(/\?exp=\d+&sig=/);
    await expectServed(answered, 1);
    // The filed photo stays in the details; the reply's is shown with the reply only.
    await expectServed(page.getByRole('list', { name: 'Photos de la demande' }), 1);
    await h.checkA11y(page);
    await agentSees.getByRole('status').getByText('Mise à jour : la personne qui a fait la demande a répondu.').waitFor();
    await agentSees.getByRole('list', { name: 'Historique' }).getByText('Voici la photo, avec une canette pour l’échelle.').waitFor();
    await h.checkA11y(agentSees);
    const attached = await imagesOf('SERVICE_REQUEST', requestId);
    expect(attached).toHaveLength(2);
    expect(await page.evaluate(() => (window as unknown as { parvisMark?: number }).parvisMark)).toBe(42);

    // Reading them brings the count down (and the header says so).
    await nav.getByRole('link', { name: 'Notifications, 2 non lues' }).click();
    await h.expectHeading(page, 'Notifications (2 non lues)');
    await h.checkA11y(page);
    await page.getByRole('button', { name: 'Tout marquer comme lu' }).click();
    await page.getByRole('status').getByText('2 notifications marquées comme lues.').waitFor();
    await h.openMenu(page); // the menu closed with the navigation to the notifications page
    await nav.getByRole('link', { name: 'Notifications', exact: true }).waitFor();

    // A new one arrives while the notifications page is open: the count and the list follow.
    await move(h.t, agent, requestId, 'RESOLVED', 'Le trou a été rebouché ce matin.');
    await nav.getByRole('link', { name: 'Notifications, 1 non lue', exact: true }).waitFor();
    await h.expectHeading(page, 'Notifications (1 non lue)');
    await page
      .getByRole('list', { name: 'Mes notifications' })
      .getByText(`La demande ${reference} a changé de statut : Résolue.`)
      .waitFor();
    await h.checkA11y(page);
    expect(await page.evaluate(() => (window as unknown as { parvisMark?: number }).parvisMark)).toBe(42);
    await agentSees.close();
  });

  it('a very large photo is redrawn smaller in the browser before it is sent (the server would refuse it as it is)', async () => {
    // 3000×2000 pixels of noise as an uncompressed PNG: about 18 MB, above the server's 15 MB.
    const big = join(dir, 'panorama.png');
    const noise = randomBytes(3000 * 2000 * 3);
    writeFileSync(
      big,
      await sharp(noise, { raw: { width: 3000, height: 2000, channels: 3 } })
        .png({ compressionLevel: 0 })
        .toBuffer(),
    );
    expect(statSync(big).size).toBeGreaterThan(15 * 1024 * 1024);
    const page = await h.newPage();
    await h.signIn(page, lea);
    await h.visit(page, '/proposals/new');
    await addPhotos(page).setInputFiles(big);
    await picker(page).getByRole('status').getByText('1 photo jointe sur 6 possibles.').waitFor({ timeout: 30_000 });
    await picker(page).getByRole('img', { name: 'Photo 1 sur 1' }).waitFor();
    const [row] = await h.t.sql(
      `SELECT width, height, source_format, source_bytes FROM images WHERE owner_id = $1 ORDER BY created_at DESC LIMIT 1`,
      [lea.id],
    );
    expect(row).toMatchObject({ width: 2560, height: 1707, source_format: 'jpeg' });
    expect(row.source_bytes).toBeLessThan(15 * 1024 * 1024);
    await h.checkA11y(page);
    await page.close();
  });
});
