import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import type { TestUser } from '../harness/factories';
import { publishedProposal } from '../harness/proposals';
import { BrowserHarness, DESKTOP } from './harness';

/**
 * Proposals and their comments through the built client, in Chromium, axe on every page: a
 * resident writes and publishes a proposal, others find, support and discuss it, the council
 * answers and reports progress. The steps share one proposal and run in order.
 */
describe('proposals in the browser', () => {
  let h: BrowserHarness;
  let jeanne: TestUser;
  let bob: TestUser;
  let carol: TestUser;
  let proposalId: string;
  const TITLE = 'Piste cyclable sécurisée devant l’église';

  beforeAll(async () => {
    h = await BrowserHarness.start({ PROPOSAL_SUPPORT_THRESHOLD: '2' });
    jeanne = await h.t.factories.resident({ displayName: 'Jeanne Martin', district: 'Saint-Jean' });
    bob = await h.t.factories.resident({ displayName: 'Bob Durand' });
    carol = await h.t.factories.resident({ displayName: 'Carol Petit' });
    await h.t.factories.category('Mobilité douce');
    // An idea already published that looks like the one Jeanne is about to write.
    const paul = await h.t.factories.resident({ displayName: 'Paul Roux' });
    await publishedProposal(h.t, paul, {
      title: 'Une piste cyclable rue de la Gare',
      body: 'Pour aller à vélo jusqu’à la gare en sécurité.',
    });
  });
  afterAll(() => h?.close());

  const shots = process.env.SCREENSHOTS_DIR;
  async function screenshot(page: Page, name: string) {
    if (!shots) return;
    mkdirSync(shots, { recursive: true });
    await page.screenshot({ path: join(shots, `${name}.png`), fullPage: true });
  }
  const describedBy = (el: HTMLElement | SVGElement) =>
    (el.getAttribute('aria-describedby') ?? '')
      .split(' ')
      .map((id) => document.getElementById(id)?.textContent ?? '')
      .join(' ');
  const region = (page: Page, name: string | RegExp) => page.getByRole('region', { name });
  const commentBy = (scope: Page | Locator, name: string) => scope.getByRole('article', { name: new RegExp(`^${name}`) });
  const proposalRow = async () => (await h.t.sql('SELECT * FROM proposals WHERE id = $1', [proposalId]))[0];

  it('a resident writes a proposal (field error first, a similar idea offered), saves the draft and publishes it', async () => {
    const page = await h.newPage();
    await h.signIn(page, jeanne);
    await h.visit(page, '/proposals');
    await h.expectHeading(page, 'Propositions des habitants');
    await page.getByRole('main').getByRole('link', { name: 'Proposer une idée' }).click();
    await h.expectHeading(page, 'Proposer une idée');
    await h.checkA11y(page);

    // The description keeps its line breaks; the empty title is refused by the server, shown at the field.
    await page.getByLabel('Description').fill('Des pistes cyclables pour aller à l’école à vélo.\nSurtout devant l’église, le matin.');
    await page.getByRole('button', { name: 'Enregistrer le brouillon' }).click();
    const summary = page.getByRole('alert');
    await summary.getByText('Le formulaire contient une erreur').waitFor();
    const title = page.getByLabel('Titre');
    expect(await title.getAttribute('aria-invalid')).toBe('true');
    expect(await title.evaluate(describedBy)).toContain('Le titre doit compter au moins 3 caractères.');
    expect(await page.getByLabel('Description').getAttribute('aria-invalid')).toBeNull();
    await h.checkA11y(page);
    expect(await h.t.sql('SELECT id FROM proposals WHERE author_id = $1', [jeanne.id])).toHaveLength(0);

    // While typing, published proposals like this one are offered (debounced).
    await title.fill('Piste cyclable sécurisée devant l’église');
    const similar = page.getByRole('list', { name: /Des idées semblables existent déjà/ });
    await similar.getByRole('link', { name: 'Une piste cyclable rue de la Gare' }).waitFor();
    await h.checkA11y(page);
    await screenshot(page, 'new-phone');

    await page.getByLabel('Catégorie').selectOption({ label: 'Mobilité douce' });
    await page.getByLabel('Quartier').selectOption('Saint-Jean');
    await page.context().grantPermissions(['geolocation']);
    await page.context().setGeolocation({ latitude: 45.764, longitude: 4.8357 });
    await page.getByRole('button', { name: 'Utiliser ma position' }).click();
    await page.getByText('Point placé à votre position').waitFor();
    await page.getByRole('button', { name: 'Enregistrer le brouillon' }).click();
    await h.expectHeading(page, TITLE);
    await page.getByText('Brouillon enregistré.').waitFor();
    proposalId = page.url().split('/').pop()!;
    await h.checkA11y(page);
    const draft = await proposalRow();
    expect(draft).toMatchObject({ status: 'DRAFT', title: TITLE, district: 'Saint-Jean', location_lat: 45.764, location_lng: 4.8357 });
    expect(draft.body).toBe('Des pistes cyclables pour aller à l’école à vélo.\nSurtout devant l’église, le matin.');
    // Plain text, line break kept (never HTML).
    const about = region(page, 'La proposition');
    expect(await about.locator('.pr-text').innerText()).toBe(
      'Des pistes cyclables pour aller à l’école à vélo.\nSurtout devant l’église, le matin.',
    );

    // "My proposals" lists the draft (drafts are listed to their author only).
    await h.visit(page, '/proposals/mine');
    const drafts = region(page, /Mes brouillons/);
    await drafts.getByRole('heading', { name: 'Mes brouillons (1)' }).waitFor();
    await drafts.getByRole('link', { name: TITLE }).click();
    await h.expectHeading(page, TITLE);
    await h.checkA11y(page);

    // Edit the draft, then publish it.
    await page.getByRole('link', { name: 'Modifier le brouillon' }).click();
    await h.expectHeading(page, 'Modifier le brouillon');
    await h.checkA11y(page);
    expect(await page.getByLabel('Titre').inputValue()).toBe(TITLE);
    await page.getByText('Point placé (latitude 45,764, longitude 4,8357).').waitFor();
    await page.context().setGeolocation({ latitude: 45.764, longitude: 4.8358 });
    await page.getByRole('button', { name: 'Utiliser ma position' }).click();
    await page.getByText('Point placé à votre position').waitFor();
    await page.getByRole('button', { name: 'Enregistrer les modifications' }).click();
    await h.expectHeading(page, TITLE);
    await page.getByText('Brouillon modifié.').waitFor();
    expect((await proposalRow()).location_lng).toBe(4.8358);

    await page.getByRole('button', { name: 'Publier la proposition' }).click();
    await page.getByText('Proposition publiée : elle est visible de tous').waitFor();
    await region(page, 'Soutiens').getByText('0 soutien sur 2 nécessaires').waitFor();
    await region(page, 'Historique').getByText('Publiée par Jeanne Martin').waitFor();
    await h.checkA11y(page);
    expect((await proposalRow()).status).toBe('PUBLISHED');
  });

  it('another resident finds it by searching without accents, supports it, withdraws, supports again; a second support reaches the threshold', async () => {
    const page = await h.newPage();
    await h.signIn(page, bob);
    await h.visit(page, '/proposals');
    await page.getByLabel('Rechercher').fill('eglise securisee');
    await page.getByRole('button', { name: 'Afficher les propositions' }).click();
    const results = region(page, /^1 proposition$/);
    await results.waitFor();
    expect(page.url()).toContain('q=eglise+securisee');
    const card = results.getByRole('article');
    await card.getByText('Par Jeanne Martin').waitFor();
    await card.getByText('Mobilité douce').waitFor();
    await card.getByText('Saint-Jean').waitFor();
    await card.getByText('Publiée', { exact: true }).waitFor();
    await card.getByText('0 soutien sur 2 nécessaires').waitFor();
    expect(await card.getByRole('progressbar', { name: '0 soutien sur 2 nécessaires' }).count()).toBe(1);
    await card.getByText('0 commentaire').waitFor();
    await h.checkA11y(page);

    await card.getByRole('link', { name: TITLE }).click();
    await h.expectHeading(page, TITLE);
    await h.checkA11y(page);
    const supports = region(page, 'Soutiens');
    const counts = async () =>
      (
        await h.t.sql(
          `SELECT p.support_count AS n, (SELECT count(*)::int FROM proposal_supports s WHERE s.proposal_id = p.id) AS rows FROM proposals p WHERE p.id = $1`,
          [proposalId],
        )
      )[0];

    await supports.getByRole('button', { name: 'Soutenir cette proposition' }).click();
    await supports.getByText('1 soutien sur 2 nécessaires').waitFor();
    await supports.getByText('Votre soutien est enregistré. Merci !').waitFor();
    await supports.getByText('Vous soutenez cette proposition.').waitFor();
    expect(await counts()).toEqual({ n: 1, rows: 1 });
    await h.checkA11y(page);

    await supports.getByRole('button', { name: 'Retirer mon soutien' }).click();
    await supports.getByText('Votre soutien est retiré.').waitFor();
    await supports.getByText('0 soutien sur 2 nécessaires').waitFor();
    expect(await counts()).toEqual({ n: 0, rows: 0 });

    await supports.getByRole('button', { name: 'Soutenir cette proposition' }).click();
    await supports.getByText('Votre soutien est enregistré. Merci !').waitFor();
    await supports.getByText('1 soutien sur 2 nécessaires').waitFor();
    expect(await counts()).toEqual({ n: 1, rows: 1 });

    // Carol's support reaches the threshold: the proposal goes under review, the timeline says so.
    const other = await h.newPage();
    await h.signIn(other, carol);
    await h.visit(other, `/proposals/${proposalId}`);
    await region(other, 'Soutiens').getByRole('button', { name: 'Soutenir cette proposition' }).click();
    await region(other, 'Soutiens').getByText('2 soutiens sur 2 nécessaires').waitFor();
    await region(other, 'Soutiens')
      .getByText(/^Seuil atteint le/)
      .waitFor();
    await region(other, 'En bref').getByText('À l’étude').waitFor();
    await region(other, 'Historique').getByText('Seuil de soutiens atteint : la proposition passe à l’étude').waitFor();
    await h.checkA11y(other);
    expect(await counts()).toEqual({ n: 2, rows: 2 });
    expect((await proposalRow()).status).toBe('UNDER_REVIEW');

    // Lists show the new count and status (sorted by supports here).
    await h.visit(page, '/proposals?sort=SUPPORTS');
    const first = page.getByRole('article').first();
    await first.getByRole('link', { name: TITLE }).waitFor();
    await first.getByText('À l’étude', { exact: true }).waitFor();
    await first.getByText('2 soutiens sur 2 nécessaires').waitFor();
    await screenshot(page, 'list-phone');
  });

  it('residents comment, reply, vote, edit and delete; visitors read, hidden comments stay hidden', async () => {
    const carolPage = await h.newPage();
    await h.signIn(carolPage, carol);
    await h.visit(carolPage, `/proposals/${proposalId}`);
    await region(carolPage, /^Commentaires/)
      .getByText('Pas encore de commentaire')
      .waitFor();
    await carolPage.getByLabel('Votre commentaire').fill('Bonne idée, la rue est dangereuse.\nSurtout le matin.');
    await carolPage.getByRole('button', { name: 'Publier le commentaire' }).click();
    await carolPage.getByText('Commentaire publié.').waitFor();
    await commentBy(carolPage, 'Carol Petit').getByText('Surtout le matin.').waitFor();
    await carolPage.getByRole('heading', { name: 'Commentaires (1)' }).waitFor();
    await h.checkA11y(carolPage);

    const page = await h.newPage();
    await h.signIn(page, bob);
    await h.visit(page, `/proposals/${proposalId}`);
    const carolsComment = commentBy(page, 'Carol Petit');
    await carolsComment.getByRole('button', { name: 'Répondre à Carol Petit' }).click();
    await page.getByLabel('Votre réponse à Carol Petit').fill('D’accord, surtout pour les enfants.');
    await page.getByRole('button', { name: 'Publier la réponse' }).click();
    const replies = page.getByRole('list', { name: 'Réponses à Carol Petit' });
    await commentBy(replies, 'Bob Durand').getByText('D’accord, surtout pour les enfants.').waitFor();
    await page.getByRole('heading', { name: 'Commentaires (2)' }).waitFor();
    await h.checkA11y(page);
    const [reply] = await h.t.sql(`SELECT id, parent_id FROM comments WHERE author_id = $1`, [bob.id]);
    expect(reply.parent_id).toBeTruthy();

    // Votes: a toggle with aria-pressed; the server's score is shown.
    const votes = carolsComment.getByRole('group', { name: 'Votes sur le commentaire de Carol Petit' });
    const up = votes.getByRole('button', { name: 'Pour' });
    expect(await up.getAttribute('aria-pressed')).toBe('false');
    await up.click();
    await votes.getByText('Score : +1').waitFor();
    expect(await up.getAttribute('aria-pressed')).toBe('true');
    await votes.getByText('Vous avez voté pour.').waitFor();
    await votes.getByRole('button', { name: 'Contre' }).click();
    await votes.getByText('Score : -1').waitFor();
    expect(await up.getAttribute('aria-pressed')).toBe('false');
    expect(await votes.getByRole('button', { name: 'Contre' }).getAttribute('aria-pressed')).toBe('true');
    await up.click();
    await votes.getByText('Score : +1').waitFor();
    const [vote] = await h.t.sql('SELECT value FROM comment_votes WHERE user_id = $1', [bob.id]);
    expect(vote.value).toBe(1);
    expect((await h.t.sql('SELECT score FROM comments WHERE author_id = $1', [carol.id]))[0].score).toBe(1);
    await h.checkA11y(page);

    // Bob edits his reply within the window.
    const bobsReply = commentBy(replies, 'Bob Durand');
    await bobsReply.getByRole('button', { name: 'Modifier mon commentaire' }).click();
    await page.getByLabel('Modifier votre commentaire').fill('D’accord, surtout pour les enfants qui vont à l’école.');
    await page.getByRole('button', { name: 'Enregistrer', exact: true }).click();
    await bobsReply.getByText('D’accord, surtout pour les enfants qui vont à l’école.').waitFor();
    await bobsReply.getByText(/modifié/).waitFor();

    // A comment Bob regrets: deleted, it stays in the thread as deleted and leaves the count.
    await page.getByLabel('Votre commentaire').fill('Message envoyé par erreur.');
    await page.getByRole('button', { name: 'Publier le commentaire' }).click();
    await page.getByRole('heading', { name: 'Commentaires (3)' }).waitFor();
    const regret = page
      .getByRole('list', { name: /^Commentaires, du plus ancien/ })
      .getByRole('listitem')
      .filter({ hasText: 'Message envoyé par erreur.' });
    await regret.getByRole('button', { name: 'Supprimer mon commentaire' }).click();
    await page.getByRole('button', { name: 'Oui, supprimer' }).click();
    await page.getByText('Ce commentaire a été supprimé par son auteur·e.').waitFor();
    await page.getByRole('heading', { name: 'Commentaires (2)' }).waitFor();
    expect(await page.getByText('Message envoyé par erreur.').count()).toBe(0);
    await h.checkA11y(page);

    // A moderator hid Carol's comment: visitors see that it was hidden, not what it said.
    await h.t.sql(`UPDATE comments SET hidden_at = now() WHERE author_id = $1`, [carol.id]);
    const visitor = await h.newPage();
    await h.visit(visitor, `/proposals/${proposalId}`);
    await visitor.getByText('Commentaire masqué par la modération.').waitFor();
    expect(await visitor.getByText('Bonne idée, la rue est dangereuse.').count()).toBe(0);
    await visitor.getByRole('link', { name: 'Connectez-vous pour commenter' }).waitFor();
    await visitor.getByRole('link', { name: 'Connectez-vous pour soutenir cette proposition' }).waitFor();
    expect(await visitor.getByRole('button', { name: 'Pour' }).count()).toBe(0);
    // The reply under it is still readable.
    await visitor.getByText('D’accord, surtout pour les enfants qui vont à l’école.').waitFor();
    await h.checkA11y(visitor);
    await h.t.sql(`UPDATE comments SET hidden_at = NULL WHERE author_id = $1`, [carol.id]);
  });

  it('a council member answers ACCEPTED and adds a progress update; the resident sees the answer and the timeline', async () => {
    // Residents do not get the council's forms (the server refuses them anyway).
    const resident = await h.newPage();
    await h.signIn(resident, jeanne);
    await h.visit(resident, `/proposals/${proposalId}`);
    await region(resident, 'Soutiens').waitFor();
    expect(await region(resident, 'Espace du conseil municipal').count()).toBe(0);

    const council = await h.t.factories.council();
    const page = await h.newPage(DESKTOP);
    await h.signIn(page, council);
    await h.visit(page, `/proposals/${proposalId}`);
    const panel = region(page, 'Espace du conseil municipal');
    // The text is required: an empty one is refused at its field.
    await panel.getByLabel('Décision').selectOption({ label: 'Accepter' });
    await panel.getByRole('button', { name: 'Publier la réponse' }).click();
    await panel.getByRole('alert').getByText('Le formulaire contient une erreur').waitFor();
    expect(await panel.getByLabel('Texte de la réponse').getAttribute('aria-invalid')).toBe('true');
    await h.checkA11y(page);
    await panel.getByLabel('Décision').selectOption({ label: 'Accepter' });
    await panel.getByLabel('Texte de la réponse').fill('Le conseil adopte la proposition.\nLes travaux sont prévus au printemps.');
    await panel.getByRole('button', { name: 'Publier la réponse' }).click();
    await page.getByText('Réponse publiée : Acceptée.').waitFor();
    await region(page, 'Réponse officielle du conseil municipal')
      .getByText('Le conseil adopte la proposition.', { exact: false })
      .waitFor();
    await h.checkA11y(page);

    await panel.getByLabel('Ce qui a été fait').fill('Étude technique terminée.');
    await panel.getByLabel('Avancement (en %)').fill('30');
    await panel.getByRole('button', { name: 'Publier le point d’avancement' }).click();
    await page.getByText('Point d’avancement publié.').waitFor();
    await region(page, 'En bref').getByText('En cours').waitFor();
    await h.checkA11y(page);
    await screenshot(page, 'proposal-desktop');
    expect(await proposalRow()).toMatchObject({ status: 'IN_PROGRESS', progress: 30, answer_status: 'ACCEPTED' });

    // The resident sees the answer first, the progress and the dated timeline.
    await h.visit(resident, `/proposals/${proposalId}`);
    const answer = region(resident, 'Réponse officielle du conseil municipal');
    expect(await answer.locator('.pr-text').innerText()).toBe('Le conseil adopte la proposition.\nLes travaux sont prévus au printemps.');
    await answer.getByText('Acceptée').waitFor();
    await region(resident, 'Avancement')
      .getByText(/^Réalisé à 30\s?%$/)
      .waitFor();
    await region(resident, 'Avancement').getByText('Étude technique terminée.').waitFor();
    const steps = region(resident, 'Historique').getByRole('listitem');
    expect(await steps.count()).toBe(4);
    await steps.nth(0).getByText('Publiée par Jeanne Martin').waitFor();
    await steps.nth(1).getByText('Seuil de soutiens atteint : la proposition passe à l’étude').waitFor();
    await steps.nth(2).getByText('Réponse du conseil municipal : Acceptée').waitFor();
    await steps
      .nth(3)
      .getByText(/^Point d’avancement : 30\s?%$/)
      .waitFor();
    expect(await steps.nth(0).locator('time').getAttribute('datetime')).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(await region(resident, 'Espace du conseil municipal').count()).toBe(0);
    await h.checkA11y(resident);
    await screenshot(resident, 'proposal-phone');
  });

  it('pages long threads: more comments, more replies, replies of replies fetched when asked', async () => {
    const writer = await h.t.factories.resident({ displayName: 'Léa Blanc' });
    const other = await publishedProposal(h.t, writer, { title: 'Des fontaines à eau potable au parc', body: 'Pour l’été.' });
    const ADD = `mutation($input: AddCommentInput!) { addComment(input: $input) { id } }`;
    const add = async (body: string, parentId?: string) =>
      (await h.t.gqlOk(ADD, { input: { targetType: 'PROPOSAL', targetId: other.id, body, parentId } }, writer.token)).addComment
        .id as string;
    const first = await add('Commentaire numéro 1');
    const replyIds: string[] = [];
    for (let i = 1; i <= 7; i++) replyIds.push(await add(`Réponse numéro ${i}`, first));
    await add('Réponse à la réponse 1', replyIds[0]);
    for (let i = 2; i <= 22; i++) await add(`Commentaire numéro ${i}`);

    const page = await h.newPage();
    await h.signIn(page, bob);
    await h.visit(page, `/proposals/${other.id}`);
    await page.getByRole('heading', { name: 'Commentaires (30)' }).waitFor();
    const thread = page.getByRole('list', { name: /^Commentaires, du plus ancien/ });
    await page.getByText('20 sur 22 affichés').waitFor();

    // The first replies come with the page; the others on demand.
    const replies = page.getByRole('list', { name: 'Réponses à Léa Blanc' }).first();
    await replies.getByText('Réponse numéro 5').waitFor();
    expect(await replies.getByText('Réponse numéro 6').count()).toBe(0);
    await page.getByRole('button', { name: 'Afficher 2 autres réponses' }).click();
    await replies.getByText('Réponse numéro 7').waitFor();
    expect(await page.getByRole('button', { name: /autres réponses/ }).count()).toBe(0);

    // A reply's own replies are counted, then fetched when asked.
    expect(await page.getByText('Réponse à la réponse 1').count()).toBe(0);
    await page.getByRole('button', { name: 'Afficher la réponse à Léa Blanc' }).click();
    await page.getByText('Réponse à la réponse 1').waitFor();
    await h.checkA11y(page);

    // Replying three levels down shows the reply at once, without reloading the thread.
    const deep = commentBy(page.getByRole('list', { name: 'Réponses à Léa Blanc' }).nth(1), 'Léa Blanc');
    await deep.getByRole('button', { name: 'Répondre à Léa Blanc' }).click();
    await page.getByLabel('Votre réponse à Léa Blanc').fill('Une réponse tout au fond.');
    await page.getByRole('button', { name: 'Publier la réponse' }).click();
    await page.getByRole('list', { name: 'Réponses à Léa Blanc' }).nth(2).getByText('Une réponse tout au fond.').waitFor();
    await page.getByRole('heading', { name: 'Commentaires (31)' }).waitFor();

    await page.getByRole('button', { name: 'Afficher plus' }).click();
    await page.getByText('22 sur 22 affichés').waitFor();
    await thread.getByText('Commentaire numéro 22').waitFor();
    expect(await page.getByRole('button', { name: 'Afficher plus' }).count()).toBe(0);
    await h.checkA11y(page);
  });

  it('shows the pages in English', async () => {
    const page = await h.newPage(DESKTOP);
    await h.visit(page, '/proposals');
    await page.getByRole('banner').getByRole('button', { name: 'English' }).click();
    await h.expectHeading(page, 'Residents’ proposals');
    await page.getByRole('button', { name: 'Show proposals' }).waitFor();
    await page.getByRole('article').filter({ hasText: TITLE }).getByText('In progress', { exact: true }).waitFor();
    await h.checkA11y(page);
    await screenshot(page, 'list-desktop');

    await h.visit(page, `/proposals/${proposalId}`);
    await h.expectHeading(page, TITLE);
    await region(page, 'Official answer of the town council').getByText('Accepted').waitFor();
    await region(page, 'Supports').getByText('2 supports of 2 needed').waitFor();
    await region(page, 'History').getByText('Answer of the town council: Accepted').waitFor();
    await region(page, 'Progress')
      .getByText(/^30\s?% done$/)
      .waitFor();
    await page.getByRole('heading', { name: 'Comments (2)' }).waitFor();
    await page.getByRole('link', { name: 'Sign in to comment' }).waitFor();
    await h.checkA11y(page);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
  });
});
