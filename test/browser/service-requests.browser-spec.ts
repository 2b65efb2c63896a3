import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { ServiceFieldKind, ServiceKind } from '../../src/service-requests/service-request.enums';
import type { TestUser } from '../harness/factories';
import { file, makeService } from '../harness/service-requests';
import { BrowserHarness, DESKTOP } from './harness';

/**
 * Service requests and notifications through the built client, in Chromium, axe on every page:
 * a resident files a report, a neighbour follows it instead of filing it again, an agent handles
 * it, the resident answers and rates it; internal notes never leave the staff's view.
 */
describe('service requests in the browser', () => {
  let h: BrowserHarness;
  let serviceName: string;
  let serviceId: string;
  let claire: TestUser;
  let paul: TestUser;
  let agent: TestUser;
  let otherAgent: TestUser;
  let claireSees: Page;
  let agentSees: Page;
  let requestId: string;
  let reference: string;

  const SHOTS = process.env.SCREENSHOT_DIR ?? '/tmp/parvis-shots/service-requests';
  const INTERNAL_NOTE = 'Note interne : le mât 12 est rouillé, prévoir la nacelle jeudi.';
  const PUBLIC_UPDATE = 'Une équipe passera dans la semaine pour changer la lampe.';
  const POINT = { lat: 47.5861, lng: 1.3359 };

  const main = (page: Page) => page.getByRole('main');
  const mainText = (page: Page) => main(page).innerText();
  const describedBy = (el: HTMLElement | SVGElement) =>
    (el.getAttribute('aria-describedby') ?? '')
      .split(' ')
      .map((id) => document.getElementById(id)?.textContent ?? '')
      .join(' ');
  const shot = (page: Page, name: string) => page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    h = await BrowserHarness.start();
    const department = await h.t.factories.department(undefined, 'Éclairage public');
    const otherDepartment = await h.t.factories.department(undefined, 'État civil');
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
    serviceName = service.name;
    serviceId = service.id;
    await makeService(h.t, otherDepartment.id, { kind: ServiceKind.FORMALITY, name: 'Acte de naissance', group: 'État civil' });
    claire = await h.t.factories.resident({ displayName: 'Claire Fontaine' });
    paul = await h.t.factories.resident({ displayName: 'Paul Verlaine' });
    agent = await h.t.factories.agent([department.id]);
    otherAgent = await h.t.factories.agent([otherDepartment.id]);
    await h.t.gqlOk(
      `mutation($input: CreateResponseTemplateInput!) { createResponseTemplate(input: $input) { id } }`,
      { input: { departmentId: department.id, title: 'Intervention planifiée', body: PUBLIC_UPDATE } },
      agent.token,
    );
  });
  afterAll(() => h?.close());

  it('a resident files a report: the required field is asked for first, then the reference is shown', async () => {
    claireSees = await h.newPage();
    await claireSees.context().grantPermissions(['geolocation']);
    await claireSees.context().setGeolocation({ latitude: POINT.lat, longitude: POINT.lng });
    const page = claireSees;
    await h.signIn(page, claire);
    await h.openMenu(page);
    await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Signaler / Démarches' }).click();
    await h.expectHeading(page, 'Signaler un problème ou faire une démarche');
    await main(page).getByText('Une démarche administrative').waitFor();
    await h.checkA11y(page);

    await main(page).getByRole('link', { name: serviceName }).click();
    await h.expectHeading(page, `Signaler : ${serviceName}`);
    await h.checkA11y(page);
    await page.getByLabel('Description').fill('Le lampadaire devant le 3 rue des Lilas est éteint depuis lundi.');
    await page.getByLabel('Adresse').fill('3 rue des Lilas');
    await page.getByRole('button', { name: 'Utiliser ma position' }).click();
    await page.getByText('Point placé à votre position').waitFor();
    // The address typed by the resident stays theirs (no address found replaces it).
    expect(await page.getByLabel('Adresse').inputValue()).toBe('3 rue des Lilas');
    await shot(page, 'filing-form-phone');

    await page.getByRole('button', { name: 'Envoyer ma demande' }).click();
    const summary = page.getByRole('alert');
    await summary.getByText('Le formulaire contient une erreur').waitFor();
    const panne = page.getByLabel('Type de panne');
    expect(await panne.getAttribute('aria-invalid')).toBe('true');
    expect(await panne.evaluate(describedBy)).toContain('Ce champ est obligatoire.');
    expect(await page.getByLabel('Description').getAttribute('aria-invalid')).toBeNull();
    await h.checkA11y(page);
    expect(await h.t.sql('SELECT id FROM service_requests')).toHaveLength(0);

    await panne.selectOption({ label: 'Éteint' });
    await page.getByLabel(/Nombre de lampadaires/).fill('2');
    await page.getByRole('button', { name: 'Envoyer ma demande' }).click();
    await page.waitForURL(/\/service-requests\/[0-9a-f-]{36}$/);
    const [row] = await h.t.sql('SELECT id, reference, status, requester_id, field_values, lat, lng, address FROM service_requests');
    requestId = row.id;
    reference = row.reference;
    expect(reference).toMatch(/^PAR-\d{4}-\d{6}$/);
    expect(row).toMatchObject({
      status: 'SUBMITTED',
      requester_id: claire.id,
      field_values: { panne: 'eteint', nombre: 2 },
      lat: POINT.lat,
      lng: POINT.lng,
      address: '3 rue des Lilas',
    });
    await h.expectHeading(page, `Demande ${reference}`);
    await page.getByRole('status').getByText(`Sa référence : ${reference}`).waitFor();
    await main(page).getByText('Déposée', { exact: true }).first().waitFor();
    await main(page).getByText('Suivie par 1 personne').waitFor();
    await h.checkA11y(page);
  });

  it('a neighbour at the same spot is offered the open request and follows it instead', async () => {
    const page = await h.newPage(DESKTOP);
    await h.signIn(page, paul);
    await h.visit(page, '/service-requests/new');
    await main(page).getByRole('link', { name: serviceName }).click();
    await h.expectHeading(page, `Signaler : ${serviceName}`);
    await page.getByLabel('Description').fill('Lampadaire éteint rue des Lilas.');
    await page.getByLabel('Type de panne').selectOption({ label: 'Éteint' });
    // About ten metres from the first one.
    await page.context().grantPermissions(['geolocation']);
    await page.context().setGeolocation({ latitude: 47.58618, longitude: 1.33595 });
    await page.getByRole('button', { name: 'Utiliser ma position' }).click();
    await page.getByText('Point placé à votre position').waitFor();
    await shot(page, 'filing-form-desktop');
    // A point set is checked at once (as the submit would): the open request nearby is offered.
    const nearby = page.getByRole('region', { name: 'Déjà signalé à proximité ?' });
    await nearby.getByText(reference).waitFor();
    await nearby.getByText(/À \d+ m/).waitFor();
    await page.getByRole('button', { name: 'Envoyer quand même ma demande' }).waitFor();
    await h.checkA11y(page);
    await shot(page, 'filing-nearby-desktop');
    expect(await h.t.sql('SELECT id FROM service_requests')).toHaveLength(1);

    await nearby.getByRole('button', { name: `Suivre celle-ci plutôt : ${reference}` }).click();
    await page.waitForURL(`**/service-requests/${requestId}`);
    await h.expectHeading(page, `Demande ${reference}`);
    await page.getByRole('status').getByText(`Vous suivez la demande ${reference}`).waitFor();
    await main(page).getByText('Suivie par 2 personnes').waitFor();
    await main(page).getByRole('button', { name: 'Ne plus suivre' }).waitFor();
    await h.checkA11y(page);
    expect(await h.t.sql('SELECT id FROM service_requests')).toHaveLength(1);
    const follows = await h.t.sql(`SELECT user_id FROM follows WHERE target_type = 'SERVICE_REQUEST' AND target_id = $1 ORDER BY user_id`, [
      requestId,
    ]);
    expect(follows.map((f: { user_id: string }) => f.user_id).sort()).toEqual([claire.id, paul.id].sort());
    // A resident never gets the staff panel.
    expect(await mainText(page)).not.toContain('Traitement (agents)');
    await page.close();
  });

  it('an agent of the department finds it in the queue, acknowledges it, writes a note and an update, asks for details', async () => {
    agentSees = await h.newPage(DESKTOP);
    const page = agentSees;
    await h.signIn(page, agent);
    await h.openMenu(page);
    await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'File de traitement' }).click();
    await h.expectHeading(page, 'File de traitement');
    const queue = page.getByRole('list', { name: 'Demandes à traiter' });
    await queue.getByRole('link', { name: new RegExp(reference) }).waitFor();
    await main(page).getByRole('heading', { name: '1 demande' }).waitFor();
    await h.checkA11y(page);
    await shot(page, 'agent-queue-desktop');
    await page.setViewportSize({ width: 390, height: 844 });
    await shot(page, 'agent-queue-phone');
    await page.setViewportSize(DESKTOP);

    // The "unassigned" filter keeps it; "assigned to me" does not (yet).
    await page.getByLabel('Attribution').selectOption({ label: 'Attribuées à moi' });
    await page.getByRole('button', { name: 'Filtrer' }).click();
    await main(page).getByText('Aucune demande ne correspond à ces filtres.').waitFor();
    await h.checkA11y(page);
    await page.getByLabel('Attribution').selectOption({ label: 'Non attribuées' });
    await page.getByRole('button', { name: 'Filtrer' }).click();
    await queue.getByRole('link', { name: new RegExp(reference) }).click();
    await h.expectHeading(page, `Demande ${reference}`);
    const staff = page.getByRole('region', { name: 'Traitement (agents)' });
    await staff.getByText('Demande faite par Claire Fontaine.').waitFor();
    await h.checkA11y(page);

    await staff.getByRole('button', { name: 'Me l’attribuer' }).click();
    await staff.getByText('Cette demande vous est attribuée.').waitFor();

    await staff.getByLabel('Nouveau statut').selectOption({ label: 'Prise en compte' });
    await staff.getByRole('button', { name: 'Changer le statut' }).click();
    await page.getByRole('status').getByText('Statut changé : Prise en compte.').waitFor();

    await staff.getByLabel('Texte', { exact: true }).fill(INTERNAL_NOTE);
    await staff.getByRole('button', { name: 'Ajouter une note interne' }).click();
    const timeline = page.getByRole('list', { name: 'Historique' });
    const noteItem = timeline.getByRole('listitem').filter({ hasText: INTERNAL_NOTE });
    await noteItem.getByText('Visible des agents seulement').waitFor();

    await staff.getByLabel('Réponse type pour le texte').selectOption({ label: 'Intervention planifiée' });
    expect(await staff.getByLabel('Texte', { exact: true }).inputValue()).toBe(PUBLIC_UPDATE);
    await staff.getByRole('button', { name: 'Publier une information publique' }).click();
    await timeline.getByRole('listitem').filter({ hasText: PUBLIC_UPDATE }).getByText('Information de la mairie').waitFor();
    await h.checkA11y(page);

    // Asking for details needs a message: refused first, with the error on the message field.
    await staff.getByLabel('Nouveau statut').selectOption({ label: 'En attente de précisions' });
    await staff.getByRole('button', { name: 'Changer le statut' }).click();
    await staff.getByRole('alert').getByText('Le formulaire contient une erreur').waitFor();
    const message = staff.getByLabel(/Message public/);
    expect(await message.getAttribute('aria-invalid')).toBe('true');
    expect(await message.evaluate(describedBy)).toContain('Ce champ est obligatoire.');
    await h.checkA11y(page);
    await message.fill('Pouvez-vous nous donner le numéro inscrit sur le mât ?');
    await staff.getByRole('button', { name: 'Changer le statut' }).click();
    await page.getByRole('status').getByText('Statut changé : En attente de précisions.').waitFor();
    await shot(page, 'request-page-agent-desktop');
    await page.setViewportSize({ width: 390, height: 844 });
    await shot(page, 'request-page-agent-phone');
    await page.setViewportSize(DESKTOP);

    const [row] = await h.t.sql('SELECT status, assignee_id, acknowledged_at FROM service_requests WHERE id = $1', [requestId]);
    expect(row.status).toBe('WAITING_FOR_RESIDENT');
    expect(row.assignee_id).toBe(agent.id);
    expect(row.acknowledged_at).not.toBeNull();
    const kinds = await h.t.sql('SELECT kind FROM service_request_events WHERE request_id = $1 ORDER BY created_at, id', [requestId]);
    expect(kinds.map((k: { kind: string }) => k.kind)).toEqual(
      expect.arrayContaining(['CREATED', 'ASSIGNED', 'STATUS_CHANGED', 'INTERNAL_NOTE', 'PUBLIC_UPDATE']),
    );
  });

  it('the resident answers, the agent resolves it, the resident rates it; the internal note stays with staff', async () => {
    const page = claireSees;
    await h.visit(page, `/service-requests/${requestId}`);
    await h.expectHeading(page, `Demande ${reference}`);
    const reply = page.getByRole('region', { name: 'Répondre à la mairie' });
    await reply.getByText('numéro inscrit sur le mât').waitFor();
    expect(await mainText(page)).not.toContain(INTERNAL_NOTE);
    expect(await mainText(page)).not.toContain('Traitement (agents)');
    await main(page).getByText(PUBLIC_UPDATE).waitFor();
    await h.checkA11y(page);
    await shot(page, 'request-page-resident-phone');

    await reply.getByRole('button', { name: 'Envoyer ma réponse' }).click();
    await reply.getByRole('alert').getByText('Le formulaire contient une erreur').waitFor();
    await reply.getByLabel('Votre réponse').fill('Le numéro est 12.');
    await reply.getByRole('button', { name: 'Envoyer ma réponse' }).click();
    await page.getByRole('status').getByText('Réponse envoyée.').waitFor();
    await main(page).getByText('En cours de traitement').first().waitFor();
    await h.checkA11y(page);
    expect((await h.t.sql('SELECT status FROM service_requests WHERE id = $1', [requestId]))[0].status).toBe('IN_PROGRESS');

    // The agent resolves it with a message.
    await agentSees.reload();
    await h.expectHeading(agentSees, `Demande ${reference}`);
    const staff = agentSees.getByRole('region', { name: 'Traitement (agents)' });
    await agentSees.getByRole('list', { name: 'Historique' }).getByText('Le numéro est 12.').waitFor();
    await staff.getByLabel('Nouveau statut').selectOption({ label: 'Résolue' });
    await staff.getByLabel(/Message public/).fill('La lampe du mât 12 a été remplacée.');
    await staff.getByRole('button', { name: 'Changer le statut' }).click();
    await agentSees.getByRole('status').getByText('Statut changé : Résolue.').waitFor();
    await h.checkA11y(agentSees);

    // The resident rates it.
    await h.visit(page, `/service-requests/${requestId}`);
    const rate = page.getByRole('region', { name: 'Donner votre avis' });
    await rate.getByLabel('Note').selectOption({ label: '4 sur 5 — satisfait·e' });
    await rate.getByLabel(/Commentaire/).fill('Rapide, merci.');
    await rate.getByRole('button', { name: 'Envoyer mon avis' }).click();
    await page.getByRole('status').getByText('Merci pour votre avis.').waitFor();
    await page.getByRole('region', { name: 'Votre avis' }).getByText('Vous avez donné la note de 4 sur 5.').waitFor();
    await page.getByRole('region', { name: 'Le problème persiste ?' }).waitFor();
    await h.checkA11y(page);
    const [row] = await h.t.sql('SELECT status, rating, rating_comment, resolution FROM service_requests WHERE id = $1', [requestId]);
    expect(row).toEqual({
      status: 'RESOLVED',
      rating: 4,
      rating_comment: 'Rapide, merci.',
      resolution: 'La lampe du mât 12 a été remplacée.',
    });
    expect(await mainText(page)).not.toContain(INTERNAL_NOTE);

    await h.visit(page, '/service-requests/mine');
    await h.expectHeading(page, 'Mes demandes');
    await main(page)
      .getByRole('link', { name: new RegExp(reference) })
      .waitFor();
  });

  it('the follower sees notifications, opens one and marks them read', async () => {
    const page = await h.newPage();
    await h.signIn(page, paul);
    await h.t.jobsDone(); // notifications are delivered by the job queue
    const [{ n: unread }] = await h.t.sql('SELECT count(*)::int AS n FROM notifications WHERE recipient_id = $1 AND read_at IS NULL', [
      paul.id,
    ]);
    // Acknowledged, public update, waiting for details, resident replied, resolved.
    expect(unread).toBe(5);
    await h.openMenu(page);
    await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Notifications' }).click();
    await h.expectHeading(page, 'Notifications (5 non lues)');
    const list = page.getByRole('list', { name: 'Mes notifications' });
    await list.getByText(`La demande ${reference} a changé de statut : Prise en compte.`).waitFor();
    await list.getByText(`Nouvelle information de la mairie sur la demande ${reference}.`).waitFor();
    await list.getByText(PUBLIC_UPDATE).waitFor();
    await list.getByText(`La demande ${reference} a changé de statut : Résolue.`).waitFor();
    expect(await mainText(page)).not.toContain(INTERNAL_NOTE);
    expect(await mainText(page)).not.toContain('Le numéro est 12.');
    await h.checkA11y(page);

    await list
      .getByRole('listitem')
      .first()
      .getByRole('button', { name: /^Marquer comme lue/ })
      .click();
    await h.expectHeading(page, 'Notifications (4 non lues)');
    await h.checkA11y(page);

    await page.getByRole('checkbox', { name: 'Non lues seulement' }).check();
    await list.getByRole('listitem').nth(3).waitFor();
    await h.checkA11y(page);
    await list
      .getByRole('link', { name: `Voir la demande ${reference}` })
      .first()
      .click();
    await h.expectHeading(page, `Demande ${reference}`);
    await h.checkA11y(page);

    // Opening it marked it read (the request may still be on its way: wait for the row).
    for (let i = 0; i < 50; i++) {
      const [{ n }] = await h.t.sql('SELECT count(*)::int AS n FROM notifications WHERE recipient_id = $1 AND read_at IS NULL', [paul.id]);
      if (n === 3) break;
      await page.waitForTimeout(100);
    }
    await h.visit(page, '/notifications');
    await h.expectHeading(page, 'Notifications (3 non lues)');
    await page.getByRole('button', { name: 'Tout marquer comme lu' }).click();
    await page.getByRole('status').getByText('3 notifications marquées comme lues.').waitFor();
    await h.expectHeading(page, /^Notifications$/);
    await h.checkA11y(page);
    const [{ n: left }] = await h.t.sql('SELECT count(*)::int AS n FROM notifications WHERE recipient_id = $1 AND read_at IS NULL', [
      paul.id,
    ]);
    expect(left).toBe(0);
  });

  it('an agent of another department does not see it in their queue, nor gets the staff panel', async () => {
    const page = await h.newPage();
    await h.signIn(page, otherAgent);
    await h.visit(page, '/agent/queue?status=ALL');
    await h.expectHeading(page, 'File de traitement');
    await main(page).getByText('Aucune demande ne correspond à ces filtres.').waitFor();
    expect(await mainText(page)).not.toContain(reference);
    await shot(page, 'agent-queue-empty-phone');

    await h.visit(page, `/service-requests/${requestId}`);
    await h.expectHeading(page, `Demande ${reference}`);
    expect(await mainText(page)).not.toContain('Traitement (agents)');
    expect(await mainText(page)).not.toContain(INTERNAL_NOTE);
    expect(await mainText(page)).not.toContain('Claire Fontaine');
  });

  it('an overdue request is flagged in words; the agent marks it as a duplicate by reference', async () => {
    const late = await file(h.t, paul, serviceId, {
      description: 'Lampadaire qui clignote place du Marché.',
      location: { lat: 47.59, lng: 1.34 },
      fieldValues: [{ code: 'panne', value: 'clignote' }],
    });
    await h.t.sql(`UPDATE service_requests SET expected_at = now() - interval '2 days' WHERE id = $1`, [late.id]);
    const page = agentSees;
    await h.visit(page, '/agent/queue?overdue=1');
    expect(await page.getByLabel('En retard seulement').isChecked()).toBe(true);
    const item = page.getByRole('list', { name: 'Demandes à traiter' }).getByRole('listitem');
    await item.getByText('En retard', { exact: true }).waitFor();
    expect(await item.count()).toBe(1);
    expect(await item.innerText()).toContain(late.reference);

    await item.getByRole('link', { name: new RegExp(late.reference) }).click();
    await h.expectHeading(page, `Demande ${late.reference}`);
    await main(page).getByText('En retard', { exact: true }).waitFor();
    await h.checkA11y(page);
    const staff = page.getByRole('region', { name: 'Traitement (agents)' });
    await staff.getByLabel(/Demande d’origine/).fill(reference);
    await staff.getByRole('button', { name: 'Marquer comme doublon' }).click();
    await page.getByRole('status').getByText('Demande marquée comme doublon et clôturée.').waitFor();
    await main(page).getByRole('link', { name: reference }).first().waitFor();
    await main(page).getByText('Clôturée', { exact: true }).waitFor();
    await h.checkA11y(page);
    const [row] = await h.t.sql('SELECT status, duplicate_of_id FROM service_requests WHERE id = $1', [late.id]);
    expect(row).toEqual({ status: 'CLOSED', duplicate_of_id: requestId });
  });

  it('a visitor looks the reference up: public view, no requester name, no internal note', async () => {
    const page = await h.newPage();
    await h.visit(page, '/service-requests/lookup');
    await h.expectHeading(page, 'Retrouver une demande');
    await page.getByLabel('Référence').fill(reference.toLowerCase());
    await page.getByRole('button', { name: 'Rechercher' }).click();
    await main(page).getByRole('heading', { name: reference, level: 2 }).waitFor();
    await main(page).getByText('La lampe du mât 12 a été remplacée.').first().waitFor();
    await h.checkA11y(page);
    const text = await mainText(page);
    expect(text).not.toContain('Claire Fontaine');
    expect(text).not.toContain(INTERNAL_NOTE);
    expect(text).not.toContain('Le numéro est 12.');

    await main(page)
      .getByRole('link', { name: `Ouvrir la page de la demande ${reference}` })
      .click();
    await h.expectHeading(page, `Demande ${reference}`);
    await main(page).getByRole('link', { name: 'Se connecter pour suivre cette demande' }).waitFor();
    await h.checkA11y(page);
    const pageText = await mainText(page);
    expect(pageText).not.toContain('Claire Fontaine');
    expect(pageText).not.toContain(INTERNAL_NOTE);

    await h.visit(page, '/service-requests/lookup?reference=PAR-1999-000001');
    await main(page).getByText('Aucune demande visible ne porte la référence PAR-1999-000001.').waitFor();
    await h.checkA11y(page);

    // The catalogue is open to visitors; filing asks them to sign in.
    await h.visit(page, '/service-requests/new');
    await main(page).getByRole('link', { name: serviceName }).click();
    await main(page).getByRole('link', { name: 'Se connecter' }).waitFor();
    await h.checkA11y(page);
  });
});
