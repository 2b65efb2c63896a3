import type { Page } from 'playwright-core';
import type { TestUser } from '../harness/factories';
import { BrowserHarness, DESKTOP } from './harness';

/**
 * A town hall sets up its catalogue from an empty database (no demo data): an admin creates a
 * department and a service with two extra fields (a required choice, an optional text), a resident
 * files a request for it, the admin renames the field and removes the chosen option, and the
 * earlier request still shows its answers as they were given. Departments and categories are
 * renamed and archived; a user is found and given a role. axe runs on every page, at 360 px.
 */
describe('catalogue admin in the browser', () => {
  let h: BrowserHarness;
  let admin: TestUser;
  let resident: TestUser;
  let adminSees: Page;
  let residentSees: Page;
  let requestUrl: string;

  const PHONE_360 = { width: 360, height: 780 };
  const main = (page: Page) => page.getByRole('main');
  const fitsWidth = async (page: Page, width = 360) =>
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
  const focusedText = (page: Page) => page.evaluate(() => document.activeElement?.textContent ?? '');
  // Screenshots for a person to look at, only when asked (SCREENSHOT_DIR=/tmp/shots).
  const shot = async (page: Page, name: string) => {
    if (process.env.SCREENSHOT_DIR) await page.screenshot({ path: `${process.env.SCREENSHOT_DIR}/catalogue-${name}.png`, fullPage: true });
  };

  beforeAll(async () => {
    h = await BrowserHarness.start();
    // Nothing but the two accounts: no department, no service, no category.
    admin = await h.t.factories.admin();
    resident = await h.t.factories.resident({ displayName: 'Hélène Robert' });
    expect(await h.t.sql(`SELECT count(*)::int AS n FROM departments`)).toEqual([{ n: 0 }]);
    expect(await h.t.sql(`SELECT count(*)::int AS n FROM services`)).toEqual([{ n: 0 }]);
  });
  afterAll(() => h?.close());

  it('on an empty database, the catalogue says to create a department first; the admin creates one', async () => {
    adminSees = await h.newPage(PHONE_360);
    const page = adminSees;
    await h.signIn(page, admin, '/admin/services');
    await h.expectHeading(page, 'Catalogue des demandes');
    await h.checkA11y(page);
    await main(page).getByText('Commencez par créer un service municipal.').waitFor();
    await fitsWidth(page);

    await main(page).getByRole('link', { name: 'Créer un service municipal' }).click();
    await h.expectHeading(page, 'Services municipaux');
    await main(page).getByText('Aucun service municipal pour l’instant.').waitFor();
    await h.checkA11y(page);
    await page.getByLabel('Code').fill('VOIRIE');
    await page.getByLabel('Nom', { exact: true }).fill('Voirie');
    await page.getByRole('button', { name: 'Ajouter le service' }).click();
    await main(page).getByText('Service « Voirie » ajouté.').waitFor();
    await h.checkA11y(page);
    await fitsWidth(page);

    await main(page).getByRole('link', { name: 'Aller au catalogue des demandes' }).click();
    await h.expectHeading(page, 'Catalogue des demandes');
    await main(page).getByText('Le catalogue est vide').waitFor();
    await h.checkA11y(page);
  });

  it('the admin adds a service with a required choice and an optional text, by keyboard-operable buttons', async () => {
    const page = adminSees;
    await main(page).getByRole('link', { name: 'Ajouter un type de demande' }).first().click();
    await h.expectHeading(page, 'Nouveau type de demande');
    await h.checkA11y(page);

    await page.getByLabel('Nom', { exact: true }).fill('Enlèvement d’encombrants');
    await page.getByLabel('Description').fill('La mairie vient chercher vos objets volumineux sur rendez-vous.');
    await page.getByLabel('Nature').selectOption({ label: 'Démarche (une procédure administrative, toujours privée)' });
    await page.getByLabel('Rubrique', { exact: true }).fill('Propreté');
    // The only department is chosen already.
    expect(await page.getByLabel('Service municipal qui traite ces demandes').inputValue()).not.toBe('');
    await page.getByLabel('Objectif de traitement, en jours').fill('10');

    await page.getByRole('button', { name: 'Ajouter un champ' }).click();
    const first = page.getByRole('group', { name: 'Champ 1' });
    // Focus went to the new field's label.
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.id)).toBe('field-input-fields-0-label');
    await page.keyboard.type('Type d’objets');
    await first.getByLabel('Type de réponse du champ 1').selectOption({ label: 'Choix dans une liste' });
    await first.getByLabel('Réponse obligatoire').check();
    const choices = first.getByRole('group', { name: 'Choix proposés pour le champ 1' });
    await choices.getByLabel('Choix 1', { exact: false }).first().fill('Meubles');
    await choices.getByLabel('Choix 2').fill('Électroménager');
    await choices.getByRole('button', { name: 'Ajouter un choix' }).click();
    await choices.getByLabel('Choix 3').fill('Gravats');

    await page.getByRole('button', { name: 'Ajouter un champ' }).click();
    const second = page.getByRole('group', { name: 'Champ 2' });
    await second.getByLabel('Libellé du champ 2').fill('Précisions d’accès');
    // Move the text field up, by keyboard, then back down: focus follows the moved field.
    await second.getByRole('button', { name: 'Monter le champ 2' }).focus();
    await page.keyboard.press('Enter');
    await main(page).getByText('Champ déplacé en position 1.').waitFor();
    expect(await page.getByLabel('Libellé du champ 1').inputValue()).toBe('Précisions d’accès');
    expect(await focusedText(page)).toBe('Descendre le champ 1');
    await page.keyboard.press('Enter');
    expect(await page.getByLabel('Libellé du champ 1').inputValue()).toBe('Type d’objets');
    await h.checkA11y(page);
    await fitsWidth(page);
    await shot(page, 'editor-360');

    await page.getByRole('button', { name: 'Ajouter au catalogue' }).click();
    await h.expectHeading(page, 'Catalogue des demandes');
    await main(page).getByText('« Enlèvement d’encombrants » est ajouté au catalogue.').waitFor();
    await main(page).getByRole('heading', { level: 2, name: 'Propreté' }).waitFor();
    await h.checkA11y(page);
    await shot(page, 'services-360');
    const [row] = await h.t.sql(`SELECT code, kind, requests_public, fields_version, fields FROM services`);
    expect(row).toMatchObject({ code: 'ENLEVEMENT-D-ENCOMBRANTS', kind: 'FORMALITY', requests_public: false, fields_version: 1 });
    expect(row.fields.map((f: { code: string; required: boolean }) => [f.code, f.required])).toEqual([
      ['type_d_objets', true],
      ['precisions_d_acces', false],
    ]);
  });

  it('a resident files a request for it', async () => {
    residentSees = await h.newPage();
    const page = residentSees;
    await h.signIn(page, resident, '/service-requests/new');
    await h.expectHeading(page, 'Signaler un problème ou faire une démarche');
    await h.checkA11y(page);
    await main(page).getByRole('link', { name: 'Enlèvement d’encombrants' }).click();
    await h.expectHeading(page, 'Démarche : Enlèvement d’encombrants');
    await h.checkA11y(page);
    await page.getByLabel('Description').fill('Un canapé et une machine à laver, au rez-de-chaussée.');
    await page.getByLabel('Type d’objets').selectOption({ label: 'Électroménager' });
    await page.getByLabel(/Précisions d’accès/).fill('Code de la porte : 1234B');
    await page.getByRole('button', { name: 'Envoyer ma demande' }).click();
    await page.waitForURL(/\/service-requests\/[0-9a-f-]{36}$/);
    requestUrl = new URL(page.url()).pathname;
    await h.checkA11y(page);
    const details = main(page).locator('#request-details');
    await details.getByText('Type d’objets').waitFor();
    expect(await details.innerText()).toContain('Électroménager');
    expect(await details.innerText()).toContain('Code de la porte : 1234B');
  });

  it('the admin renames the field and removes the chosen option; the earlier request still shows its answers', async () => {
    const page = adminSees;
    await main(page).getByRole('link', { name: 'Enlèvement d’encombrants' }).click();
    await h.expectHeading(page, 'Modifier « Enlèvement d’encombrants »');
    await h.checkA11y(page);
    const first = page.getByRole('group', { name: 'Champ 1' });
    await first.getByLabel('Libellé du champ 1').fill('Nature des objets');
    await first.getByRole('button', { name: 'Retirer le choix 2' }).click();
    await main(page).getByText('Choix retiré.').waitFor();
    expect(await first.getByLabel('Choix 2').inputValue()).toBe('Gravats');
    await h.checkA11y(page);
    await fitsWidth(page);
    await page.getByRole('button', { name: 'Enregistrer les modifications' }).click();
    await h.expectHeading(page, 'Catalogue des demandes');
    await main(page).getByText('Modifications de « Enlèvement d’encombrants » enregistrées.').waitFor();
    await h.checkA11y(page);
    expect((await h.t.sql(`SELECT fields_version FROM services`))[0].fields_version).toBe(2);

    // The resident opens the request again: the answers as given, with the label of the time.
    const other = residentSees;
    await h.visit(other, requestUrl);
    const details = main(other).locator('#request-details');
    await details.getByText('Type d’objets').waitFor();
    const text = await details.innerText();
    expect(text).toContain('Électroménager');
    expect(text).not.toContain('Nature des objets');
    expect(text).toContain('Code de la porte : 1234B');
    await shot(other, 'request-after-edit');

    // A new request asks with the new label and choices.
    await h.visit(other, '/service-requests/new');
    await main(other).getByRole('link', { name: 'Enlèvement d’encombrants' }).click();
    await h.expectHeading(other, 'Démarche : Enlèvement d’encombrants');
    await h.checkA11y(other);
    const options = await other.getByLabel('Nature des objets').locator('option').allInnerTexts();
    expect(options.slice(1)).toEqual(['Meubles', 'Gravats']);
  });

  it('the admin renames departments and archives one; one still in use is refused with what to do', async () => {
    const page = adminSees;
    await h.visit(page, '/admin/departments');
    await h.expectHeading(page, 'Services municipaux');
    await page.getByRole('button', { name: 'Renommer « Voirie »' }).click();
    await page.getByLabel('Nouveau nom de « Voirie »').fill('Voirie et propreté');
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    await main(page).getByText('Service renommé en « Voirie et propreté ».').waitFor();
    // Focus is on the result, not lost on the page.
    expect(await focusedText(page)).toContain('Service renommé en « Voirie et propreté ».');
    await h.checkA11y(page);

    await page.getByRole('button', { name: 'Archiver « Voirie et propreté »' }).click();
    await main(page).getByText('Ce service traite encore des types de demande du catalogue').waitFor();
    await main(page).getByRole('link', { name: 'Ouvrir le catalogue des demandes' }).waitFor();
    await h.checkA11y(page);

    await page.getByLabel('Code').fill('FETES');
    await page.getByLabel('Nom', { exact: true }).fill('Fêtes et cérémonies');
    await page.getByRole('button', { name: 'Ajouter le service' }).click();
    await main(page).getByText('Service « Fêtes et cérémonies » ajouté.').waitFor();
    await page.getByRole('button', { name: 'Archiver « Fêtes et cérémonies »' }).click();
    await main(page).getByText('Service « Fêtes et cérémonies » archivé').waitFor();
    const archived = page.getByRole('region', { name: 'Services archivés' });
    await archived.getByText('Fêtes et cérémonies').waitFor();
    await h.checkA11y(page);
    await shot(page, 'departments-360');
    await fitsWidth(page);
    const rows = await h.t.sql(`SELECT code, name, archived_at IS NOT NULL AS archived FROM departments ORDER BY code`);
    expect(rows).toEqual([
      { code: 'FETES', name: 'Fêtes et cérémonies', archived: true },
      { code: 'VOIRIE', name: 'Voirie et propreté', archived: false },
    ]);

    // The archived department is not offered for a new service.
    await h.visit(page, '/admin/services/new');
    const offered = await page.getByLabel('Service municipal qui traite ces demandes').locator('option').allInnerTexts();
    expect(offered).not.toContain('Fêtes et cérémonies');
  });

  it('the admin adds, renames and archives a category', async () => {
    const page = adminSees;
    await h.visit(page, '/admin/categories');
    await main(page).getByText('Aucune catégorie pour l’instant.').waitFor();
    await page.getByLabel('Nom', { exact: true }).fill('Mobilité');
    await page.getByRole('button', { name: 'Ajouter la catégorie' }).click();
    await main(page).getByText('Catégorie « Mobilité » ajoutée.').waitFor();
    await page.getByRole('button', { name: 'Renommer « Mobilité »' }).click();
    await page.getByLabel('Nouveau nom de « Mobilité »').fill('Mobilités douces');
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    await main(page).getByText('Catégorie renommée en « Mobilités douces ».').waitFor();
    await page.getByRole('button', { name: 'Archiver « Mobilités douces »' }).click();
    await page.getByRole('region', { name: 'Catégories archivées' }).getByText('Mobilités douces').waitFor();
    await h.checkA11y(page);
    await fitsWidth(page);
    expect(await h.t.sql(`SELECT name, archived_at IS NOT NULL AS archived FROM categories`)).toEqual([
      { name: 'Mobilités douces', archived: true },
    ]);
  });

  it('the admin finds a user by name without accents and makes them an agent of a department', async () => {
    const page = await h.newPage(DESKTOP);
    await h.signIn(page, admin, '/admin/users');
    await h.expectHeading(page, 'Comptes et rôles');
    await page.getByLabel('Nom ou adresse e-mail').fill('helene rob');
    await page.getByRole('button', { name: 'Rechercher' }).click();
    await main(page).getByRole('heading', { name: '1 compte' }).waitFor();
    await h.checkA11y(page);
    await main(page).getByRole('link', { name: 'Gérer le compte de Hélène Robert' }).click();
    await h.expectHeading(page, 'Hélène Robert');
    await main(page).getByText(resident.email).waitFor();
    await h.checkA11y(page);

    await page.getByLabel('Rôle à attribuer').selectOption({ label: 'Agent' });
    const departments = await page.getByLabel('Service municipal').locator('option').allInnerTexts();
    expect(departments).not.toContain('Fêtes et cérémonies');
    await page.getByLabel('Service municipal').selectOption({ label: 'Voirie et propreté' });
    await page.getByRole('button', { name: 'Attribuer' }).click();
    await main(page).getByText('Rôle « Agent · Voirie et propreté » attribué à Hélène Robert.').waitFor();
    await main(page).getByRole('button', { name: 'Retirer le rôle Agent · Voirie et propreté à Hélène Robert' }).waitFor();
    await h.checkA11y(page);
    expect(await h.t.sql(`SELECT role FROM user_roles WHERE user_id = $1 ORDER BY role`, [resident.id])).toEqual([
      { role: 'AGENT' },
      { role: 'RESIDENT' },
    ]);

    // The same page at 360 px.
    await page.setViewportSize(PHONE_360);
    await h.checkA11y(page);
    await shot(page, 'user-360');
    await fitsWidth(page);
  });

  it('the admin manages a department’s response templates', async () => {
    const page = adminSees;
    await h.visit(page, '/admin/response-templates');
    await h.expectHeading(page, 'Réponses types');
    await main(page).getByText('Aucune réponse type pour ce service.').waitFor();
    await page.getByLabel('Titre').fill('Rendez-vous fixé');
    await page.getByLabel('Texte').fill('Nos agents passeront le mardi suivant, entre 8 h et 12 h.');
    await page.getByRole('button', { name: 'Ajouter', exact: true }).click();
    await main(page).getByText('Réponse type « Rendez-vous fixé » ajoutée.').waitFor();
    await main(page).getByRole('heading', { level: 3, name: 'Rendez-vous fixé' }).waitFor();
    await h.checkA11y(page);
    await fitsWidth(page);
    await page.getByRole('button', { name: 'Supprimer « Rendez-vous fixé »' }).click();
    await main(page).getByText('Réponse type « Rendez-vous fixé » supprimée.').waitFor();
    expect(await h.t.sql(`SELECT id FROM response_templates`)).toEqual([]);
  });
});
