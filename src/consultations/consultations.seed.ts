import { Injectable } from '@nestjs/common';
import { Role } from '../auth/role';
import { Viewer } from '../auth/viewer';
import { Clock } from '../common/clock';
import { DEMO_PASSWORD, DemoData, DemoDataStep } from '../common/demo-data';
import { IdentityService } from '../identity/identity.service';
import { AnswerSpec, QuestionKind, ResultsVisibility } from './consultation.policy';
import { ConsultationsService } from './consultations.service';

const DAY = 86_400_000;

/** The demo residents who answer (accounts of the README; created by the base or proposals seed when present). */
const RESIDENTS = [
  { email: 'marie@parvis.demo', displayName: 'Marie Dupont' },
  { email: 'lucas@parvis.demo', displayName: 'Lucas Petit' },
  { email: 'fatou@parvis.demo', displayName: 'Fatou Diallo' },
  { email: 'jeanne.roux@parvis.demo', displayName: 'Jeanne Roux', district: 'Le Port' },
  { email: 'mehdi.haddad@parvis.demo', displayName: 'Mehdi Haddad', district: 'Les Arènes' },
  { email: 'claire.bernard@parvis.demo', displayName: 'Claire Bernard', district: 'Centre-ville' },
  { email: 'paul.nguyen@parvis.demo', displayName: 'Paul Nguyen', district: 'Bel-Air' },
  { email: 'ines.moreau@parvis.demo', displayName: 'Inès Moreau', district: 'Saint-Jean' },
];

/**
 * Demo consultations of Parvis-sur-Loire, made through the service so tallies are real: one open
 * (with a few answers, results live), one upcoming, one closed with results and the council's
 * conclusion (its participants notified).
 */
@Injectable()
@DemoData('consultations')
export class ConsultationsDemoSeed implements DemoDataStep {
  readonly order = 40;

  constructor(
    private readonly consultations: ConsultationsService,
    private readonly identity: IdentityService,
    private readonly clock: Clock,
  ) {}

  async seed(): Promise<void> {
    const account = async (a: { email: string; displayName: string; district?: string }, roles: Role[] = []): Promise<Viewer> => {
      const { id } = await this.identity.createAccount({
        email: a.email,
        password: DEMO_PASSWORD,
        displayName: a.displayName,
        district: a.district,
        roles,
      });
      return { id, sessionId: 'demo-seed', displayName: a.displayName, roles: [Role.RESIDENT, ...roles], departmentIds: [] };
    };
    const council = await account({ email: 'conseil@parvis.demo', displayName: 'Élise Moreau (adjointe au maire)' }, [Role.COUNCIL]);
    const residents: Viewer[] = [];
    for (const r of RESIDENTS) residents.push(await account(r));
    const now = this.clock.now().getTime();

    // Closed: opened a month ago, answered, closed, concluded.
    const closed = await this.consultations.create(council, {
      title: 'Horaires de la médiathèque',
      description:
        'La médiathèque Jules-Verne ouvre aujourd’hui du mardi au samedi, de 10 h à 18 h.\n\nAvant de revoir ses horaires pour la rentrée, la commune souhaite connaître vos habitudes et vos besoins.\n\nLe rapport d’activité 2025 est en ligne : https://parvis-sur-loire.example/mediatheque',
      opensAt: new Date(now - 30 * DAY),
      closesAt: new Date(now + DAY),
      resultsVisibility: ResultsVisibility.AFTER_CLOSE,
      questions: [
        {
          kind: QuestionKind.SINGLE_CHOICE,
          prompt: 'Quel créneau vous conviendrait le mieux ?',
          required: true,
          options: ['Le soir jusqu’à 20 h', 'Le dimanche matin', 'Le lundi'],
        },
        {
          kind: QuestionKind.MULTIPLE_CHOICE,
          prompt: 'Quels services utilisez-vous ?',
          options: ['Prêt de livres', 'Jeux vidéo', 'Ateliers numériques', 'Salle de travail'],
          maxChoices: 3,
        },
        {
          kind: QuestionKind.SCALE,
          prompt: 'Êtes-vous satisfait des horaires actuels ?',
          required: true,
          scaleMinLabel: 'Pas du tout',
          scaleMaxLabel: 'Tout à fait',
        },
        { kind: QuestionKind.FREE_TEXT, prompt: 'Une suggestion ?', maxLength: 1000 },
      ],
    });
    const [q1, q2, q3, q4] = await this.consultations.questionsOf(closed.id);
    const answersFor = (i: number): AnswerSpec[] => [
      { questionId: q1.id, optionIds: [q1.options[i % 3].id] },
      {
        questionId: q2.id,
        optionIds: q2.options
          .filter((_, j) => (i + j) % 2 === 0)
          .map((o) => o.id)
          .slice(0, 3),
      },
      { questionId: q3.id, scale: 1 + (i % 5) },
      ...(i % 3 === 0
        ? [
            {
              questionId: q4.id,
              text: ['Ouvrir le samedi jusqu’à 19 h.', 'Plus d’ateliers pour les seniors.', 'Un créneau pour les lycéens le mercredi.'][
                i % 3 === 0 ? (i / 3) % 3 : 0
              ],
            },
          ]
        : []),
    ];
    for (const [i, r] of residents.entries()) await this.consultations.submit(r, closed.id, answersFor(i));
    await this.consultations.close(council, closed.id);
    await this.consultations.publishConclusion(
      council,
      closed.id,
      'Merci pour vos 8 réponses. Dès septembre, la médiathèque ouvrira le mercredi et le vendredi jusqu’à 20 h, et un atelier numérique mensuel sera réservé aux seniors.',
    );

    // Open: answers are being collected, results live.
    const open = await this.consultations.create(council, {
      title: 'Aménagement des bords de Loire',
      description:
        'La commune prépare l’aménagement du quai entre le pont et la guinguette.\n\nClassez les idées retenues par le groupe de travail et dites-nous ce qui compte pour vous.',
      opensAt: new Date(now - 2 * DAY),
      closesAt: new Date(now + 20 * DAY),
      resultsVisibility: ResultsVisibility.LIVE,
      questions: [
        {
          kind: QuestionKind.RANKING,
          prompt: 'Classez ces aménagements par ordre de préférence',
          required: true,
          options: ['Piste cyclable', 'Aire de jeux', 'Bancs et ombrages', 'Ponton de pêche'],
        },
        {
          kind: QuestionKind.SCALE,
          prompt: 'Fréquentez-vous les bords de Loire ?',
          scaleMinLabel: 'Jamais',
          scaleMaxLabel: 'Tous les jours',
        },
        { kind: QuestionKind.FREE_TEXT, prompt: 'Autre chose à nous dire ?' },
      ],
    });
    const [r1, r2] = await this.consultations.questionsOf(open.id);
    for (const [i, r] of residents.slice(3).entries()) {
      const order = [...r1.options].sort((a, b) => ((a.position + i) % 4) - ((b.position + i) % 4)).map((o) => o.id);
      await this.consultations.submit(r, open.id, [
        { questionId: r1.id, ranking: order },
        { questionId: r2.id, scale: 2 + (i % 4) },
      ]);
    }

    // Upcoming: opens next week, residents of two districts only.
    await this.consultations.create(council, {
      title: 'Stationnement autour de l’école du Port',
      description: 'Faut-il une zone de rencontre aux heures d’entrée et de sortie de l’école ? Votre avis avant le conseil de quartier.',
      opensAt: new Date(now + 7 * DAY),
      closesAt: new Date(now + 28 * DAY),
      resultsVisibility: ResultsVisibility.AFTER_CLOSE,
      districts: ['Le Port', 'Centre-ville'],
      questions: [
        {
          kind: QuestionKind.SINGLE_CHOICE,
          prompt: 'Êtes-vous favorable à une zone de rencontre ?',
          required: true,
          options: ['Oui', 'Non', 'Sans avis'],
        },
        { kind: QuestionKind.FREE_TEXT, prompt: 'Pourquoi ?', maxLength: 500 },
      ],
    });
  }
}
