import type { Page } from 'playwright-core';
import { advancePhase, createBudget, envelopeNamed, feasible, submit } from '../harness/budgets';
import type { TestUser } from '../harness/factories';
import { BrowserHarness, DESKTOP } from './harness';

/**
 * The participatory budget through the built client, in Chromium, axe on every page: a resident at
 * 360 px submits a project; the council closes the submission phase and marks the project feasible
 * (focus moves to each confirmation); the resident votes in the city-wide envelope with the keyboard
 * only, the running total warning when over the envelope and the server refusing it, then saves a
 * choice that fits; once the results are out, the resident reads them in a table.
 */
describe('participatory budget in the browser', () => {
  let h: BrowserHarness;
  let council: TestUser;
  let jeanne: TestUser;
  let other: TestUser;
  let budget: any;
  let projectId: string;
  const PHONE_360 = { width: 360, height: 780 };
  const TITLE = 'Des bancs sur le quai';

  beforeAll(async () => {
    h = await BrowserHarness.start();
    council = await h.t.factories.council();
    jeanne = await h.t.factories.resident({ displayName: 'Jeanne Martin', district: 'Le Port' });
    other = await h.t.factories.resident({ displayName: 'Paul Durand' });
    budget = await createBudget(h.t, council);
  });
  afterAll(() => h?.close());

  const focusedText = (page: Page) =>
    page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      return !el || el === document.body ? '' : (el.textContent ?? '').trim();
    });
  const noSideScroll = async (page: Page) =>
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE_360.width);

  it('a resident submits a project at 360 px', async () => {
    const page = await h.newPage(PHONE_360);
    await h.signIn(page, jeanne);
    await h.visit(page, `/budgets/${budget.id}`);
    await noSideScroll(page);
    await page.getByRole('link', { name: 'Proposer un projet' }).click();
    await h.expectHeading(page, 'Proposer un projet');
    await h.checkA11y(page);
    await page.getByLabel('Enveloppe').selectOption({ label: 'Toute la ville' });
    await page.getByLabel('Titre du projet').fill(TITLE);
    await page.getByLabel('Description').fill('Six bancs à l’ombre, face à la Loire.');
    await page.getByLabel('Coût estimé (en euros)').fill('0');
    await page.getByRole('button', { name: 'Déposer le projet' }).click();
    // The server's refusal, on its field.
    await page.getByText('Le coût doit être d’au moins 1 €.').first().waitFor();
    await h.checkA11y(page);
    await page.getByLabel('Coût estimé (en euros)').fill('55000');
    await page.getByLabel('Adresse ou lieu (facultatif)').fill('Quai de Loire');
    await page.getByRole('button', { name: 'Déposer le projet' }).click();
    await h.expectHeading(page, TITLE);
    await page.getByText('Votre projet est déposé.').waitFor();
    await h.checkA11y(page);
    await noSideScroll(page);
    projectId = page.url().split('/').pop() as string;
    expect((await h.t.sql(`SELECT author_id FROM budget_projects WHERE id = $1`, [projectId]))[0].author_id).toBe(jeanne.id);
  });

  it('the council closes the submission phase and marks the project feasible', async () => {
    const city = envelopeNamed(budget, 'Toute la ville');
    const rival = await submit(h.t, other, city, { title: 'Un kiosque à musique', estimatedCost: 50_000 });
    const page = await h.newPage(DESKTOP);
    await h.signIn(page, council);
    await h.visit(page, `/budgets/${budget.id}`);
    await page.getByRole('button', { name: 'Clore la phase « Dépôt des projets » maintenant' }).click();
    await page.getByText('La phase « Étude des projets » est ouverte.').waitFor();
    expect(await focusedText(page)).toContain('Étude des projets');
    await h.checkA11y(page);

    await h.visit(page, `/budgets/projects/${projectId}`);
    await page.getByLabel('Avis').selectOption({ label: 'Réalisable' });
    await page.getByLabel('Coût chiffré par la mairie (en euros)').fill('60000');
    await page.getByRole('button', { name: 'Enregistrer l’avis' }).click();
    await page.getByText('L’avis est enregistré.').waitFor();
    expect(await focusedText(page)).toBe('L’avis est enregistré.');
    await page.getByText('Coût chiffré par la mairie : 60 000 €').waitFor();
    await h.checkA11y(page);
    expect((await h.t.sql(`SELECT review, cost FROM budget_projects WHERE id = $1`, [projectId]))[0]).toEqual({
      review: 'FEASIBLE',
      cost: 60000,
    });
    await feasible(h.t, council, rival.id, 50_000);
    await advancePhase(h.t, council, budget.id); // voting
  });

  it('a resident votes by keyboard at 360 px, within the envelope', async () => {
    const page = await h.newPage(PHONE_360);
    await h.signIn(page, jeanne);
    await h.visit(page, `/budgets/${budget.id}`);
    await page.getByRole('heading', { name: 'Votre vote' }).waitFor();
    await noSideScroll(page);
    const city = page.getByRole('group', { name: /Enveloppe « Toute la ville »/ });
    const total = city.getByRole('status');
    await city.getByRole('checkbox', { name: new RegExp(`^${TITLE}`) }).focus();
    await page.keyboard.press('Space');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    // 60,000 + 50,000 in an envelope of 100,000: the total says so at once.
    await total.getByText(/Dépassement de 10\s000\s€/).waitFor();
    // Tab to the save button and press Enter: the server refuses, the message takes focus.
    await page.keyboard.press('Tab');
    expect(await focusedText(page)).toBe('Enregistrer mon choix (Toute la ville)');
    await page.keyboard.press('Enter');
    await city.getByText('Le total dépasse le montant de l’enveloppe.').waitFor();
    // The summary above the form took focus and links to the choice.
    expect(await focusedText(page)).toContain('Le total dépasse le montant de l’enveloppe.');
    await h.checkA11y(page);
    expect((await h.t.sql(`SELECT count(*)::int AS n FROM budget_ballot_choices`))[0].n).toBe(0);

    await city.getByRole('checkbox', { name: /^Un kiosque à musique/ }).focus();
    await page.keyboard.press('Space');
    await total.getByText(/Total choisi : 60\s000\s€ sur 100\s000\s€/).waitFor();
    await page.keyboard.press('Tab');
    expect(await focusedText(page)).toBe('Enregistrer mon choix (Toute la ville)');
    await page.keyboard.press('Enter');
    await page.getByText('Votre choix pour « Toute la ville » est enregistré.').waitFor();
    expect(await focusedText(page)).toBe('Votre choix pour « Toute la ville » est enregistré.');
    await h.checkA11y(page);
    await noSideScroll(page);
    const rows = await h.t.sql(
      `SELECT c.project_id FROM budget_ballot_choices c JOIN budget_ballots b ON b.id = c.ballot_id WHERE b.user_id = $1`,
      [jeanne.id],
    );
    expect(rows).toEqual([{ project_id: projectId }]);
    // Jeanne lives in Le Port: she may vote there too; Centre-ville is not offered.
    await page.getByText('Aucun projet soumis au vote dans l’enveloppe « Le Port ».').waitFor();
    expect(await page.getByRole('group', { name: /Enveloppe « Centre-ville »/ }).count()).toBe(0);
  });

  it('the results show in a table once published', async () => {
    await advancePhase(h.t, council, budget.id); // results
    const page = await h.newPage(PHONE_360);
    await h.visit(page, `/budgets/${budget.id}`);
    const table = page.getByRole('table', { name: /Résultats de l’enveloppe « Toute la ville »/ });
    await table.waitFor();
    const first = table.getByRole('row').nth(1);
    expect(await first.getByRole('rowheader').textContent()).toBe(TITLE);
    expect((await first.getByRole('cell').allTextContents()).map((c) => c.replace(/\s/g, ' '))).toEqual(['1', '1', '60 000 €', 'Oui']);
    // Participation as a share of residents, and the open data of the results.
    const participation = page.getByRole('table', { name: /Votants et part des habitants inscrits/ });
    expect(await participation.getByRole('columnheader').allTextContents()).toEqual([
      'Quartier',
      'Votants',
      'Habitants inscrits',
      'Part des habitants',
    ]);
    await participation.getByRole('rowheader', { name: 'Tous quartiers' }).waitFor();
    expect(await page.getByRole('link', { name: 'Résultats au format CSV' }).getAttribute('href')).toBe('/open-data/budget-results.csv');
    await noSideScroll(page);
    await h.visit(page, `/budgets/projects/${projectId}`);
    await page.getByText('Lauréat').first().waitFor();
  });

  it('the council merges a duplicate into another project of its envelope, with a public note', async () => {
    const edition = await createBudget(h.t, council, { title: 'Budget des fusions' });
    const city = envelopeNamed(edition, 'Toute la ville');
    const kept = await submit(h.t, jeanne, city, { title: 'Un kiosque à musique' });
    const dup = await submit(h.t, other, city, { title: 'Kiosque pour concerts' });
    await advancePhase(h.t, council, edition.id); // review
    const page = await h.newPage(PHONE_360);
    await h.signIn(page, council);
    await h.visit(page, `/budgets/projects/${dup.id}`);
    const into = page.getByLabel('Projet qui l’absorbe (même enveloppe)');
    await into.waitFor();
    await into.selectOption({ label: 'Un kiosque à musique' });
    // Without a note: refused on its field, nothing merged.
    await page.getByRole('button', { name: 'Fusionner', exact: true }).click();
    await page.locator('#field-note[aria-invalid="true"]').waitFor();
    await h.checkA11y(page);
    expect((await h.t.sql(`SELECT review FROM budget_projects WHERE id = $1`, [dup.id]))[0].review).toBe('SUBMITTED');
    await page.getByLabel('Note publique').last().fill('Deux fois la même idée.');
    await page.getByRole('button', { name: 'Fusionner', exact: true }).click();
    await page.getByText('Le projet est fusionné.').waitFor();
    expect(await focusedText(page)).toContain('Le projet est fusionné.');
    await h.checkA11y(page);
    await noSideScroll(page);
    expect(await h.t.sql(`SELECT review, merged_into_id, review_note FROM budget_projects WHERE id = $1`, [dup.id])).toEqual([
      { review: 'MERGED', merged_into_id: kept.id, review_note: 'Deux fois la même idée.' },
    ]);
  });

  it('the council creates an edition through the form, at 360 px and with the keyboard', async () => {
    const page = await h.newPage(PHONE_360);
    await h.signIn(page, council);
    await h.visit(page, '/budgets');
    await page.getByRole('link', { name: 'Créer une édition' }).click();
    await h.expectHeading(page, 'Nouvelle édition du budget participatif');
    await h.checkA11y(page);
    await noSideScroll(page);
    await page.getByLabel('Titre de l’édition').fill('Budget participatif 2028');
    await page.getByLabel('Règlement').fill('Les projets les plus votés sont retenus dans la limite de chaque enveloppe.');
    await page.getByLabel('Montant total (euros)').fill('150000');
    await page.getByLabel('Montant de l’enveloppe 1 (euros)').fill('100000');
    // A second envelope, added with the keyboard: focus goes to its name.
    await page.getByRole('button', { name: 'Ajouter une enveloppe' }).focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => (document.activeElement as HTMLInputElement | null)?.name === 'input.envelopes.1.name');
    await page.keyboard.type('Le Port');
    await page.getByLabel('Quartier de l’enveloppe 2').selectOption('Le Port');
    await page.getByLabel('Montant de l’enveloppe 2 (euros)').fill('40000');
    await page.getByText('Somme des enveloppes : 140 000 € sur 150 000 € : elles doivent faire le montant total.').waitFor();
    const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
    const phases = ['Dépôt des projets', 'Étude des projets', 'Vote', 'Résultats', 'Réalisation'];
    for (const [i, name] of phases.entries()) await page.getByLabel(`Début de la phase « ${name} »`).fill(day(i * 10 + 1));
    await page.getByLabel('Fin de l’édition').fill(day(200));
    // The envelopes do not add up: the server refuses, the summary takes focus and names the fault.
    await page.getByRole('button', { name: 'Créer l’édition' }).click();
    await page.locator('#field-input-envelopes').waitFor();
    expect(await page.evaluate(() => document.activeElement !== document.body)).toBe(true);
    await h.checkA11y(page);
    expect((await h.t.sql(`SELECT count(*)::int AS n FROM budgets WHERE title = 'Budget participatif 2028'`))[0].n).toBe(0);
    await page.getByLabel('Montant de l’enveloppe 2 (euros)').fill('50000');
    await page.getByText('Somme des enveloppes : 150 000 € sur 150 000 €, le compte est bon.').waitFor();
    await page.getByRole('button', { name: 'Créer l’édition' }).click();
    await h.expectHeading(page, 'Budget participatif 2028');
    await page.getByText('L’édition est créée.').waitFor();
    await h.checkA11y(page);
    const [row] = await h.t.sql(
      `SELECT b.total_amount, b.voting_style, (SELECT json_agg(json_build_array(e.name, e.district, e.amount) ORDER BY e.position)
         FROM budget_envelopes e WHERE e.budget_id = b.id) AS envelopes FROM budgets b WHERE b.title = 'Budget participatif 2028'`,
    );
    // Then edits it: rules still open before voting.
    await page.getByRole('link', { name: 'Modifier l’édition' }).click();
    await h.expectHeading(page, 'Modifier l’édition');
    await h.checkA11y(page);
    await noSideScroll(page);
    await page.getByLabel('Titre de l’édition').fill('');
    await page.getByRole('button', { name: 'Enregistrer', exact: true }).click();
    await page.locator('#field-input-title[aria-invalid="true"]').waitFor();
    await page.getByLabel('Titre de l’édition').fill('Budget participatif 2028-2029');
    await page.getByLabel('Manière de voter').selectOption('APPROVAL');
    await page.getByLabel('Nombre maximum de projets par enveloppe').fill('3');
    await page.getByRole('button', { name: 'Enregistrer', exact: true }).click();
    await h.expectHeading(page, 'Budget participatif 2028-2029');
    await page.getByText('L’édition est modifiée.').waitFor();
    expect(await h.t.sql(`SELECT voting_style, max_choices FROM budgets WHERE title = 'Budget participatif 2028-2029'`)).toEqual([
      { voting_style: 'APPROVAL', max_choices: 3 },
    ]);
    await page.getByRole('link', { name: 'Modifier l’édition' }).click();
    await h.expectHeading(page, 'Modifier l’édition');
    await page.getByLabel('Titre de l’édition').fill('Budget participatif 2028');
    await page.getByLabel('Manière de voter').selectOption('KNAPSACK');
    await page.getByRole('button', { name: 'Enregistrer', exact: true }).click();
    await h.expectHeading(page, 'Budget participatif 2028');
    expect(row).toEqual({
      total_amount: 150_000,
      voting_style: 'KNAPSACK',
      envelopes: [
        ['Toute la ville', null, 100_000],
        ['Le Port', 'Le Port', 50_000],
      ],
    });
  });

  it('the council corrects an envelope’s amount and name at 360 px until voting opens, then reads them frozen', async () => {
    const edition = await createBudget(h.t, council, { title: 'Budget à corriger' });
    const port = envelopeNamed(edition, 'Le Port');
    const envelopeRow = async () => (await h.t.sql(`SELECT name, amount FROM budget_envelopes WHERE id = $1`, [port]))[0];
    const page = await h.newPage(PHONE_360);
    await h.signIn(page, council);
    await h.visit(page, `/budgets/${edition.id}/edit`);
    await h.expectHeading(page, 'Modifier l’édition');
    await noSideScroll(page);
    const amount = page.getByLabel('Montant de l’enveloppe 2 (euros)');
    expect(await amount.inputValue()).toBe('50000');
    // Refused by the server on its field, which is marked and described; nothing changes.
    await amount.fill('0');
    await page.getByRole('button', { name: 'Enregistrer', exact: true }).click();
    await page.locator('#field-input-envelopes-1-amount[aria-invalid="true"]').waitFor();
    const describedBy = (await amount.getAttribute('aria-describedby')) ?? '';
    const described = await page.evaluate(
      (ids) => ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' '),
      describedBy.split(' ').filter(Boolean),
    );
    expect(described).toContain('Le montant doit être d’au moins 1 €.');
    expect(await page.evaluate(() => document.activeElement !== document.body)).toBe(true);
    await h.checkA11y(page);
    expect(await envelopeRow()).toEqual({ name: 'Le Port', amount: 50_000 });

    await amount.fill('45 000');
    await page.getByText(/Nouveau montant total : 195\s000\s€/).waitFor();
    await page.getByLabel('Nom de l’enveloppe 2').fill('Quartier du Port');
    await page.getByRole('button', { name: 'Enregistrer', exact: true }).click();
    await h.expectHeading(page, 'Budget à corriger');
    await page.getByText('L’édition est modifiée.').waitFor();
    // As after any save that leaves the page: focus on the new page's heading.
    expect(await focusedText(page)).toBe('Budget à corriger');
    const envelope = page.getByRole('region', { name: 'Quartier du Port' });
    await envelope.getByText(/Montant : 45\s000\s€/).waitFor();
    await h.checkA11y(page);
    await noSideScroll(page);
    expect(await envelopeRow()).toEqual({ name: 'Quartier du Port', amount: 45_000 });
    expect((await h.t.sql(`SELECT total_amount FROM budgets WHERE id = $1`, [edition.id]))[0].total_amount).toBe(195_000);

    // Once voting opens, the envelopes are read-only, with the reason.
    await advancePhase(h.t, council, edition.id); // review
    await advancePhase(h.t, council, edition.id); // voting
    await h.visit(page, `/budgets/${edition.id}/edit`);
    await h.expectHeading(page, 'Modifier l’édition');
    await page.getByText('Le vote est ouvert : les noms et les montants des enveloppes ne peuvent plus changer.').waitFor();
    await page.getByText(/Quartier du Port \(Le Port\) : 45\s000\s€/).waitFor();
    // A name that is already the place is not repeated: « Centre-ville : … », « Toute la ville : … ».
    await page.getByText(/^Centre-ville : 50\s000\s€$/).waitFor();
    await page.getByText(/^Toute la ville : 100\s000\s€$/).waitFor();
    expect(await page.getByLabel('Montant de l’enveloppe 2 (euros)').count()).toBe(0);
    await noSideScroll(page);
  });
});
