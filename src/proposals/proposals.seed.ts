import { Injectable, Logger } from '@nestjs/common';
import { Role } from '../auth/role';
import { Viewer } from '../auth/viewer';
import { CommentsService } from '../comments/comments.service';
import { CommuneService } from '../commune/commune.service';
import { DEMO_PASSWORD, DemoData, DemoDataStep } from '../common/demo-data';
import { TransactionRunner } from '../database/transaction';
import { IdentityService } from '../identity/identity.service';
import { ProposalStatus as S } from './proposal-status';
import { ProposalsRepository } from './proposals.repository';
import { PROPOSAL_TARGET } from './proposal.notifications';
import { ProposalsService } from './proposals.service';

/** Neighbours who support and discuss the demo proposals (demo accounts, password DEMO_PASSWORD). */
const NEIGHBOURS = [
  { email: 'jeanne.roux@parvis.demo', displayName: 'Jeanne Roux', district: 'Le Port' },
  { email: 'mehdi.haddad@parvis.demo', displayName: 'Mehdi Haddad', district: 'Les Arènes' },
  { email: 'claire.bernard@parvis.demo', displayName: 'Claire Bernard', district: 'Centre-ville' },
  { email: 'paul.nguyen@parvis.demo', displayName: 'Paul Nguyen', district: 'Bel-Air' },
  { email: 'ines.moreau@parvis.demo', displayName: 'Inès Moreau', district: 'Saint-Jean' },
  { email: 'thomas.girard@parvis.demo', displayName: 'Thomas Girard', district: 'La Garenne' },
  { email: 'aicha.traore@parvis.demo', displayName: 'Aïcha Traoré', district: 'Le Port' },
  { email: 'bernard.lefevre@parvis.demo', displayName: 'Bernard Lefèvre', district: 'Centre-ville' },
  { email: 'lea.fontaine@parvis.demo', displayName: 'Léa Fontaine', district: 'Saint-Jean' },
];

/**
 * Demo proposals of Parvis-sur-Loire in every state of the lifecycle, with supports, comments,
 * replies, votes, official answers and progress updates, all made through the services (so counts
 * and timelines are real), then spread over the past months.
 */
@Injectable()
@DemoData('proposals')
export class ProposalsDemoSeed implements DemoDataStep {
  readonly order = 20;

  private readonly logger = new Logger(ProposalsDemoSeed.name);

  constructor(
    private readonly proposals: ProposalsService,
    private readonly comments: CommentsService,
    private readonly identity: IdentityService,
    private readonly commune: CommuneService,
    private readonly repo: ProposalsRepository,
    private readonly tx: TransactionRunner,
  ) {}

  async seed(): Promise<void> {
    const account = async (email: string, displayName: string, roles: Role[] = [Role.RESIDENT], district?: string): Promise<Viewer> => {
      // createAccount answers the existing id for a known e-mail: the accounts of the base seed.
      const { id } = await this.identity.createAccount({ email, password: DEMO_PASSWORD, displayName, district, roles });
      return { id, sessionId: 'demo-seed', displayName, roles: [Role.RESIDENT, ...roles], departmentIds: [] };
    };
    const marie = await account('marie@parvis.demo', 'Marie Dupont');
    const lucas = await account('lucas@parvis.demo', 'Lucas Petit');
    const fatou = await account('fatou@parvis.demo', 'Fatou Diallo');
    const council = await account('conseil@parvis.demo', 'Élise Moreau (adjointe au maire)', [Role.COUNCIL]);
    const neighbours: Viewer[] = [];
    for (const n of NEIGHBOURS) neighbours.push(await account(n.email, n.displayName, [], n.district));
    const everyone = [marie, lucas, fatou, ...neighbours];
    const categories = new Map((await this.commune.categories()).map((c) => [c.name, c.id]));

    const propose = async (
      author: Viewer,
      p: { title: string; body: string; category: string; district: string; location?: { lat: number; lng: number } },
    ) => {
      const draft = await this.proposals.create(author, {
        title: p.title,
        body: p.body,
        categoryId: categories.get(p.category) ?? null,
        district: p.district,
        location: p.location ?? null,
      });
      await this.proposals.publish(author, draft.id);
      return draft.id;
    };
    const support = async (id: string, who: Viewer[]) => {
      for (const v of who) await this.proposals.support(v, id);
    };
    const comment = (who: Viewer, id: string, body: string, parentId?: string) =>
      this.comments.add(who, { targetType: PROPOSAL_TARGET, targetId: id, body, parentId });

    // 1. Under review, lively debate.
    const quai = await propose(fatou, {
      title: 'Une piste cyclable sécurisée le long du quai de Loire',
      body: "Le quai de Loire est le chemin le plus direct entre Le Port et le centre-ville, mais les vélos y roulent entre les voitures garées et la circulation.\n\nJe propose une piste cyclable séparée par une bordure, dans les deux sens, du pont Wilson jusqu'à la place du Marché. Les parents qui emmènent leurs enfants à l'école Jules-Ferry à vélo seraient les premiers à en profiter.",
      category: 'Mobilité',
      district: 'Le Port',
      location: { lat: 47.3941, lng: 0.6848 },
    });
    await support(quai, everyone);
    const q1 = await comment(lucas, quai, "Oui ! J'y passe tous les jours, c'est vraiment dangereux aux heures de pointe.");
    const q2 = await comment(neighbours[7], quai, 'Et où se gareront les riverains ? Il y a déjà peu de places le soir.');
    await comment(fatou, quai, "On pourrait garder le stationnement d'un seul côté : la chaussée est assez large pour les deux.", q2.id);
    await comment(neighbours[3], quai, 'Pensez aussi aux arceaux pour attacher les vélos près du marché.');
    for (const v of [marie, neighbours[0], neighbours[1], neighbours[4]]) await this.comments.vote(v, q1.id, 1);
    await this.comments.vote(neighbours[2], q2.id, 1);
    await this.comments.vote(neighbours[5], q2.id, -1);
    await this.proposals.answer(
      council,
      quai,
      S.UNDER_REVIEW,
      'Le service Voirie étudie deux tracés et leur coût. Une réunion publique aura lieu au printemps à la maison de quartier du Port.',
    );

    // 2. Accepted, in progress.
    const compost = await propose(marie, {
      title: 'Des composteurs partagés dans chaque quartier',
      body: "Beaucoup d'habitants en appartement n'ont pas de jardin pour composter. Des bacs partagés, gérés par des volontaires formés, réduiraient nos ordures ménagères et fourniraient du compost pour les jardins familiaux.",
      category: 'Environnement',
      district: 'Centre-ville',
    });
    await support(compost, everyone.slice(0, 9));
    await comment(neighbours[6], compost, 'Je veux bien être référente pour le bac de la rue des Tanneurs.');
    await comment(neighbours[1], compost, "Attention aux odeurs l'été, il faudra un bon entretien.");
    await this.proposals.answer(council, compost, S.UNDER_REVIEW, 'Proposition transmise au service Propreté urbaine pour chiffrage.');
    await this.proposals.answer(
      council,
      compost,
      S.ACCEPTED,
      'Le conseil municipal a adopté le projet : six sites de compostage partagé, un par quartier, avec la formation des référents financée par la commune.',
    );
    await this.proposals.addProgressUpdate(council, compost, {
      body: 'Les six sites sont choisis avec les conseils de quartier. Les bacs sont commandés.',
      progress: 20,
    });
    await this.proposals.addProgressUpdate(council, compost, {
      body: 'Trois composteurs installés (Centre-ville, Saint-Jean, Le Port) et douze référents formés.',
      progress: 50,
    });

    // 3. Completed.
    const basket = await propose(lucas, {
      title: 'Rénover le terrain de basket de Saint-Jean',
      body: 'Le revêtement est fissuré, les paniers n’ont plus de filets et il n’y a aucun éclairage. Les jeunes du quartier n’ont pas d’autre terrain à moins de deux kilomètres.',
      category: 'Culture et sport',
      district: 'Saint-Jean',
      location: { lat: 47.3822, lng: 0.7011 },
    });
    await support(basket, everyone.slice(1, 11));
    await comment(neighbours[4], basket, 'Un grand merci, le terrain est superbe !');
    await this.proposals.answer(council, basket, S.UNDER_REVIEW, 'Étude technique en cours avec le service des sports.');
    await this.proposals.answer(council, basket, S.ACCEPTED, 'Travaux inscrits au budget : nouveau revêtement, paniers et éclairage LED.');
    await this.proposals.addProgressUpdate(council, basket, { body: 'Chantier commencé, terrain fermé trois semaines.', progress: 40 });
    await this.proposals.addProgressUpdate(council, basket, {
      body: 'Travaux terminés : le terrain a été inauguré avec le club de basket de Saint-Jean.',
      progress: 100,
      status: S.COMPLETED,
    });

    // 4. Rejected, with its reasons.
    const library = await propose(neighbours[2], {
      title: 'Ouvrir la médiathèque le dimanche',
      body: 'Pour les familles et les personnes qui travaillent en semaine, une ouverture le dimanche après-midi serait précieuse.',
      category: 'Culture et sport',
      district: 'Centre-ville',
    });
    await support(library, everyone.slice(3, 8));
    await this.proposals.answer(council, library, S.UNDER_REVIEW, 'Étude des besoins en personnel en cours.');
    await this.proposals.answer(
      council,
      library,
      S.REJECTED,
      "Une ouverture le dimanche demanderait trois postes supplémentaires que le budget 2026 ne permet pas. En revanche, la médiathèque ouvrira jusqu'à 19 h le mercredi et le samedi dès septembre.",
    );

    // 5. Published, collecting supports.
    const orchard = await propose(neighbours[8], {
      title: "Planter des arbres fruitiers dans la cour de l'école Jules-Ferry",
      body: "Des pommiers et des poiriers donneraient de l'ombre aux enfants et serviraient aux ateliers de l'école sur la nature et l'alimentation.",
      category: 'Éducation',
      district: 'Saint-Jean',
    });
    await support(orchard, [marie, neighbours[0], neighbours[4]]);
    const o1 = await comment(marie, orchard, "Les parents d'élèves pourraient aider à la plantation un samedi matin.");
    await comment(neighbours[8], orchard, 'Bonne idée, je propose de l’organiser avec l’association des parents.', o1.id);

    // 6. Published, just out.
    const bench = await propose(neighbours[5], {
      title: "Un abri et un banc à l'arrêt de bus de la Garenne",
      body: "À l'arrêt « La Garenne – Mairie annexe », il n'y a ni abri ni banc. Les personnes âgées attendent debout, sous la pluie ou en plein soleil.",
      category: 'Cadre de vie',
      district: 'La Garenne',
      location: { lat: 47.3779, lng: 0.6712 },
    });
    await support(bench, [neighbours[5], neighbours[7]]);

    // 7. Withdrawn by its author.
    const parking = await propose(lucas, {
      title: 'Un parking supplémentaire place de la République',
      body: 'Transformer une partie de la place en parking pour les commerçants du centre.',
      category: 'Mobilité',
      district: 'Centre-ville',
    });
    await comment(neighbours[2], parking, 'La place est le seul espace piéton du centre, ce serait dommage.');
    await this.proposals.withdraw(lucas, parking);

    // 8. A draft (only Marie sees it).
    await this.proposals.create(marie, {
      title: 'Des toilettes publiques près du marché couvert',
      body: 'Brouillon : les toilettes les plus proches sont à la mairie, fermée le samedi après-midi.',
      categoryId: categories.get('Cadre de vie') ?? null,
      district: 'Centre-ville',
    });

    const ages: [string, number][] = [
      [quai, 45],
      [compost, 200],
      [basket, 300],
      [library, 120],
      [orchard, 12],
      [bench, 2],
      [parking, 60],
    ];
    await this.tx.run(async (tx) => {
      for (const [id, days] of ages) await this.repo.backdateForDemo(tx, id, days);
    });
    this.logger.log('demo proposals seeded');
  }
}
