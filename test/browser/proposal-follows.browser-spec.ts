import type { Page } from 'playwright-core';
import type { TestUser } from '../harness/factories';
import { ANSWER, publishedProposal, SUPPORT } from '../harness/proposals';
import { BrowserHarness } from './harness';

/**
 * Following proposals through the built client, in Chromium, axe on every page: a resident
 * follows a proposal, the council examines and answers it, she reads the notifications (in French,
 * then the follow-up of a support in English) and goes back to the proposal; unfollowing stops
 * them. Supporting follows too, and the support box says so before one supports.
 */
describe('following proposals in the browser', () => {
  let h: BrowserHarness;
  let lea: TestUser;
  let marie: TestUser;
  let bob: TestUser;
  let council: TestUser;
  const TITLE = 'Des bancs à l’ombre au jardin public';
  const OTHER = 'Un composteur partagé square Vauban';

  beforeAll(async () => {
    h = await BrowserHarness.start({ PROPOSAL_SUPPORT_THRESHOLD: '2' });
    lea = await h.t.factories.resident({ displayName: 'Léa Blanc' });
    marie = await h.t.factories.resident({ displayName: 'Marie Dupont' });
    bob = await h.t.factories.resident({ displayName: 'Bob Durand' });
    council = await h.t.factories.council();
  });
  afterAll(() => h?.close());

  const region = (page: Page, name: string | RegExp) => page.getByRole('region', { name });
  const follows = async (userId: string, proposalId: string) =>
    (
      await h.t.sql(`SELECT count(*)::int AS n FROM follows WHERE user_id = $1 AND target_type = 'PROPOSAL' AND target_id = $2`, [
        userId,
        proposalId,
      ])
    )[0].n;
  const notificationsOf = async (userId: string) => {
    await h.t.jobsDone(); // notifications are delivered by the job queue
    return (await h.t.sql(`SELECT kind FROM notifications WHERE recipient_id = $1 ORDER BY created_at, id`, [userId])).map(
      (r: { kind: string }) => r.kind,
    );
  };

  it('a resident follows a proposal, the council answers it, she reads the notifications and opens the proposal; unfollowed, she hears no more', async () => {
    const proposal = await publishedProposal(h.t, lea, { title: TITLE, body: 'Pour se reposer l’été.' });

    // A visitor sees how many follow it and is offered to sign in.
    const visitor = await h.newPage();
    await h.visit(visitor, `/proposals/${proposal.id}`);
    const visitorsBox = region(visitor, 'Suivre la proposition');
    await visitorsBox.getByText('Suivie par 1 personne').waitFor(); // its author, from creation
    await visitorsBox.getByRole('link', { name: 'Se connecter pour suivre cette proposition' }).waitFor();

    const page = await h.newPage();
    await h.signIn(page, marie);
    await h.visit(page, `/proposals/${proposal.id}`);
    const box = region(page, 'Suivre la proposition');
    await box.getByText('Suivie par 1 personne').waitFor();
    await box.getByRole('button', { name: 'Suivre cette proposition' }).click();
    await box.getByRole('status').getByText('Vous suivez cette proposition : vous serez prévenu·e de ses suites.').waitFor();
    await box.getByText('Suivie par 2 personnes').waitFor();
    await box.getByText('Vous suivez cette proposition.').waitFor();
    await box.getByRole('button', { name: 'Ne plus suivre' }).waitFor();
    await h.checkA11y(page);
    expect(await follows(marie.id, proposal.id)).toBe(1);

    // The council examines it, then answers (its own pages are tested elsewhere).
    await h.t.gqlOk(
      ANSWER,
      { id: proposal.id, input: { status: 'UNDER_REVIEW', body: 'Le service des espaces verts chiffre le projet.' } },
      council.token,
    );
    await h.t.gqlOk(
      ANSWER,
      { id: proposal.id, input: { status: 'ACCEPTED', body: 'Le conseil adopte la proposition.\nPose prévue en mai.' } },
      council.token,
    );

    await h.visit(page, '/notifications');
    await h.expectHeading(page, 'Notifications (2 non lues)');
    const list = page.getByRole('list', { name: 'Mes notifications' });
    const answered = list.getByRole('listitem').filter({ hasText: 'Réponse du conseil municipal' });
    await answered.getByText(`Réponse du conseil municipal à la proposition « ${TITLE} » : Acceptée.`).waitFor();
    await answered.getByText('Pose prévue en mai.', { exact: false }).waitFor();
    const examined = list.getByRole('listitem').filter({ hasText: 'mis à l’étude' });
    await examined.getByText(`Le conseil municipal a mis à l’étude la proposition « ${TITLE} ».`).waitFor();
    await examined.getByText('Le service des espaces verts chiffre le projet.').waitFor();
    await h.checkA11y(page);

    await answered.getByRole('link', { name: `Voir la proposition « ${TITLE} »` }).click();
    await h.expectHeading(page, TITLE);
    expect(new URL(page.url()).pathname).toBe(`/proposals/${proposal.id}`);
    await region(page, 'Réponse officielle du conseil municipal').getByText('Acceptée').waitFor();
    await h.checkA11y(page);

    // Unfollowing: the count goes down, and the next progress update does not reach her.
    const again = region(page, 'Suivre la proposition');
    await again.getByRole('button', { name: 'Ne plus suivre' }).click();
    await again.getByRole('status').getByText('Vous ne suivez plus cette proposition.').waitFor();
    await again.getByText('Suivie par 1 personne').waitFor();
    await again.getByRole('button', { name: 'Suivre cette proposition' }).waitFor();
    expect(await again.getByText('Vous suivez cette proposition.').count()).toBe(0);
    await h.checkA11y(page);
    expect(await follows(marie.id, proposal.id)).toBe(0);

    await h.t.gqlOk(
      `mutation($id: ID!, $input: ProgressUpdateInput!) { addProgressUpdate(id: $id, input: $input) { id } }`,
      { id: proposal.id, input: { body: 'Bancs commandés.', progress: 20 } },
      council.token,
    );
    expect(await notificationsOf(marie.id)).toEqual(['PROPOSAL_UNDER_REVIEW', 'PROPOSAL_ANSWERED']);
    // Its author still follows it and heard of all three.
    expect(await notificationsOf(lea.id)).toEqual(['PROPOSAL_UNDER_REVIEW', 'PROPOSAL_ANSWERED', 'PROPOSAL_PROGRESS']);
  });

  it('after a follow or an unfollow the page shows the count the server answers, not one it computed', async () => {
    const proposal = await publishedProposal(h.t, lea, { title: 'Une fontaine à eau place de la mairie', body: 'Pour l’été.' });
    const FOLLOW = `mutation($id: ID!) { follow(targetType: PROPOSAL, targetId: $id) { followerCount viewerIsFollowing } }`;
    const UNFOLLOW = `mutation($id: ID!) { unfollow(targetType: PROPOSAL, targetId: $id) { followerCount viewerIsFollowing } }`;

    const page = await h.newPage();
    await h.signIn(page, marie);
    await h.visit(page, `/proposals/${proposal.id}`);
    const box = region(page, 'Suivre la proposition');
    await box.getByText('Suivie par 1 personne').waitFor();

    // Bob follows it from elsewhere while Marie's page still shows 1: her follow makes 3, not 1 + 1.
    expect((await h.t.gqlOk(FOLLOW, { id: proposal.id }, bob.token)).follow).toEqual({ followerCount: 2, viewerIsFollowing: true });
    await box.getByRole('button', { name: 'Suivre cette proposition' }).click();
    await box.getByRole('status').getByText('Vous suivez cette proposition : vous serez prévenu·e de ses suites.').waitFor();
    await box.getByText('Suivie par 3 personnes').waitFor();
    await box.getByText('Vous suivez cette proposition.').waitFor();

    // Bob leaves meanwhile: her unfollow leaves the author alone, 1, not 3 − 1.
    expect((await h.t.gqlOk(UNFOLLOW, { id: proposal.id }, bob.token)).unfollow).toEqual({ followerCount: 2, viewerIsFollowing: false });
    await box.getByRole('button', { name: 'Ne plus suivre' }).click();
    await box.getByRole('status').getByText('Vous ne suivez plus cette proposition.').waitFor();
    await box.getByText('Suivie par 1 personne').waitFor();
    await box.getByRole('button', { name: 'Suivre cette proposition' }).waitFor();
    await h.checkA11y(page);
    const rows = await h.t.sql(`SELECT user_id FROM follows WHERE target_type = 'PROPOSAL' AND target_id = $1`, [proposal.id]);
    expect(rows.map((r: { user_id: string }) => r.user_id)).toEqual([lea.id]);
  });

  it('supporting follows (as the support box says); the supporter reads in English that the threshold was reached, the author that someone commented', async () => {
    const proposal = await publishedProposal(h.t, lea, { title: OTHER, body: 'Pour les épluchures du quartier.' });
    const page = await h.newPage();
    await h.signIn(page, bob);
    await h.visit(page, `/proposals/${proposal.id}`);
    const supports = region(page, 'Soutiens');
    const mention =
      'En la soutenant, vous la suivez aussi : vous serez prévenu·e de ses suites. Vous pourrez ne plus la suivre tout en gardant votre soutien.';
    await supports.getByText(mention).waitFor();
    // Screen readers hear it with the button.
    const button = supports.getByRole('button', { name: 'Soutenir cette proposition' });
    expect(await button.evaluate((el) => document.getElementById(el.getAttribute('aria-describedby') ?? '')?.textContent)).toBe(mention);
    await button.click();
    await supports.getByText('Votre soutien est enregistré. Merci !').waitFor();
    const box = region(page, 'Suivre la proposition');
    await box.getByText('Vous suivez cette proposition.').waitFor();
    await box.getByText('Suivie par 2 personnes').waitFor();
    expect(await supports.getByText(mention).count()).toBe(0);
    await h.checkA11y(page);
    expect(await follows(bob.id, proposal.id)).toBe(1);

    // Marie's support reaches the threshold; Bob comments.
    await h.t.gqlOk(SUPPORT, { id: proposal.id }, marie.token);
    await h.t.gqlOk(
      `mutation($input: AddCommentInput!) { addComment(input: $input) { id } }`,
      { input: { targetType: 'PROPOSAL', targetId: proposal.id, body: 'Je peux aider à le monter.' } },
      bob.token,
    );

    await h.visit(page, '/notifications');
    await page.getByRole('banner').getByRole('button', { name: 'English' }).click();
    await h.expectHeading(page, 'Notifications (1 unread)');
    const list = page.getByRole('list', { name: 'My notifications' });
    await list.getByText(`The proposal “${OTHER}” reached the threshold of 2 supports: it goes under review.`).waitFor();
    await list.getByRole('link', { name: `See the proposal “${OTHER}”` }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await h.checkA11y(page);

    const author = await h.newPage();
    await h.signIn(author, lea);
    await h.visit(author, '/notifications');
    const mine = author.getByRole('list', { name: 'Mes notifications' });
    await mine.getByText(`Nouveau commentaire sur votre proposition « ${OTHER} ».`).waitFor();
    await mine.getByText(`La proposition « ${OTHER} » a atteint le seuil de 2 soutiens : elle passe à l’étude.`).waitFor();
    await h.checkA11y(author);
    await mine
      .getByRole('listitem')
      .filter({ hasText: 'Nouveau commentaire' })
      .getByRole('link', { name: `Voir la proposition « ${OTHER} »` })
      .click();
    await h.expectHeading(author, OTHER);
    await author.getByText('Je peux aider à le monter.').waitFor();
    await h.checkA11y(author);
  });
});
