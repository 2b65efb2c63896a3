import type { Locator, Page } from 'playwright-core';
import type { TestUser } from '../harness/factories';
import { BrowserHarness, DESKTOP } from './harness';

/**
 * Consultations through the built client, in Chromium, axe on every page: the council builds one
 * with a question of each kind and it is listed; a resident answers every kind by keyboard alone
 * on a 360 px phone (after a required question was refused by the server); the live results show
 * their numbers in tables; the council closes it and publishes a conclusion, shown above the
 * results. The steps share one consultation and run in order.
 */
describe('consultations in the browser', () => {
  let h: BrowserHarness;
  let council: TestUser;
  let resident: TestUser;
  let consultationId: string;
  const TITLE = 'Le réaménagement de la place du Marché';
  const PHONE_360 = { width: 360, height: 780 };

  beforeAll(async () => {
    h = await BrowserHarness.start();
    council = await h.t.factories.council();
    resident = await h.t.factories.resident({ displayName: 'Jeanne Martin' });
  });
  afterAll(() => h?.close());

  const group = (scope: Page | Locator, name: string | RegExp) => scope.getByRole('group', { name });
  /** The name of the focused element (its label, or its text for a button). */
  const focused = (page: Page) =>
    page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el) return '';
      const id = el.id;
      const label = id ? document.querySelector(`label[for="${id}"]`)?.textContent : null;
      return (label ?? el.textContent ?? '').trim();
    });
  /** Presses Tab until `target` has focus (keyboard only), failing after `max` presses. */
  async function tabTo(page: Page, target: Locator, max = 120) {
    for (let i = 0; i < max; i++) {
      if (await target.evaluate((el) => el === document.activeElement)) return;
      await page.keyboard.press('Tab');
    }
    throw new Error(`Tab never reached ${target.toString()}`);
  }
  const streamText = async (stream: NodeJS.ReadableStream) => {
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(Buffer.from(chunk as Buffer));
    return Buffer.concat(chunks).toString('utf8');
  };
  /** A `datetime-local` value in the browser's time zone, `minutes` from now. */
  const localInput = (page: Page, minutes: number) =>
    page.evaluate((m) => {
      const d = new Date(Date.now() + m * 60_000);
      const pad = (n: number) => String(n).padStart(2, '0');
      return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
    }, minutes);

  it('the council builds a consultation with one question of each kind, previews it, creates it, and it is listed', async () => {
    const page = await h.newPage(DESKTOP);
    await h.signIn(page, council);
    await h.visit(page, '/consultations');
    await page.getByRole('main').getByRole('link', { name: 'Créer une consultation' }).click();
    await h.expectHeading(page, 'Créer une consultation');
    await h.checkA11y(page);

    await page.getByLabel('Titre', { exact: true }).fill(TITLE);
    await page
      .getByLabel('Présentation')
      .fill('Où mettre les bancs ?\n\nLe plan est sur https://example.org/plan, à lire avant de répondre.');
    // Opened a minute ago, so residents can answer at once.
    await page.getByLabel('Ouverture').fill(await localInput(page, -1));
    await page.getByLabel('Clôture').fill(await localInput(page, 7 * 24 * 60));
    await page.getByLabel('Publication des résultats').selectOption('LIVE');

    const questions: [string, string, string, (q: Locator) => Promise<void>][] = [
      [
        'SINGLE_CHOICE',
        'Que faut-il ajouter en priorité ?',
        'Arbres\nBancs\nFontaine',
        async (q) => q.getByLabel('Réponse obligatoire').check(),
      ],
      [
        'MULTIPLE_CHOICE',
        'Quelles animations voulez-vous ?',
        'Marché\nConcerts\nJeux d’enfants',
        async (q) => q.getByLabel('Nombre de choix au plus').fill('2'),
      ],
      ['RANKING', 'Classez les accès', 'Vélo\nBus\nVoiture', async (q) => q.getByLabel('Réponse obligatoire').check()],
      [
        'SCALE',
        'Êtes-vous satisfait·e de la place aujourd’hui ?',
        '',
        async (q) => {
          await q.getByLabel('Ce que signifie 1').fill('Pas du tout');
          await q.getByLabel('Ce que signifie 5').fill('Tout à fait');
        },
      ],
      ['FREE_TEXT', 'Autre chose à nous dire ?', '', async (q) => q.getByLabel('Longueur maximale (caractères)').fill('500')],
    ];
    for (const [i, [kind, prompt, options, extra]] of questions.entries()) {
      if (i > 0) {
        await page.getByRole('button', { name: 'Ajouter une question' }).click();
        // Focus goes to the new question's wording.
        await page.waitForFunction(
          (name) => {
            const id = document.activeElement?.id;
            return !!id && !!document.querySelector(`label[for="${id}"]`)?.textContent?.startsWith(name);
          },
          `Intitulé de la question ${i + 1}`,
        );
      }
      const q = group(page, `Question ${i + 1}`);
      await q.getByLabel(`Intitulé de la question ${i + 1}`).fill(prompt);
      await q.getByLabel(`Type de la question ${i + 1}`).selectOption(kind);
      if (options) await q.getByLabel('Réponses proposées (une par ligne)').fill(options);
      await extra(q);
    }
    // The preview shows the form residents will get, kind by kind.
    const preview = page.getByRole('region', { name: 'Aperçu du formulaire' });
    await preview
      .getByRole('group', { name: /Que faut-il ajouter/ })
      .getByLabel('Bancs')
      .waitFor();
    await preview.getByRole('button', { name: 'Descendre « Vélo »' }).waitFor();
    await preview.getByLabel('1 : Pas du tout').waitFor();
    await h.checkA11y(page);

    // A question the server refuses: its error is said in that question, nothing is created.
    const first = group(page, 'Question 1');
    await first.getByLabel('Réponses proposées (une par ligne)').fill('Arbres');
    await page.getByRole('button', { name: 'Créer la consultation' }).click();
    await first.getByText('Proposez de 2 à 20 réponses.').waitFor();
    expect(await h.t.sql('SELECT 1 FROM consultations')).toEqual([]);
    await h.checkA11y(page);
    await first.getByLabel('Réponses proposées (une par ligne)').fill('Arbres\nBancs\nFontaine');

    await page.getByRole('button', { name: 'Créer la consultation' }).click();
    await h.expectHeading(page, TITLE);
    await h.checkA11y(page);
    consultationId = new URL(page.url()).pathname.split('/').pop()!;
    const rows = await h.t.sql('SELECT kind, required FROM consultation_questions WHERE consultation_id = $1 ORDER BY position', [
      consultationId,
    ]);
    expect(rows.map((r) => r.kind)).toEqual(['SINGLE_CHOICE', 'MULTIPLE_CHOICE', 'RANKING', 'SCALE', 'FREE_TEXT']);
    // The description is text: the link is not a link.
    await page.getByText(/Le plan est sur https:\/\/example.org\/plan/).waitFor();
    expect(await page.getByRole('link', { name: /example\.org/ }).count()).toBe(0);

    await h.visit(page, '/consultations?state=OPEN');
    await page.getByRole('link', { name: TITLE }).waitFor();
  });

  it('a resident at 360 px answers every kind by keyboard alone, after the server refused a required question', async () => {
    const page = await h.newPage(PHONE_360);
    await h.signIn(page, resident);
    await h.visit(page, '/');
    await page.getByRole('link', { name: TITLE }).waitFor(); // the home page lists open consultations
    await h.visit(page, `/consultations/${consultationId}`);
    await page.getByText('Vous pouvez répondre à cette consultation.').waitFor();
    const form = page.getByRole('form', { name: 'Répondre' });

    // Nothing answered: the server names the required questions, focus goes to the first one.
    await tabTo(page, form.getByRole('button', { name: 'Envoyer mes réponses' }));
    await page.keyboard.press('Enter');
    const q1 = group(form, /Que faut-il ajouter/);
    await q1.getByText('Cette question est obligatoire.').waitFor();
    expect(await focused(page)).toBe('Arbres');
    expect(await h.t.sql('SELECT 1 FROM consultation_responses WHERE consultation_id = $1', [consultationId])).toEqual([]);
    await h.checkA11y(page);

    // Single choice: arrows move and choose.
    await page.keyboard.press('ArrowDown');
    expect(await q1.getByLabel('Bancs').isChecked()).toBe(true);
    // Multiple choice, at most 2: the third waits (disabled, said).
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('Marché');
    await page.keyboard.press('Space');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    const q2 = group(form, /Quelles animations/);
    await q2.getByText('Vous avez déjà choisi 2 réponses : c’est le maximum.').waitFor();
    expect(await q2.getByLabel('Jeux d’enfants').isDisabled()).toBe(true);
    // Ranking by its buttons: Vélo goes down twice; focus stays on its buttons, the position is announced.
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('Descendre « Vélo »');
    await page.keyboard.press('Enter');
    const q3 = group(form, /Classez les accès/);
    await q3.getByRole('status').getByText('« Vélo » est maintenant en position 2 sur 3.').waitFor();
    expect(await focused(page)).toBe('Descendre « Vélo »');
    await page.keyboard.press('Enter');
    await q3.getByRole('status').getByText('« Vélo » est maintenant en position 3 sur 3.').waitFor();
    expect(await focused(page)).toBe('Monter « Vélo »');
    expect(await q3.getByRole('listitem').allTextContents()).toEqual([
      expect.stringMatching(/^1\. Bus/),
      expect.stringMatching(/^2\. Voiture/),
      expect.stringMatching(/^3\. Vélo/),
    ]);
    // Scale: arrows from 1 to 4.
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('1 : Pas du tout');
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
    expect(
      await group(form, /Êtes-vous satisfait/)
        .getByLabel('4', { exact: true })
        .isChecked(),
    ).toBe(true);
    // Free text with its counter.
    await page.keyboard.press('Tab');
    await page.keyboard.type('Plus d’ombre l’été.');
    await form.getByText('19 caractères sur 500').waitFor();
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('Envoyer mes réponses');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await page.keyboard.press('Enter');

    await page.getByText('Merci ! Votre réponse a été enregistrée.').waitFor();
    expect(await focused(page)).toBe('Merci ! Votre réponse a été enregistrée.');
    const mine = page.getByRole('region', { name: 'Vos réponses' });
    await mine.getByText('Bancs').waitFor();
    await mine.getByText('Marché, Concerts').waitFor();
    await mine.getByText('Plus d’ombre l’été.').waitFor();
    const answers = await h.t.sql(
      `SELECT q.kind, a.scale, a.text FROM consultation_answers a
         JOIN consultation_questions q ON q.id = a.question_id
         JOIN consultation_responses r ON r.id = a.response_id
        WHERE r.consultation_id = $1 ORDER BY q.position`,
      [consultationId],
    );
    expect(answers.map((a) => a.kind)).toEqual(['SINGLE_CHOICE', 'MULTIPLE_CHOICE', 'RANKING', 'SCALE', 'FREE_TEXT']);
    expect(answers[3].scale).toBe(4);
    expect(answers[4].text).toBe('Plus d’ombre l’été.');

    // Live results: each chart comes with the table of its numbers.
    const results = page.getByRole('region', { name: 'Résultats' });
    const table = results.getByRole('table', { name: 'Chiffres : Que faut-il ajouter en priorité ?' });
    await table.getByRole('row', { name: /Bancs 1 100/ }).waitFor();
    await results
      .getByRole('table', { name: 'Chiffres : Classez les accès' })
      .getByRole('row', { name: /Vélo 3/ })
      .waitFor();
    await results.getByText('Moyenne : 4 sur 5').waitFor();
    await results.getByText('Plus d’ombre l’été.').waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await h.checkA11y(page);
  });

  it('the council closes the consultation and publishes a conclusion, shown above the results', async () => {
    const page = await h.newPage(DESKTOP);
    await h.signIn(page, council);
    await h.visit(page, `/consultations/${consultationId}`);
    await page.getByRole('button', { name: 'Clore maintenant' }).click();
    await page.getByText('La consultation est close.').waitFor();
    expect(await focused(page)).toBe('La consultation est close.');
    await h.checkA11y(page);

    await page.getByRole('textbox', { name: 'Conclusion' }).fill('Des bancs et des arbres seront installés au printemps.');
    await page.getByRole('button', { name: 'Publier la conclusion' }).click();
    await page.getByText('Conclusion publiée.').waitFor();
    const conclusion = page.getByRole('region', { name: 'La conclusion du conseil municipal' });
    await conclusion.getByText('Des bancs et des arbres seront installés au printemps.').waitFor();
    const [c] = await h.t.sql('SELECT conclusion_body FROM consultations WHERE id = $1', [consultationId]);
    expect(c.conclusion_body).toBe('Des bancs et des arbres seront installés au printemps.');

    // The responses as CSV, fetched with the council's token and saved as a file.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Télécharger les réponses (CSV)' }).click(),
    ]);
    const csv = await streamText(await download.createReadStream());
    expect(csv).toContain('Plus d’ombre l’été.');

    // A resident sees the conclusion first, then the results.
    const other = await h.newPage(PHONE_360);
    await h.visit(other, `/consultations/${consultationId}`);
    await other.getByRole('table', { name: 'Chiffres : Que faut-il ajouter en priorité ?' }).waitFor();
    const order = await other.evaluate(() =>
      [...document.querySelectorAll('h2')]
        .map((e) => e.textContent)
        .filter((t) => t === 'La conclusion du conseil municipal' || t === 'Résultats'),
    );
    expect(order).toEqual(['La conclusion du conseil municipal', 'Résultats']);
    await h.checkA11y(other);
  });

  it('the council attaches a PDF to an upcoming consultation and edits it; the document is listed and served', async () => {
    const soon = new Date(Date.now() + 24 * 3600_000).toISOString();
    const later = new Date(Date.now() + 9 * 24 * 3600_000).toISOString();
    const { createConsultation } = await h.t.gqlOk<{ createConsultation: { id: string } }>(
      `mutation ($input: CreateConsultationInput!) { createConsultation(input: $input) { id } }`,
      {
        input: {
          title: 'Les horaires de la médiathèque',
          description: 'Quels horaires vous conviennent ?',
          opensAt: soon,
          closesAt: later,
          resultsVisibility: 'AFTER_CLOSE',
          questions: [{ kind: 'FREE_TEXT', prompt: 'Vos horaires idéaux ?' }],
        },
      },
      council.token,
    );
    const page = await h.newPage();
    await h.signIn(page, council);
    await h.visit(page, `/consultations/${createConsultation.id}`);
    await page.getByLabel('Titre du document').fill('Horaires actuels');
    await page.getByLabel('Fichier PDF').setInputFiles({
      name: 'horaires.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n'),
    });
    await page.getByRole('button', { name: 'Ajouter le document' }).click();
    await page.getByText('Document « Horaires actuels » ajouté.').waitFor();
    const link = page.getByRole('region', { name: 'Documents' }).getByRole('link', { name: /^Horaires actuels \(PDF/ });
    await link.waitFor();
    const served = await page.request.get((await link.getAttribute('href'))!);
    expect(served.headers()['content-type']).toBe('application/pdf');
    await h.checkA11y(page);

    await page.getByRole('link', { name: 'Modifier la consultation' }).click();
    await h.expectHeading(page, 'Modifier la consultation');
    await h.checkA11y(page);
    await page.getByLabel('Titre', { exact: true }).fill('Les horaires de la médiathèque cet hiver');
    await page.getByRole('button', { name: 'Enregistrer les modifications' }).click();
    await h.expectHeading(page, 'Les horaires de la médiathèque cet hiver');
    const [row] = await h.t.sql('SELECT title FROM consultations WHERE id = $1', [createConsultation.id]);
    expect(row.title).toBe('Les horaires de la médiathèque cet hiver');
  });
});
