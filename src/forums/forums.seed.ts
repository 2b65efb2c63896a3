import { Injectable, Logger } from '@nestjs/common';
import { Role } from '../auth/role';
import { Viewer } from '../auth/viewer';
import { CommentsService } from '../comments/comments.service';
import { DEMO_PASSWORD, DemoData, DemoDataStep } from '../common/demo-data';
import { TransactionRunner } from '../database/transaction';
import { IdentityService } from '../identity/identity.service';
import { FORUM_TOPIC_TARGET } from './forum.notifications';
import { ForumsRepository } from './forums.repository';
import { ForumsService } from './forums.service';

/** Demo residents who debate (accounts of the README, created by the base or proposals seed when present). */
const RESIDENTS = [
  { email: 'marie@parvis.demo', displayName: 'Marie Dupont' },
  { email: 'lucas@parvis.demo', displayName: 'Lucas Petit' },
  { email: 'fatou@parvis.demo', displayName: 'Fatou Diallo' },
  { email: 'jeanne.roux@parvis.demo', displayName: 'Jeanne Roux', district: 'Le Port' },
  { email: 'mehdi.haddad@parvis.demo', displayName: 'Mehdi Haddad', district: 'Les Arènes' },
  { email: 'claire.bernard@parvis.demo', displayName: 'Claire Bernard', district: 'Centre-ville' },
  { email: 'paul.nguyen@parvis.demo', displayName: 'Paul Nguyen', district: 'Bel-Air' },
  { email: 'ines.moreau@parvis.demo', displayName: 'Inès Moreau', district: 'Saint-Jean' },
  { email: 'thomas.girard@parvis.demo', displayName: 'Thomas Girard', district: 'La Garenne' },
];

/**
 * Demo forums of Parvis-sur-Loire, made through the services so counts, follows and last
 * activities are real: three forums, lively topics with threaded comments and votes by several
 * residents, one topic pinned and one locked by the moderator, topics opened over the past weeks.
 */
@Injectable()
@DemoData('forums')
export class ForumsDemoSeed implements DemoDataStep {
  readonly order = 50;

  private readonly logger = new Logger(ForumsDemoSeed.name);

  constructor(
    private readonly forums: ForumsService,
    private readonly comments: CommentsService,
    private readonly identity: IdentityService,
    private readonly repo: ForumsRepository,
    private readonly tx: TransactionRunner,
  ) {}

  async seed(): Promise<void> {
    const account = async (a: { email: string; displayName: string; district?: string }, roles: Role[] = []): Promise<Viewer> => {
      // createAccount answers the existing id for a known e-mail: the accounts of the earlier seeds.
      const { id } = await this.identity.createAccount({ ...a, password: DEMO_PASSWORD, roles });
      return { id, sessionId: 'demo-seed', displayName: a.displayName, roles: [Role.RESIDENT, ...roles], departmentIds: [] };
    };
    const council = await account({ email: 'conseil@parvis.demo', displayName: 'Élise Moreau (adjointe au maire)' }, [Role.COUNCIL]);
    const moderator = await account({ email: 'moderation@parvis.demo', displayName: 'Hugo Martin (modération)' }, [Role.MODERATOR]);
    const r: Viewer[] = [];
    for (const a of RESIDENTS) r.push(await account(a));
    const [marie, lucas, fatou, jeanne, mehdi, claire, paul, ines, thomas] = r;

    const quartier = await this.forums.createForum(council, {
      title: 'Vie du quartier',
      description:
        'Fêtes de rue, entraide entre voisins, commerces, bruit, propreté : tout ce qui fait la vie de nos quartiers.\n\nMerci de rester courtois : les échanges sont publics et modérés.',
    });
    const mobilites = await this.forums.createForum(council, {
      title: 'Mobilités',
      description: 'Vélo, bus, marche, stationnement : comment se déplace-t-on à Parvis-sur-Loire, et comment faire mieux ?',
    });
    const libres = await this.forums.createForum(council, {
      title: 'Propositions libres',
      description:
        'Une idée qui n’est pas encore une proposition ? Discutez-en ici avec vos voisins avant de la déposer dans « Propositions ».',
    });

    const topic = (author: Viewer, forumId: string, title: string, body: string) =>
      this.forums.createTopic(author, { forumId, title, body });
    const say = (who: Viewer, topicId: string, body: string, parentId?: string) =>
      this.comments.add(who, { targetType: FORUM_TOPIC_TARGET, targetId: topicId, body, parentId });
    const votes = async (commentId: string, up: Viewer[], down: Viewer[] = []) => {
      for (const v of up) await this.comments.vote(v, commentId, 1);
      for (const v of down) await this.comments.vote(v, commentId, -1);
    };

    // Pinned by the moderator: the forum's house rules.
    const rules = await topic(
      claire,
      quartier.id,
      'Bienvenue : comment bien utiliser ce forum',
      'Présentez-vous si vous le souhaitez, donnez un titre clair à vos sujets et cherchez avant d’ouvrir un sujet qui existe déjà.\n\nPour signaler un problème dans la rue (lampadaire, trou, dépôt sauvage), utilisez plutôt « Signaler un problème » : la mairie le traite directement.',
    );
    await say(marie, rules.id, 'Merci Claire, c’est clair et utile !');

    const fete = await topic(
      jeanne,
      quartier.id,
      'Fête des voisins du Port : qui est partant ?',
      'L’an dernier nous étions une trentaine sur le quai. Cette année je propose le samedi 6 juin, en fin d’après-midi, chacun apporte un plat.\n\nQui peut prêter des tables et des chaises ?',
    );
    const f1 = await say(mehdi, fete.id, 'Partant ! J’ai deux tables pliantes et un barnum.');
    await say(jeanne, fete.id, 'Génial, merci Mehdi. Je note le barnum, ça nous protégera s’il pleut.', f1.id);
    const f2 = await say(ines, fete.id, 'Et pour la musique ? Mon fils joue de la guitare avec des amis.');
    await say(fatou, fete.id, 'Avec plaisir, mais pas trop tard : pensez aux enfants qui dorment.', f2.id);
    await say(jeanne, fete.id, 'On arrête la musique à 22 h, promis.', f2.id);
    await votes(f1.id, [jeanne, ines, fatou, marie]);
    await votes(f2.id, [jeanne, mehdi], [thomas]);

    const bruit = await topic(
      paul,
      quartier.id,
      'Livraisons très tôt rue des Tanneurs',
      'Depuis quelques semaines, des camions livrent le supermarché dès 5 h du matin, moteur allumé. Est-ce que d’autres riverains sont gênés ?',
    );
    const b1 = await say(claire, bruit.id, 'Oui, même chose de mon côté. Un arrêté municipal fixe normalement les horaires de livraison.');
    await say(paul, bruit.id, 'Je ne savais pas, merci. Je vais demander au gérant s’il est au courant.', b1.id);
    await votes(b1.id, [paul, marie, lucas]);

    // Locked by the moderator once the question was answered.
    const travaux = await topic(
      thomas,
      mobilites.id,
      'Travaux du pont Wilson : quelles déviations ?',
      'Le pont sera fermé aux voitures pendant trois mois. Quelqu’un sait par où passent les bus de la ligne 3 ?',
    );
    const t1 = await say(lucas, travaux.id, 'La ligne 3 passe par le pont Napoléon, avec un arrêt provisoire place Anatole-France.');
    await say(thomas, travaux.id, 'Parfait, merci Lucas.', t1.id);
    await votes(t1.id, [thomas, paul, jeanne, mehdi, ines]);

    const velo = await topic(
      fatou,
      mobilites.id,
      'Des arceaux vélo devant la gare',
      'Le matin, tous les arceaux sont pris et les vélos s’attachent aux grilles. En mettre vingt de plus côté parking serait simple.',
    );
    const v1 = await say(marie, velo.id, 'Et un abri couvert ! Les selles trempées, c’est tous les jours en hiver.');
    const v2 = await say(lucas, velo.id, 'Un local fermé avec badge, comme à Tours, éviterait aussi les vols.');
    await say(fatou, velo.id, 'Bonne idée, je l’ajoute si j’en fais une proposition.', v2.id);
    await say(thomas, velo.id, 'Il faudrait que ce soit gratuit pour les abonnés du bus.', v2.id);
    await votes(v1.id, [fatou, jeanne, claire]);
    await votes(v2.id, [fatou, mehdi, marie, ines, paul], [claire]);

    const bus = await topic(
      mehdi,
      mobilites.id,
      'Un bus le dimanche pour Les Arènes ?',
      'Aucun bus ne dessert Les Arènes le dimanche. Pour les personnes âgées sans voiture, c’est une vraie difficulté.',
    );
    await say(ines, bus.id, 'Même problème à Saint-Jean le soir après 20 h.');

    const jardin = await topic(
      ines,
      libres.id,
      'Un jardin partagé sur le terrain vague de Saint-Jean',
      'Le terrain derrière l’école est à l’abandon depuis des années. Avec quelques voisins, nous aimerions y créer un jardin partagé.\n\nAvant d’en faire une proposition, qu’en pensez-vous ?',
    );
    const j1 = await say(claire, jardin.id, 'Excellente idée. Il faudra vérifier à qui appartient le terrain.');
    await say(ines, jardin.id, 'D’après le cadastre, c’est la commune.', j1.id);
    await say(marie, jardin.id, 'Je peux aider pour la récupération d’eau de pluie.');
    await votes(j1.id, [ines, marie, fatou]);

    await topic(
      lucas,
      libres.id,
      'Une boîte à livres place du Marché',
      'Une petite cabane où chacun dépose et prend des livres librement. Ça existe dans beaucoup de villes et ça ne coûte presque rien.',
    );

    await this.forums.setPinned(moderator, rules.id, true);
    await this.forums.setLocked(moderator, travaux.id, true);

    // Opened over the past weeks (a topic without comments keeps its opening as last activity).
    const ages: [string, number][] = [
      [rules.id, 40],
      [fete.id, 9],
      [bruit.id, 6],
      [travaux.id, 20],
      [velo.id, 5],
      [bus.id, 3],
      [jardin.id, 12],
    ];
    await this.tx.run(async (tx) => {
      for (const [id, days] of ages) await this.repo.backdateForDemo(tx, id, days);
    });
    this.logger.log('demo forums seeded');
  }
}
