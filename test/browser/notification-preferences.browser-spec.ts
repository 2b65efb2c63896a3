import { UnsubscribeTokens } from '../../src/notifications/unsubscribe-token';
import type { TestUser } from '../harness/factories';
import { fileFormality, setup } from '../harness/service-requests';
import { BrowserHarness } from './harness';

/**
 * The e-mail preferences page and the unsubscribe page, at 360 px, axe on each: a resident turns
 * the council's answers off and the comments on to « at once »; an unsubscribe link opened without
 * signing in asks first, then turns its kind off with the focus on the result; a forged one says
 * it is not valid.
 */
describe('notification e-mail preferences in the browser', () => {
  let h: BrowserHarness;
  let lea: TestUser;
  const NARROW = { width: 360, height: 740 };
  const frequency = async (userId: string, kind: string) =>
    (await h.t.sql(`SELECT frequency FROM notification_preferences WHERE user_id = $1 AND kind = $2`, [userId, kind]))[0]?.frequency ??
    null;

  beforeAll(async () => {
    h = await BrowserHarness.start();
    lea = await h.t.factories.resident({ displayName: 'Léa Blanc' });
  });
  afterAll(() => h?.close());

  it('a resident chooses how each kind is e-mailed, from her account', async () => {
    const page = await h.newPage(NARROW);
    await h.signIn(page, lea);
    await h.visit(page, '/account');
    await page.getByRole('link', { name: 'Notifications par e-mail' }).click();
    await h.expectHeading(page, 'Notifications par e-mail');
    await h.checkA11y(page);
    const proposals = page.getByRole('region', { name: 'Propositions' });
    const answers = proposals.getByLabel('Réponse du conseil municipal à une proposition que je suis');
    expect(await answers.inputValue()).toBe('IMMEDIATE');
    await answers.focus(); // as a keyboard user reaches it
    await answers.selectOption({ label: 'Jamais' });
    await page
      .getByRole('status')
      .getByText('Enregistré : « Réponse du conseil municipal à une proposition que je suis » — Jamais.')
      .waitFor();
    // The focus stays on the select the resident changed (nothing re-mounts it or takes the focus).
    expect(await answers.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await frequency(lea.id, 'PROPOSAL_ANSWERED')).toBe('NEVER');
    const comments = proposals.getByLabel('Commentaires sur mes propositions');
    await comments.selectOption('IMMEDIATE');
    await page
      .getByRole('status')
      .getByText(/Commentaires sur mes propositions.*Tout de suite/)
      .waitFor();
    expect(await frequency(lea.id, 'PROPOSAL_COMMENTED')).toBe('IMMEDIATE');
    await h.checkA11y(page);
    // No sideways scrolling at 360 px.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

    // Read again from the server after a reload.
    await h.visit(page, '/account/notifications');
    expect(await page.getByLabel('Réponse du conseil municipal à une proposition que je suis').inputValue()).toBe('NEVER');
  });

  it('an unsubscribe link asks, then turns its kind off without signing in; a forged one is refused', async () => {
    const token = h.t.get<UnsubscribeTokens>(UnsubscribeTokens).sign({ userId: lea.id, kind: 'SERVICE_REQUEST_STATUS_CHANGED' });
    const page = await h.newPage(NARROW);
    await h.visit(page, `/unsubscribe?token=${encodeURIComponent(token)}`);
    await page.getByText('Ne plus recevoir par e-mail : « Changement de statut d’une demande que je suis » ?', { exact: false }).waitFor();
    expect(await frequency(lea.id, 'SERVICE_REQUEST_STATUS_CHANGED')).toBeNull(); // opening the page changes nothing
    await page.getByRole('button', { name: 'Me désabonner' }).click();
    const done = page.getByText('C’est fait : vous ne recevrez plus d’e-mails pour « Changement de statut d’une demande que je suis ».');
    await done.waitFor();
    // The focus is on the result, not left on the page's body.
    expect(await page.evaluate(() => document.activeElement?.textContent ?? '')).toContain('C’est fait');
    expect(await frequency(lea.id, 'SERVICE_REQUEST_STATUS_CHANGED')).toBe('NEVER');
    await h.checkA11y(page);

    const forged = await h.newPage(NARROW);
    await h.visit(forged, `/unsubscribe?token=${encodeURIComponent(token.slice(0, -2) + 'xx')}`);
    await forged.getByText('Ce lien de désabonnement n’est pas valable.', { exact: false }).waitFor();
    expect(await forged.getByRole('button', { name: 'Me désabonner' }).count()).toBe(0);
    await h.checkA11y(forged);
  });

  it('an agent writes to the requester by e-mail from the request page, without seeing the address', async () => {
    const s = await setup(h.t);
    await h.t.sql(`UPDATE users SET email_verified_at = now()`);
    const request = await fileFormality(h.t, s.resident, s.formalityId);
    const page = await h.newPage(NARROW);
    await h.signIn(page, s.agent);
    await h.visit(page, `/service-requests/${request.id}`);
    const staff = page.getByRole('region', { name: 'Traitement (agents)' });
    const form = staff.getByRole('form', { name: 'Écrire à la personne qui a fait la demande' });
    expect(await form.getByLabel('Par e-mail (privé)').isChecked()).toBe(true);
    // Empty: refused on the page, the error tied to the field.
    await form.getByRole('button', { name: 'Envoyer l’e-mail' }).click();
    await form.getByRole('alert').waitFor();
    await form.getByLabel('Message').fill('Merci d’apporter votre livret de famille.');
    await form.getByRole('button', { name: 'Envoyer l’e-mail' }).click();
    await page.getByRole('status').getByText('Message envoyé par e-mail.').waitFor();
    const timeline = page.getByRole('list', { name: 'Historique' });
    await timeline.getByRole('listitem').filter({ hasText: 'Merci d’apporter votre livret de famille.' }).waitFor();
    expect(await page.locator('main').innerText()).not.toContain(s.resident.email);
    expect(await page.evaluate(() => document.activeElement !== document.body)).toBe(true);
    await h.checkA11y(page);
    await h.t.jobsDone();
    expect(
      await h.t.sql(`SELECT kind FROM service_request_events WHERE request_id = $1 AND kind = 'REQUESTER_EMAILED'`, [request.id]),
    ).toHaveLength(1);
  });
});
