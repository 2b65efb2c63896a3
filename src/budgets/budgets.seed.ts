import { Injectable } from '@nestjs/common';
import { Role } from '../auth/role';
import { Viewer } from '../auth/viewer';
import { CommentsService } from '../comments/comments.service';
import { Clock } from '../common/clock';
import { DEMO_PASSWORD, DemoData, DemoDataStep } from '../common/demo-data';
import { TransactionRunner } from '../database/transaction';
import { IdentityService } from '../identity/identity.service';
import { BUDGET_PROJECT_TARGET } from './budget.notifications';
import { BudgetsRepository, BudgetRow, ProjectRow } from './budgets.repository';
import { BudgetsService } from './budgets.service';

const DAY = 86_400_000;

/** Demo residents with the districts the earlier seeds (base, proposals) gave them: where each may vote depends on it. */
const RESIDENTS = [
  { email: 'marie@parvis.demo', displayName: 'Marie Dupont', district: 'Centre-ville' },
  { email: 'lucas@parvis.demo', displayName: 'Lucas Petit', district: 'Saint-Jean' },
  { email: 'fatou@parvis.demo', displayName: 'Fatou Diallo', district: 'Le Port' },
  { email: 'jeanne.roux@parvis.demo', displayName: 'Jeanne Roux', district: 'Le Port' },
  { email: 'mehdi.haddad@parvis.demo', displayName: 'Mehdi Haddad', district: 'Les Arènes' },
  { email: 'claire.bernard@parvis.demo', displayName: 'Claire Bernard', district: 'Centre-ville' },
  { email: 'paul.nguyen@parvis.demo', displayName: 'Paul Nguyen', district: 'Bel-Air' },
  { email: 'ines.moreau@parvis.demo', displayName: 'Inès Moreau', district: 'Saint-Jean' },
  { email: 'thomas.girard@parvis.demo', displayName: 'Thomas Girard', district: 'La Garenne' },
  { email: 'lea.fontaine@parvis.demo', displayName: 'Léa Fontaine', district: 'Saint-Jean' },
  { email: 'bernard.lefevre@parvis.demo', displayName: 'Bernard Lefèvre', district: 'Centre-ville' },
  { email: 'aicha.traore@parvis.demo', displayName: 'Aïcha Traoré', district: 'Le Port' },
];

/** Phases starting an hour before `now` (so closing the first one now keeps the dates in order), each `days[i]` long. */
function phases(now: Date, days: number[]) {
  let at = now.getTime() - 3_600_000;
  return ['SUBMISSION', 'REVIEW', 'VOTING', 'RESULTS', 'WORKS'].map((phase, i) => {
    const startsAt = new Date(at);
    at += days[i] * DAY;
    return { phase, startsAt, endsAt: new Date(at) };
  });
}

/**
 * Two editions of Parvis-sur-Loire's participatory budget, made through the service's own use cases
 * (so counts, follows and results are real): the 2025 edition, past, with its results and works in
 * progress; the 2026 edition, in voting, with ballots already cast.
 */
@Injectable()
@DemoData('budgets')
export class BudgetsDemoSeed implements DemoDataStep {
  readonly order = 60;

  constructor(
    private readonly budgets: BudgetsService,
    private readonly comments: CommentsService,
    private readonly identity: IdentityService,
    private readonly repo: BudgetsRepository,
    private readonly tx: TransactionRunner,
    private readonly clock: Clock,
  ) {}

  async seed(): Promise<void> {
    const account = async (a: { email: string; displayName: string; district?: string }, roles: Role[] = []): Promise<Viewer> => {
      const { id } = await this.identity.createAccount({ ...a, password: DEMO_PASSWORD, roles });
      return { id, sessionId: 'demo-seed', displayName: a.displayName, roles: [Role.RESIDENT, ...roles], departmentIds: [] };
    };
    const council = await account({ email: 'conseil@parvis.demo', displayName: 'Élise Moreau (adjointe au maire)' }, [Role.COUNCIL]);
    const r: Viewer[] = [];
    for (const a of RESIDENTS) r.push(await account(a));
    const [marie, lucas, fatou, jeanne, mehdi, claire, paul, ines, thomas, lea, bernard, aicha] = r;

    // ---- the past edition: results out, works under way ----
    const past = await this.budgets.create(council, {
      title: 'Budget participatif 2025',
      description: 'La première édition : 300 000 € pour des projets proposés et choisis par les habitants.',
      rules:
        'Chaque habitant vote dans l’enveloppe de son quartier et dans l’enveloppe « Toute la ville », en choisissant des projets dont le total tient dans l’enveloppe. Les projets sont retenus dans l’ordre des voix tant que l’enveloppe le permet ; à égalité, le moins cher passe en premier, puis le plus ancien.',
      totalAmount: 300_000,
      envelopes: [
        { name: 'Toute la ville', amount: 150_000 },
        { name: 'Centre-ville', district: 'Centre-ville', amount: 80_000 },
        { name: 'Le Port', district: 'Le Port', amount: 70_000 },
      ],
      phases: phases(this.clock.now(), [30, 30, 30, 30, 730]),
      votingStyle: 'KNAPSACK',
    });
    const pastEnv = await this.envelopes(past);
    const submit = (who: Viewer, envelopeId: string, title: string, description: string, estimatedCost: number, address?: string) =>
      this.budgets.submitProject(who, { envelopeId, title, description, estimatedCost, location: address ? { address } : null });
    const p1 = await submit(
      marie,
      pastEnv['Toute la ville'],
      'Des fontaines à eau dans les parcs',
      'Six fontaines d’eau potable dans les parcs et squares, pour l’été.',
      60_000,
    );
    const p2 = await submit(
      jeanne,
      pastEnv['Toute la ville'],
      'Un composteur par quartier',
      'Des composteurs partagés gérés avec les habitants volontaires.',
      40_000,
    );
    const p3 = await submit(
      lucas,
      pastEnv['Toute la ville'],
      'Une piste cyclable vers la gare',
      'Relier le centre à la gare par une piste protégée.',
      400_000,
    );
    const p4 = await submit(
      claire,
      pastEnv['Centre-ville'],
      'Des bancs place du Marché',
      'Douze bancs à l’ombre des platanes.',
      15_000,
      'Place du Marché',
    );
    const p5 = await submit(
      bernard,
      pastEnv['Le Port'],
      'Éclairer le chemin de halage',
      'Un éclairage doux et économe le long du quai.',
      55_000,
      'Quai de Loire',
    );
    await this.budgets.advancePhase(council, past.id); // review
    await this.budgets.reviewProject(council, p1.id, { feasible: true, cost: 72_000, note: 'Raccordements compris.' });
    await this.budgets.reviewProject(council, p2.id, { feasible: true, cost: 35_000 });
    await this.budgets.reviewProject(council, p3.id, {
      feasible: false,
      note: 'Le coût (plus de 1,2 M€) dépasse l’enveloppe ; le projet est transmis au plan vélo de la ville.',
    });
    await this.budgets.reviewProject(council, p4.id, { feasible: true, cost: 18_000 });
    await this.budgets.reviewProject(council, p5.id, { feasible: true, cost: 60_000 });
    await this.budgets.advancePhase(council, past.id); // voting
    const vote = (who: Viewer, b: BudgetRow, envelopeId: string, projects: ProjectRow[]) =>
      this.budgets.setBallot(
        who,
        b.id,
        envelopeId,
        projects.map((p) => p.id),
      );
    for (const v of [marie, lucas, fatou, jeanne, claire, lea, bernard, aicha, paul])
      await vote(v, past, pastEnv['Toute la ville'], [p1, p2]);
    for (const v of [claire, bernard, marie]) await vote(v, past, pastEnv['Centre-ville'], [p4]);
    for (const v of [jeanne, aicha, fatou]) await vote(v, past, pastEnv['Le Port'], [p5]);
    await this.budgets.advancePhase(council, past.id); // results
    await this.budgets.advancePhase(council, past.id); // works
    await this.budgets.addUpdate(council, p1.id, {
      body: 'Les quatre premières fontaines sont posées au parc des Tilleuls et au square Pasteur.',
      progress: 60,
      actualCost: 41_000,
    });
    await this.budgets.addUpdate(council, p4.id, {
      body: 'Les bancs sont installés. Merci aux habitants qui ont choisi leur emplacement !',
      progress: 100,
      actualCost: 17_400,
    });
    await this.budgets.addUpdate(council, p5.id, { body: 'Études terminées ; les travaux commencent au printemps.', progress: 10 });
    await this.comments.add(claire, { targetType: BUDGET_PROJECT_TARGET, targetId: p4.id, body: 'Très réussi, et bien à l’ombre.' });
    await this.tx.run((tx) => this.repo.backdateForDemo(tx, past.id, 200));

    // ---- the current edition: in voting ----
    const current = await this.budgets.create(council, {
      title: 'Budget participatif 2026',
      description: '400 000 € pour vos projets : proposez, puis votez pour ceux de votre quartier et de toute la ville.',
      rules:
        'Vous pouvez choisir jusqu’à trois projets par enveloppe, dans votre quartier et dans l’enveloppe « Toute la ville ». Votre vote peut être modifié jusqu’à la fin du vote. Les projets sont retenus dans l’ordre des voix tant que l’enveloppe le permet ; à égalité, le moins cher passe en premier, puis le plus ancien.',
      totalAmount: 400_000,
      envelopes: [
        { name: 'Toute la ville', amount: 200_000 },
        { name: 'Centre-ville', district: 'Centre-ville', amount: 70_000 },
        { name: 'Le Port', district: 'Le Port', amount: 60_000 },
        { name: 'Bel-Air', district: 'Bel-Air', amount: 70_000 },
      ],
      phases: phases(this.clock.now(), [21, 14, 21, 14, 540]),
      votingStyle: 'APPROVAL',
      maxChoices: 3,
    });
    const env = await this.envelopes(current);
    const c1 = await submit(
      fatou,
      env['Toute la ville'],
      'Une boîte à livres dans chaque quartier',
      'Des boîtes à livres en bois fabriquées par le lycée professionnel.',
      12_000,
    );
    const c2 = await submit(
      mehdi,
      env['Toute la ville'],
      'Un terrain de basket 3x3',
      'Un terrain en accès libre près du gymnase des Arènes.',
      90_000,
    );
    const c3 = await submit(
      ines,
      env['Toute la ville'],
      'Des nichoirs et un verger partagé',
      'Planter un verger ouvert à tous et poser des nichoirs.',
      25_000,
    );
    const c4 = await submit(thomas, env['Toute la ville'], 'Un skatepark', 'Un skatepark de 800 m² près du stade.', 450_000);
    const c5 = await submit(
      lea,
      env['Centre-ville'],
      'Végétaliser la cour de l’école Jules-Ferry',
      'Remplacer le bitume par des arbres et des jeux.',
      65_000,
      'École Jules-Ferry',
    );
    const c6 = await submit(
      aicha,
      env['Centre-ville'],
      'Des arceaux vélos rue Nationale',
      'Trente arceaux pour garer son vélo près des commerces.',
      9_000,
      'Rue Nationale',
    );
    const c7 = await submit(
      paul,
      env['Bel-Air'],
      'Une aire de jeux pour les petits',
      'Des jeux pour les moins de six ans au square de Bel-Air.',
      55_000,
    );
    const c8 = await submit(
      jeanne,
      env['Le Port'],
      'Des tables de pique-nique sur les quais',
      'Huit tables et des poubelles de tri.',
      14_000,
      'Quai de Loire',
    );
    await this.budgets.advancePhase(council, current.id); // review
    for (const [p, cost] of [
      [c1, 15_000],
      [c2, 95_000],
      [c3, 28_000],
      [c5, 68_000],
      [c6, 8_500],
      [c7, 60_000],
      [c8, 14_000],
    ] as [ProjectRow, number][]) {
      await this.budgets.reviewProject(council, p.id, { feasible: true, cost });
    }
    await this.budgets.reviewProject(council, c4.id, { feasible: false, note: 'Son coût dépasse l’enveloppe « Toute la ville ».' });
    await this.budgets.advancePhase(council, current.id); // voting
    for (const v of [marie, lucas, fatou, mehdi]) await vote(v, current, env['Toute la ville'], [c1, c2]);
    for (const v of [ines, thomas]) await vote(v, current, env['Toute la ville'], [c3]);
    for (const v of [claire, bernard]) await vote(v, current, env['Centre-ville'], [c5, c6]);
    await vote(paul, current, env['Bel-Air'], [c7]);
    await this.comments.add(lucas, {
      targetType: BUDGET_PROJECT_TARGET,
      targetId: c2.id,
      body: 'Les jeunes des Arènes l’attendent depuis longtemps !',
    });
  }

  private async envelopes(b: BudgetRow): Promise<Record<string, string>> {
    const rows = await this.repo.envelopesByBudgets(this.tx.reader, [b.id]);
    return Object.fromEntries(rows.map((e) => [e.name, e.id]));
  }
}
