import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import type { TestUser } from '../harness/factories';
import { BrowserHarness, DESKTOP } from './harness';

/**
 * Forums through the built client, in Chromium, axe on every page: the council creates forums,
 * moves one (focus stays on its button) and archives one; a resident at 360 px opens a topic (after
 * the server refused a title); another replies in its thread and the author answers; a moderator
 * pins and locks it (focus stays on each button); the resident then sees the lock and no comment
 * form, and the forum lists it first with its badges. The steps share one forum and run in order.
 */
describe('forums in the browser', () => {
  let h: BrowserHarness;
  let council: TestUser;
  let moderator: TestUser;
  let jeanne: TestUser;
  let bob: TestUser;
  let forumId: string;
  let topicId: string;
  const PHONE_360 = { width: 360, height: 780 };
  const FORUM = 'Vie du quartier';
  const TOPIC = 'Fête des voisins du Port';

  beforeAll(async () => {
    h = await BrowserHarness.start();
    council = await h.t.factories.council();
    moderator = await h.t.factories.moderator();
    jeanne = await h.t.factories.resident({ displayName: 'Jeanne Martin' });
    bob = await h.t.factories.resident({ displayName: 'Bob Durand' });
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
  /** With SCREENSHOTS_DIR set, full-page screenshots for a person to look at. */
  async function screenshot(page: Page, name: string) {
    const dir = process.env.SCREENSHOTS_DIR;
    if (!dir) return;
    mkdirSync(dir, { recursive: true });
    await page.screenshot({ path: join(dir, `forums-${name}.png`), fullPage: true });
  }
  const noSideScroll = async (page: Page) =>
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE_360.width);

  it('the council creates forums, moves one up and archives another', async () => {
    const page = await h.newPage(DESKTOP);
    await h.signIn(page, council);
    await h.visit(page, '/forums');
    await page.getByText('Aucun forum n’est ouvert pour l’instant.').waitFor();

    for (const [title, description] of [
      [FORUM, 'Fêtes de rue, entraide entre voisins, commerces.'],
      ['Mobilités', 'Vélo, bus, marche.'],
      ['Brouillon de forum', ''],
    ]) {
      await page.getByLabel('Titre', { exact: true }).fill(title);
      await page.getByLabel('Description').fill(description);
      await page.getByRole('button', { name: 'Créer le forum' }).click();
      // The notice saying so takes focus; the form is empty again for the next one.
      await page.getByText(`Le forum « ${title} » est créé, en fin de liste.`).waitFor();
      await page.waitForFunction((text) => document.activeElement?.textContent?.includes(text), `« ${title} » est créé`);
      expect(await page.getByLabel('Titre', { exact: true }).inputValue()).toBe('');
    }
    const list = page.getByRole('region', { name: 'Les forums' });
    const titles = () => list.getByRole('heading', { level: 3 }).allTextContents();
    expect(await titles()).toEqual([FORUM, 'Mobilités', 'Brouillon de forum']);
    await h.checkA11y(page);

    // A field error from the server, on its field.
    await page.getByLabel('Titre', { exact: true }).fill('ab');
    await page.getByRole('button', { name: 'Créer le forum' }).click();
    await page.getByText('Le titre doit compter au moins 3 caractères.').first().waitFor();
    expect(await page.getByLabel('Titre', { exact: true }).getAttribute('aria-invalid')).toBe('true');

    // Move « Mobilités » up: the list follows the server, focus stays on the moved forum's button.
    await page.getByRole('button', { name: 'Monter le forum « Mobilités »' }).click();
    await page.getByText('Le forum « Mobilités » est maintenant en position 1 sur 3.').waitFor();
    expect(await titles()).toEqual(['Mobilités', FORUM, 'Brouillon de forum']);
    // At the top « Monter » is disabled: focus went to « Descendre » of the same forum.
    await page.waitForFunction(() => document.activeElement?.getAttribute('aria-label') === 'Descendre le forum « Mobilités »');
    await h.checkA11y(page);

    // Archive the draft forum, after a confirmation.
    await page.getByRole('button', { name: 'Archiver le forum « Brouillon de forum »' }).click();
    await page.getByRole('button', { name: 'Oui, archiver' }).click();
    await page.getByText('Le forum « Brouillon de forum » est archivé.').waitFor();
    expect(await titles()).toEqual(['Mobilités', FORUM]);
    expect(await focusedName(page)).toContain('est archivé');
    const archive = page.getByRole('region', { name: 'Forums archivés' });
    await archive.getByText('Brouillon de forum').waitFor();
    await h.checkA11y(page);
    await screenshot(page, 'council');

    const [row] = await h.t.sql(`SELECT id FROM forums WHERE title = $1`, [FORUM]);
    forumId = row.id;
    expect(await h.t.sql(`SELECT title, position FROM forums WHERE archived_at IS NULL ORDER BY position`)).toEqual([
      { title: 'Mobilités', position: 1 },
      { title: FORUM, position: 2 },
    ]);
  });

  it('a resident at 360 px opens a topic from the forum, after the server refused its title', async () => {
    const page = await h.newPage(PHONE_360);
    await h.signIn(page, jeanne);
    await h.visit(page, '/forums');
    await noSideScroll(page);
    await page.getByRole('link', { name: FORUM }).click();
    await h.expectHeading(page, FORUM);
    await h.checkA11y(page);
    await page.getByText('Aucun sujet dans ce forum pour l’instant. Ouvrez le premier !').waitFor();
    await noSideScroll(page);

    await page.getByRole('link', { name: 'Ouvrir un sujet' }).click();
    await h.expectHeading(page, 'Ouvrir un sujet');
    await h.checkA11y(page);
    await page.getByLabel('Titre du sujet').fill('Fê');
    await page.getByLabel('Votre message').fill('L’an dernier nous étions une trentaine sur le quai.\n\nQui peut prêter des tables ?');
    await page.getByRole('button', { name: 'Publier le sujet' }).click();
    // The summary takes focus and links to the field, which says what is wrong.
    await page.getByRole('alert').getByRole('link', { name: /titre/i }).waitFor();
    await page.waitForFunction(() => document.activeElement?.classList.contains('p-form-error'));
    expect(await page.getByLabel('Titre du sujet').getAttribute('aria-invalid')).toBe('true');
    await h.checkA11y(page);
    expect(await h.t.sql(`SELECT id FROM forum_topics`)).toEqual([]);

    await page.getByLabel('Titre du sujet').fill(TOPIC);
    await page.getByRole('button', { name: 'Publier le sujet' }).click();
    await h.expectHeading(page, TOPIC);
    await page.getByText('Votre sujet est publié. Vous le suivez : vous serez prévenu·e des réponses.').waitFor();
    await page.getByText('Qui peut prêter des tables ?').waitFor();
    await page.getByText('Vous suivez ce sujet.').waitFor();
    await h.checkA11y(page);
    await noSideScroll(page);
    [{ id: topicId }] = await h.t.sql(`SELECT id FROM forum_topics WHERE title = $1`, [TOPIC]);
  });

  it('another resident replies in the thread, and the author answers the reply', async () => {
    const page = await h.newPage(PHONE_360);
    await h.signIn(page, bob);
    await h.visit(page, `/forums/topics/${topicId}`);
    await page.getByLabel('Votre commentaire').fill('Partant ! J’ai deux tables pliantes.');
    await page.getByRole('button', { name: 'Publier le commentaire' }).click();
    await page.getByText('Commentaire publié.').waitFor();
    await page.getByRole('heading', { name: 'Commentaires (1)' }).waitFor();
    await h.checkA11y(page);
    await noSideScroll(page);

    const author = await h.newPage(PHONE_360);
    await h.signIn(author, jeanne);
    await h.visit(author, `/forums/topics/${topicId}`);
    await commentBy(author, 'Bob Durand').getByRole('button', { name: 'Répondre à Bob Durand' }).click();
    await author.getByLabel('Votre réponse à Bob Durand').fill('Merci Bob, je note les tables.');
    await author.getByRole('button', { name: 'Publier la réponse' }).click();
    const replies = author.getByRole('list', { name: 'Réponses à Bob Durand' });
    await commentBy(replies, 'Jeanne Martin').getByText('Merci Bob, je note les tables.').waitFor();
    await author.getByRole('heading', { name: 'Commentaires (2)' }).waitFor();
    await h.checkA11y(author);
    await screenshot(author, 'thread-phone');
    const rows = await h.t.sql(`SELECT author_id, parent_id IS NOT NULL AS reply FROM comments WHERE target_id = $1 ORDER BY created_at`, [
      topicId,
    ]);
    expect(rows).toEqual([
      { author_id: bob.id, reply: false },
      { author_id: jeanne.id, reply: true },
    ]);
    // The author follows the topic: told of Bob's comment.
    await h.t.jobsDone();
    expect(await h.t.sql(`SELECT kind FROM notifications WHERE recipient_id = $1`, [jeanne.id])).toEqual([
      { kind: 'FORUM_TOPIC_COMMENTED' },
    ]);
  });

  it('a moderator pins and locks the topic; focus stays on each button', async () => {
    const page = await h.newPage(PHONE_360);
    await h.signIn(page, moderator);
    await h.visit(page, `/forums/topics/${topicId}`);
    const panel = page.getByRole('region', { name: 'Modération' });
    await panel.getByRole('button', { name: 'Épingler le sujet' }).click();
    await panel.getByText('Sujet épinglé : il apparaît en tête de son forum.').waitFor();
    await panel.getByRole('button', { name: 'Désépingler le sujet' }).waitFor();
    await page.waitForFunction(() => document.activeElement?.id === 'topic-pin');
    await panel.getByRole('button', { name: 'Verrouiller le sujet' }).click();
    await panel.getByText('Sujet verrouillé : il ne reçoit plus de commentaires.').waitFor();
    await page.waitForFunction(() => document.activeElement?.id === 'topic-lock');
    expect(await focusedName(page)).toBe('Déverrouiller le sujet');
    await page.getByText('Ce sujet est verrouillé par la modération : il ne reçoit plus de nouveaux commentaires.').waitFor();
    await h.checkA11y(page);
    await noSideScroll(page);
    expect(await h.t.sql(`SELECT pinned, locked FROM forum_topics WHERE id = $1`, [topicId])).toEqual([{ pinned: true, locked: true }]);
  });

  it('the resident sees the lock: a notice, no comment form, and the forum lists the topic first with its badges', async () => {
    const page = await h.newPage(PHONE_360);
    await h.signIn(page, jeanne);
    await h.visit(page, `/forums/topics/${topicId}`);
    await page.getByText('Ce sujet est verrouillé par la modération : il ne reçoit plus de nouveaux commentaires.').waitFor();
    await page.getByText('Les commentaires sont fermés.').waitFor();
    await screenshot(page, 'locked-phone');
    expect(await page.getByLabel('Votre commentaire').count()).toBe(0);
    expect(await page.getByRole('button', { name: /^Répondre à/ }).count()).toBe(0);
    // Locked: its author may no longer edit it either.
    expect(await page.getByRole('link', { name: 'Modifier le sujet' }).count()).toBe(0);
    await h.checkA11y(page);

    // A second topic, newer: the pinned one still comes first.
    await h.t.gqlOk(
      `mutation($input: CreateForumTopicInput!) { createForumTopic(input: $input) { id } }`,
      { input: { forumId, title: 'Un autre sujet', body: 'Plus récent.' } },
      bob.token,
    );
    await h.visit(page, `/forums/${forumId}`);
    const topics = page.getByRole('region', { name: '2 sujets' });
    const first = topics.getByRole('article').first();
    await first.getByRole('link', { name: TOPIC }).waitFor();
    await first.getByText('Épinglé').waitFor();
    await first.getByText('Verrouillé').waitFor();
    await first.getByText('2 commentaires').waitFor();
    // The order selector keeps the pinned topic first.
    await page.getByLabel('Trier les sujets par').selectOption('NEWEST');
    await page.getByRole('button', { name: 'Trier', exact: true }).click();
    await page.waitForURL(/order=NEWEST/);
    await topics.getByRole('article').first().getByRole('link', { name: TOPIC }).waitFor();
    await h.checkA11y(page);
    await noSideScroll(page);
    await screenshot(page, 'forum-phone');

    // The forums page shows the counts and the last activity.
    await h.visit(page, '/forums');
    const card = page.getByRole('article', { name: FORUM });
    await card.getByText('2 sujets').waitFor();
    await card.getByText(/^Dernière activité le /).waitFor();
    await noSideScroll(page);
  });
});
