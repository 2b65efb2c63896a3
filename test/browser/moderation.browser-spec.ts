import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import type { TestUser } from '../harness/factories';
import { createForum, createTopic } from '../harness/forums';
import { flag } from '../harness/moderation';
import { publishedProposal } from '../harness/proposals';
import { BrowserHarness, DESKTOP } from './harness';

/**
 * Moderation through the built client, in Chromium, axe on every page: a resident at 360 px flags
 * a comment (after forgetting the reason); a moderator at 360 px hides it from the queue (focus on
 * the next item), then dismisses the other item (focus on the list's heading); the public sees
 * « masqué » in its place; its author reads why, in place and in a notification; the moderator
 * restores it from the log and suspends the author, who sees the banner and, trying to comment, an
 * error naming the end date; an admin sees the suspension on the author's page; the moderator
 * lifts it; the log lists every action; the transparency page counts them. Then a forum topic: a
 * resident reports it, a moderator meets it on its page (« Modérer »), hides it from its moderation
 * page, and its page says so to the public. The steps share one thread and run in order.
 */
describe('moderation in the browser', () => {
  let h: BrowserHarness;
  let moderator: TestUser;
  let admin: TestUser;
  let claire: TestUser;
  let jeanne: TestUser;
  let bob: TestUser;
  let proposalId: string;
  let commentId: string;
  const PHONE_360 = { width: 360, height: 780 };
  const TITLE = 'Des bancs au jardin public';
  const OFFENCE = 'Tu racontes n’importe quoi, espèce d’idiot.';
  const HIDE_REASON = 'Propos injurieux envers un autre habitant.';
  const SUSPEND_REASON = 'Insultes répétées malgré un premier masquage.';

  beforeAll(async () => {
    h = await BrowserHarness.start();
    moderator = await h.t.factories.moderator();
    admin = await h.t.factories.admin();
    claire = await h.t.factories.resident({ displayName: 'Claire Bernard' });
    jeanne = await h.t.factories.resident({ displayName: 'Jeanne Martin' });
    bob = await h.t.factories.resident({ displayName: 'Bob Durand' });
    proposalId = (await publishedProposal(h.t, claire, { title: TITLE, body: 'Pour se reposer à l’ombre des tilleuls.' })).id;
    const added = await h.t.gqlOk(
      `mutation($id: ID!, $body: String!) { addComment(input: { targetType: PROPOSAL, targetId: $id, body: $body }) { id } }`,
      { id: proposalId, body: OFFENCE },
      bob.token,
    );
    commentId = added.addComment.id;
  });
  afterAll(() => h?.close());

  const commentBy = (scope: Page | Locator, name: string) => scope.getByRole('article', { name: new RegExp(`^${name}`) });
  /** The accessible name (label or text) of the focused element. */
  const focusedName = (page: Page) =>
    page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return '';
      return (el.getAttribute('aria-label') ?? el.textContent ?? '').trim();
    });
  /** Nothing wider than the screen (the elements that stick out are named when something does). */
  const noSideScroll = async (page: Page) => {
    const wide = await page.evaluate((width) => {
      if (document.documentElement.scrollWidth <= width) return [];
      return [...document.querySelectorAll('body *')]
        .filter((e) => e.getBoundingClientRect().right > width + 0.5)
        .slice(0, 5)
        .map((e) => `${e.tagName.toLowerCase()}.${e.className} (${Math.round(e.getBoundingClientRect().right)} px)`);
    }, PHONE_360.width);
    expect(wide).toEqual([]);
  };
  /** With SCREENSHOTS_DIR set, full-page screenshots for a person to look at. */
  async function screenshot(page: Page, name: string) {
    const dir = process.env.SCREENSHOTS_DIR;
    if (!dir) return;
    mkdirSync(dir, { recursive: true });
    await page.screenshot({ path: join(dir, `moderation-${name}.png`), fullPage: true });
  }
  /** A date and time as the French interface writes it, in Paris time (the browsers' time zone here). */
  const frDateTime = (d: Date | string) =>
    new Intl.DateTimeFormat('fr', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Paris' }).format(new Date(d));

  it('a resident at 360 px flags a comment, after being told to choose a reason', async () => {
    const page = await h.newPage(PHONE_360);
    await h.signIn(page, jeanne);
    await h.visit(page, `/proposals/${proposalId}`);
    await noSideScroll(page);
    const comment = commentBy(page, 'Bob Durand');
    await comment.getByText(OFFENCE).waitFor();

    const report = comment.getByRole('button', { name: 'Signaler : commentaire de Bob Durand' });
    await report.click();
    expect(await report.getAttribute('aria-expanded')).toBe('true');
    const form = page.getByRole('form', { name: 'Signaler : commentaire de Bob Durand' });
    // The first reason takes focus.
    await page.waitForFunction(() => (document.activeElement as HTMLInputElement | null)?.type === 'radio');
    await h.checkA11y(page);
    await noSideScroll(page);

    // No reason: told so, on the reasons, and nothing is sent.
    await form.getByRole('button', { name: 'Envoyer le signalement' }).click();
    await form.getByRole('alert').getByText('Choisissez une raison.').waitFor();
    expect(await h.t.sql(`SELECT id FROM flags`)).toEqual([]);

    await form.getByRole('radio', { name: /Propos injurieux, harcèlement ou haine/ }).check();
    const note = form.getByLabel('Précisions pour les modérateurs');
    await note.fill('Il insulte une voisine.');
    await form.getByText(/^23 caractères sur 1\s000$/).waitFor();
    await form.getByRole('button', { name: 'Envoyer le signalement' }).click();

    // Said politely, the form closed, focus back on the button, which now says so.
    await comment.getByRole('status').getByText('Merci : votre signalement est transmis aux modérateurs').waitFor();
    const done = comment.getByRole('button', { name: 'Signalé : commentaire de Bob Durand' });
    await done.waitFor();
    expect(await focusedName(page)).toBe('Signalé : commentaire de Bob Durand');
    expect(await form.count()).toBe(0);
    await h.checkA11y(page);
    await noSideScroll(page);
    await screenshot(page, 'flagged-phone');
    expect(await h.t.sql(`SELECT f.reason, f.note, f.flagger_id FROM flags f`)).toEqual([
      { reason: 'ABUSE', note: 'Il insulte une voisine.', flagger_id: jeanne.id },
    ]);

    // Its author has no button on their own comment; a visitor has none at all.
    const author = await h.newPage(PHONE_360);
    await h.signIn(author, bob);
    await h.visit(author, `/proposals/${proposalId}`);
    await commentBy(author, 'Bob Durand').getByText(OFFENCE).waitFor();
    expect(
      await commentBy(author, 'Bob Durand')
        .getByRole('button', { name: /^Signaler/ })
        .count(),
    ).toBe(0);
    // Claire's proposal is not his: he may report it.
    await author.getByRole('button', { name: `Signaler : la proposition « ${TITLE} »` }).waitFor();
    const visitor = await h.newPage(PHONE_360);
    await h.visit(visitor, `/proposals/${proposalId}`);
    await commentBy(visitor, 'Bob Durand').getByText(OFFENCE).waitFor();
    expect(await visitor.getByRole('button', { name: /^Signaler/ }).count()).toBe(0);
  });

  it('a moderator at 360 px hides it from the queue, then dismisses the next item; focus follows', async () => {
    // Another item, flagged after the comment: it comes second (oldest flag first).
    await flag(h.t, jeanne, 'PROPOSAL', proposalId, 'SPAM', 'Publicité déguisée ?');

    const page = await h.newPage(PHONE_360);
    await h.signIn(page, moderator);
    await h.openMenu(page);
    await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Modération' }).click();
    await h.expectHeading(page, 'File de modération');
    await h.checkA11y(page);
    await noSideScroll(page);
    await page.getByRole('heading', { level: 2, name: '2 contenus à examiner' }).waitFor();
    const items = page.getByRole('article');
    expect(await items.getByRole('heading', { level: 3 }).allTextContents()).toEqual([
      'Commentaire de Bob Durand',
      'Proposition de Claire Bernard',
    ]);

    const item = page.getByRole('article', { name: 'Commentaire de Bob Durand' });
    await item.getByText('1 signalement en attente').waitFor();
    await item.getByText(OFFENCE).waitFor();
    await item.getByText(`Dans la proposition « ${TITLE} »`).waitFor();
    await item.getByText('Propos injurieux, harcèlement ou haine : 1').waitFor();
    await item.getByText('« Il insulte une voisine. »').waitFor();
    // The flagger is never named to moderators.
    expect(await item.getByText('Jeanne Martin').count()).toBe(0);
    await item.getByRole('link', { name: 'Voir dans sa page : Commentaire de Bob Durand' }).waitFor();

    await item.getByRole('button', { name: 'Masquer : Commentaire de Bob Durand' }).click();
    const hideForm = page.getByRole('form', { name: 'Masquer : Commentaire de Bob Durand' });
    await page.waitForFunction(() => document.activeElement?.tagName === 'TEXTAREA');
    // The ground proposed is the reason flagged most.
    expect(await hideForm.getByLabel('Motif retenu pour le rapport de transparence').inputValue()).toBe('ABUSE');
    await h.checkA11y(page);
    // A reason is required (the server says so, on the field).
    await hideForm.getByRole('button', { name: 'Masquer ce contenu' }).click();
    await hideForm.getByText('Indiquez un motif.').first().waitFor();
    await hideForm.getByLabel(/^Motif, montré à l’auteur·e/).fill(HIDE_REASON);
    await hideForm.getByRole('button', { name: 'Masquer ce contenu' }).click();

    await page.getByRole('status').getByText('Contenu masqué : Commentaire de Bob Durand. Son auteur·e est prévenu·e.').waitFor();
    await page.getByRole('heading', { level: 2, name: '1 contenu à examiner' }).waitFor();
    await page.waitForFunction(() => document.activeElement?.textContent === 'Proposition de Claire Bernard');
    await h.checkA11y(page);
    await noSideScroll(page);
    await screenshot(page, 'queue-phone');

    const next = page.getByRole('article', { name: 'Proposition de Claire Bernard' });
    await next.getByRole('button', { name: 'Classer sans suite : Proposition de Claire Bernard' }).click();
    await page
      .getByRole('form', { name: 'Classer sans suite : Proposition de Claire Bernard' })
      .getByRole('button', { name: 'Classer les signalements sans suite' })
      .click();
    await page.getByRole('status').getByText('Signalements classés sans suite : Proposition de Claire Bernard.').waitFor();
    await page.getByText('Aucun contenu signalé n’attend d’examen.').waitFor();
    await page.waitForFunction(() => document.activeElement?.id === 'queue-list-title');
    expect(await focusedName(page)).toBe('0 contenu à examiner');
    await h.checkA11y(page);

    expect(await h.t.sql(`SELECT hidden_reason FROM comments WHERE id = $1`, [commentId])).toEqual([{ hidden_reason: HIDE_REASON }]);
    expect(await h.t.sql(`SELECT count(*)::int AS open FROM flags WHERE resolved_at IS NULL`)).toEqual([{ open: 0 }]);
  });

  it('the public no longer reads it: « masqué » in its place', async () => {
    const page = await h.newPage(PHONE_360);
    await h.visit(page, `/proposals/${proposalId}`);
    const comment = commentBy(page, 'Bob Durand');
    await comment.getByText('Commentaire masqué par la modération.').waitFor();
    expect(await page.getByText(OFFENCE).count()).toBe(0);
    expect(await page.getByText(HIDE_REASON).count()).toBe(0);
    await noSideScroll(page);
  });

  it('its author is told, and reads why in place', async () => {
    await h.t.jobsDone(); // notifications are delivered by the job queue
    const page = await h.newPage(PHONE_360);
    await h.signIn(page, bob);
    await h.visit(page, '/notifications');
    const notice = page.getByRole('listitem').filter({ hasText: `La modération a masqué votre commentaire sur « ${TITLE} ».` });
    await notice.getByText(HIDE_REASON).waitFor();
    await noSideScroll(page);
    await notice.getByRole('link', { name: 'Voir le contenu' }).click();
    await h.expectHeading(page, TITLE);
    const comment = commentBy(page, 'Bob Durand');
    await comment.getByText(OFFENCE).waitFor();
    await comment
      .getByText(`Masqué par la modération pour ce motif : « ${HIDE_REASON} ». Seuls vous et l’équipe de modération voyez ce texte.`)
      .waitFor();
    // The link leads to the comment itself.
    await page.waitForFunction((id) => document.activeElement?.closest('li')?.id === `comment-${id}`, commentId);
    await h.checkA11y(page);
    await noSideScroll(page);
    await screenshot(page, 'author-phone');
  });

  it('the moderator restores it from the log, then suspends its author from the item', async () => {
    const page = await h.newPage(DESKTOP);
    await h.signIn(page, moderator);
    await h.visit(page, '/moderation/log');
    const hidden = page.getByRole('article', { name: /^Masquage, le / });
    await hidden.getByText(HIDE_REASON).waitFor();
    await hidden.getByText('Propos injurieux, harcèlement ou haine').waitFor();
    await hidden.getByText('1 signalement traité').waitFor();
    await hidden.getByRole('link', { name: 'Voir l’élément : Commentaire' }).click();
    await h.expectHeading(page, 'Contenu à modérer');
    await h.checkA11y(page);

    const item = page.getByRole('article', { name: 'Commentaire de Bob Durand' });
    await item.getByText(`pour ce motif : « ${HIDE_REASON} »`, { exact: false }).waitFor();
    await item.getByRole('button', { name: 'Rétablir : Commentaire de Bob Durand' }).click();
    const restore = page.getByRole('form', { name: 'Rétablir : Commentaire de Bob Durand' });
    await restore.getByLabel('Motif, montré à l’auteur·e').fill('Après relecture, il visait une idée, pas une personne.');
    await restore.getByRole('button', { name: 'Rétablir ce contenu' }).click();
    await page.getByRole('status').getByText('Contenu rétabli : Commentaire de Bob Durand. Son auteur·e est prévenu·e.').waitFor();
    await page.waitForFunction(() => document.activeElement?.id === 'moderated-item');
    await item.getByRole('button', { name: 'Masquer : Commentaire de Bob Durand' }).waitFor();
    await h.checkA11y(page);
    expect(await h.t.sql(`SELECT hidden_at FROM comments WHERE id = $1`, [commentId])).toEqual([{ hidden_at: null }]);

    // Bob is reading meanwhile: the banner comes to him live, with the notification.
    const bobPage = await h.newPage(PHONE_360);
    await h.signIn(bobPage, bob);
    await h.visit(bobPage, `/proposals/${proposalId}`);
    expect(await bobPage.getByText('Votre compte est suspendu', { exact: false }).count()).toBe(0);

    await item.getByRole('button', { name: 'Suspendre l’auteur·e : Bob Durand' }).click();
    const suspend = page.getByRole('form', { name: 'Suspendre Bob Durand' });
    await suspend.getByLabel('Durée de la suspension').selectOption('7');
    await suspend.getByLabel('Motif, montré à la personne suspendue').fill(SUSPEND_REASON);
    await h.checkA11y(page);
    await suspend.getByRole('button', { name: 'Suspendre Bob Durand' }).click();
    const [row] = await waitForRows(`SELECT until FROM suspensions WHERE user_id = $1`, [bob.id]);
    await page
      .getByRole('status')
      .getByText(`Bob Durand est suspendu·e jusqu’au ${frDateTime(row.until)}. La personne est prévenue.`)
      .waitFor();
    await page.waitForFunction(() => document.activeElement?.id === 'moderated-item');
    await h.checkA11y(page);
    await h.t.jobsDone();
    await bobPage.getByText(`Votre compte est suspendu jusqu’au ${frDateTime(row.until)}`).waitFor();
    await h.checkA11y(bobPage);
    const days = (new Date(row.until).getTime() - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(6.9);
    expect(days).toBeLessThanOrEqual(7);

    // The public reads the comment again.
    const visitor = await h.newPage(PHONE_360);
    await h.visit(visitor, `/proposals/${proposalId}`);
    await commentBy(visitor, 'Bob Durand').getByText(OFFENCE).waitFor();
  });

  it('the suspended author sees the banner, and trying to comment, an error naming the end date', async () => {
    const [{ until }] = await h.t.sql(`SELECT until FROM suspensions WHERE user_id = $1`, [bob.id]);
    const page = await h.newPage(PHONE_360);
    await h.signIn(page, bob);
    await h.visit(page, `/proposals/${proposalId}`);
    await page.getByText(`Votre compte est suspendu jusqu’au ${frDateTime(until)}`).waitFor();
    await page.getByText(`Motif donné par la modération : « ${SUSPEND_REASON} »`).waitFor();
    await noSideScroll(page);

    await page.getByLabel('Votre commentaire').fill('Je ne comprends pas pourquoi.');
    await page.getByRole('button', { name: 'Publier le commentaire' }).click();
    const error = page.getByRole('alert').filter({ hasText: 'Votre compte est suspendu' });
    await error
      .getByText(
        `Votre compte est suspendu jusqu’au ${frDateTime(until)} : vous pouvez lire, mais pas publier, commenter, soutenir ni voter d’ici là. Motif : « ${SUSPEND_REASON} ».`,
      )
      .waitFor();
    await h.checkA11y(page);
    await noSideScroll(page);
    await screenshot(page, 'suspended-phone');
    expect(await h.t.sql(`SELECT count(*)::int AS n FROM comments WHERE author_id = $1`, [bob.id])).toEqual([{ n: 1 }]);

    // Told by a notification too.
    await h.t.jobsDone();
    await h.visit(page, '/notifications');
    await page.getByText(`Votre compte est suspendu jusqu’au ${frDateTime(until)} : vous pouvez lire mais pas publier.`).waitFor();
    await page.getByText('La modération a rétabli votre commentaire', { exact: false }).waitFor();
  });

  it('an admin sees the suspension on the author’s page; the moderator lifts it; the log lists every action', async () => {
    const [{ until }] = await h.t.sql(`SELECT until FROM suspensions WHERE user_id = $1`, [bob.id]);
    const adminPage = await h.newPage(DESKTOP);
    await h.signIn(adminPage, admin);
    await h.visit(adminPage, `/admin/users/${bob.id}`);
    const card = adminPage.getByRole('region', { name: 'Suspension' });
    await card.getByRole('heading', { name: `Suspendu·e jusqu’au ${frDateTime(until)}` }).waitFor();
    await card.getByText(SUSPEND_REASON).waitFor();

    const page = await h.newPage(PHONE_360);
    await h.signIn(page, moderator);
    await h.visit(page, '/moderation/suspensions');
    await noSideScroll(page);
    await page.getByRole('heading', { level: 2, name: '1 suspension en cours' }).waitFor();
    const item = page.getByRole('article', { name: 'Bob Durand' });
    await item.getByText(SUSPEND_REASON).waitFor();
    await item.getByRole('button', { name: 'Lever la suspension de Bob Durand' }).click();
    const lift = page.getByRole('form', { name: 'Lever la suspension de Bob Durand' });
    await lift.getByLabel('Motif, montré à la personne').fill('Échange apaisé avec la mairie.');
    await h.checkA11y(page);
    await lift.getByRole('button', { name: 'Lever la suspension' }).click();
    await page.getByRole('status').getByText('La suspension de Bob Durand est levée. La personne est prévenue.').waitFor();
    await page.getByText('Aucun compte n’est suspendu en ce moment.').waitFor();
    await page.waitForFunction(() => document.activeElement?.id === 'suspensions-list-title');
    await h.checkA11y(page);

    await page.getByRole('navigation', { name: 'Pages de la modération' }).getByRole('link', { name: 'Journal de modération' }).click();
    await h.expectHeading(page, 'Journal de modération');
    await page.getByRole('heading', { level: 2, name: '5 actions' }).waitFor();
    const headings = await page.getByRole('article').getByRole('heading', { level: 3 }).allTextContents();
    expect(headings.map((text) => text.replace(/, le .*$/, ''))).toEqual([
      'Levée d’une suspension',
      'Suspension d’un compte',
      'Rétablissement',
      'Signalements classés sans suite',
      'Masquage',
    ]);
    const suspension = page.getByRole('article', { name: /^Suspension d’un compte/ });
    await suspension.getByText(`jusqu’au ${frDateTime(until)}`).waitFor();
    await suspension.getByText('Bob Durand').waitFor();
    await suspension.getByText(SUSPEND_REASON).waitFor();
    await h.checkA11y(page);
    await noSideScroll(page);

    // Filtered on one action.
    await page.getByLabel('Action', { exact: true }).selectOption('HIDE');
    await page.getByRole('button', { name: 'Filtrer' }).click();
    await page.getByRole('heading', { level: 2, name: '1 action' }).waitFor();
    await h.checkA11y(page);

    expect(await h.t.sql(`SELECT lifted_at IS NOT NULL AS lifted FROM suspensions WHERE user_id = $1`, [bob.id])).toEqual([
      { lifted: true },
    ]);
  });

  it('the transparency page, linked from every page’s footer, counts it all', async () => {
    const page = await h.newPage(PHONE_360);
    await h.visit(page, '/');
    await page.getByRole('contentinfo').getByRole('link', { name: 'Transparence de la modération' }).click();
    await h.expectHeading(page, 'Transparence de la modération');
    await h.checkA11y(page);
    await noSideScroll(page);

    const month = new Intl.DateTimeFormat('fr', { month: 'long', year: 'numeric', timeZone: 'Europe/Paris' }).format(new Date());
    const byMonth = page.getByRole('table', { name: 'Activité de modération par mois' });
    const cells = await byMonth
      .getByRole('row', { name: new RegExp(`^${month}`) })
      .getByRole('cell')
      .allTextContents();
    // Flags, hidden, restored, suspensions.
    expect(cells).toEqual(['2', '1', '1', '1']);
    const byGround = page.getByRole('table', { name: 'Contenus masqués par mois et par motif' });
    const headers = await byGround.getByRole('columnheader').allTextContents();
    const row = await byGround
      .getByRole('row', { name: new RegExp(`^${month}`) })
      .getByRole('cell')
      .allTextContents();
    expect(row[headers.indexOf('Propos injurieux, harcèlement ou haine') - 1]).toBe('1');
    expect(row[headers.indexOf('Spam ou publicité') - 1]).toBe('0');
    // No content and no names.
    expect(await page.getByText(OFFENCE).count()).toBe(0);
    expect(await page.getByText('Bob Durand').count()).toBe(0);
    await screenshot(page, 'transparency-phone');
  });

  it('a forum topic: reported by a resident, hidden by a moderator from its page, shown as hidden', async () => {
    const council = await h.t.factories.council();
    const forum = await createForum(h.t, council, { title: 'Vie du quartier' });
    const topic = await createTopic(h.t, claire, forum.id, { title: 'Vends scooter pas cher', body: 'Appelez le 06 00 00 00 00.' });

    const page = await h.newPage(PHONE_360);
    await h.signIn(page, jeanne);
    await h.visit(page, `/forums/topics/${topic.id}`);
    await page.getByRole('button', { name: 'Signaler : le sujet « Vends scooter pas cher »' }).click();
    const form = page.getByRole('form', { name: 'Signaler : le sujet « Vends scooter pas cher »' });
    await form.getByRole('radio', { name: /Hors sujet/ }).check();
    await h.checkA11y(page);
    await noSideScroll(page);
    await form.getByRole('button', { name: 'Envoyer le signalement' }).click();
    await page.getByRole('button', { name: 'Signalé : le sujet « Vends scooter pas cher »' }).waitFor();

    const mod = await h.newPage(DESKTOP);
    await h.signIn(mod, moderator);
    await h.visit(mod, `/forums/topics/${topic.id}`);
    await mod.getByRole('link', { name: 'Modérer : le sujet « Vends scooter pas cher »' }).click();
    await h.expectHeading(mod, 'Contenu à modérer');
    const item = mod.getByRole('article', { name: 'Sujet de forum de Claire Bernard' });
    await item.getByText('Dans le forum « Vie du quartier »').waitFor();
    await item.getByText('Hors sujet : 1').waitFor();
    await h.checkA11y(mod);
    await item.getByRole('button', { name: 'Masquer : Sujet de forum de Claire Bernard' }).click();
    const hide = mod.getByRole('form', { name: 'Masquer : Sujet de forum de Claire Bernard' });
    expect(await hide.getByLabel('Motif retenu pour le rapport de transparence').inputValue()).toBe('OFF_TOPIC');
    await hide.getByLabel(/^Motif, montré à l’auteur·e/).fill('Petite annonce commerciale.');
    await hide.getByLabel('Motif retenu pour le rapport de transparence').selectOption('SPAM');
    await hide.getByRole('button', { name: 'Masquer ce contenu' }).click();
    await mod.getByRole('status').getByText('Contenu masqué : Sujet de forum de Claire Bernard. Son auteur·e est prévenu·e.').waitFor();
    await item.getByRole('button', { name: 'Rétablir : Sujet de forum de Claire Bernard' }).waitFor();
    await h.checkA11y(mod);

    const visitor = await h.newPage(PHONE_360);
    await h.visit(visitor, `/forums/topics/${topic.id}`);
    await h.expectHeading(visitor, 'Sujet masqué par la modération');
    await visitor.getByText('Ce sujet a été masqué par la modération : son contenu n’est plus visible.').waitFor();
    expect(await visitor.getByText('06 00 00 00 00', { exact: false }).count()).toBe(0);
    await noSideScroll(visitor);
    expect(await h.t.sql(`SELECT hidden_reason FROM forum_topics WHERE id = $1`, [topic.id])).toEqual([
      { hidden_reason: 'Petite annonce commerciale.' },
    ]);
    expect(await h.t.sql(`SELECT ground FROM moderation_log WHERE action = 'HIDE' AND target_id = $1`, [topic.id])).toEqual([
      { ground: 'SPAM' },
    ]);
  });

  /** Rows of a query, waiting (up to 5 s) for at least one: a mutation the page sent is committing. */
  async function waitForRows(sql: string, params: unknown[]): Promise<any[]> {
    for (let i = 0; i < 50; i++) {
      const rows = await h.t.sql(sql, params);
      if (rows.length) return rows;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`no rows for ${sql}`);
  }
});
