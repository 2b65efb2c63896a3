import { Injectable, Logger } from '@nestjs/common';
import type { Viewer } from '../auth/viewer';
import { SERVICE_REQUEST_TARGET } from './service-request.notifications';
import { CommuneService } from '../commune/commune.service';
import { DEMO_PASSWORD, DemoData, DemoDataStep } from '../common/demo-data';
import { IdentityService } from '../identity/identity.service';
import { NotificationsService } from '../notifications/notifications.service';
import type { CreateServiceInput } from './dto/service.object';
import { ServiceCatalogueService } from './service-catalogue.service';
import { ServiceFieldKind as F, ServiceKind, ServiceRequestStatus as S } from './service-request.enums';
import { ServiceRequestsService } from './service-requests.service';

const DAY = 24 * 3600 * 1000;
/** Around the demo commune's centre (Parvis-sur-Loire sits where Blois is). */
const CENTRE = { lat: 47.5861, lng: 1.3359 };
const near = (dLat: number, dLng: number) => ({ lat: CENTRE.lat + dLat, lng: CENTRE.lng + dLng });

type ServiceSeed = Omit<CreateServiceInput, 'departmentId'> & { department: string };

const CATALOGUE: ServiceSeed[] = [
  {
    code: 'NID-DE-POULE',
    department: 'VOIRIE',
    group: 'Voirie',
    kind: ServiceKind.REPORT,
    targetDays: 15,
    name: 'Nid-de-poule ou chaussée abîmée',
    description: 'Trou, affaissement ou fissure sur la chaussée, un trottoir ou une piste cyclable.',
    fields: [
      {
        code: 'emplacement',
        label: 'Où se trouve le défaut ?',
        kind: F.SINGLE_CHOICE,
        required: true,
        options: [
          { value: 'chaussee', label: 'Chaussée' },
          { value: 'trottoir', label: 'Trottoir' },
          { value: 'piste_cyclable', label: 'Piste cyclable' },
        ],
      },
      { code: 'dangereux', label: 'Présente-t-il un danger immédiat ?', kind: F.YES_NO, required: true },
    ],
  },
  {
    code: 'SIGNALISATION',
    department: 'VOIRIE',
    group: 'Voirie',
    kind: ServiceKind.REPORT,
    targetDays: 20,
    name: 'Panneau ou marquage au sol endommagé',
    description: 'Panneau tombé, illisible ou masqué ; passage piéton ou ligne effacés.',
    fields: [
      {
        code: 'type',
        label: 'Type de signalisation',
        kind: F.SINGLE_CHOICE,
        required: true,
        options: [
          { value: 'panneau', label: 'Panneau' },
          { value: 'marquage', label: 'Marquage au sol' },
          { value: 'feu', label: 'Feu tricolore' },
        ],
      },
    ],
  },
  {
    code: 'DEPOT-SAUVAGE',
    department: 'PROPRETE',
    group: 'Propreté',
    kind: ServiceKind.REPORT,
    targetDays: 5,
    name: 'Dépôt sauvage',
    description: 'Déchets, encombrants ou gravats abandonnés sur la voie publique.',
    fields: [
      {
        code: 'volume',
        label: 'Volume approximatif',
        kind: F.SINGLE_CHOICE,
        required: true,
        options: [
          { value: 'petit', label: 'Quelques sacs' },
          { value: 'moyen', label: 'Un coffre de voiture' },
          { value: 'important', label: 'Une camionnette ou plus' },
        ],
      },
      { code: 'nature', label: 'Nature des déchets', kind: F.TEXT, required: false, maxLength: 200 },
    ],
  },
  {
    code: 'TAG',
    department: 'PROPRETE',
    group: 'Propreté',
    kind: ServiceKind.REPORT,
    targetDays: 15,
    name: 'Tag ou graffiti',
    description: 'Inscription sur un bâtiment public, du mobilier urbain ou une façade visible de la rue.',
    fields: [
      {
        code: 'support',
        label: 'Sur quel support ?',
        kind: F.SINGLE_CHOICE,
        required: true,
        options: [
          { value: 'public', label: 'Bâtiment ou mobilier public' },
          { value: 'prive', label: 'Façade privée' },
        ],
      },
    ],
  },
  {
    code: 'CORBEILLE-PLEINE',
    department: 'PROPRETE',
    group: 'Propreté',
    kind: ServiceKind.REPORT,
    targetDays: 3,
    name: 'Corbeille de rue pleine',
    description: 'Corbeille ou colonne de tri qui déborde.',
  },
  {
    code: 'LAMPADAIRE',
    department: 'ECLAIRAGE',
    group: 'Éclairage public',
    kind: ServiceKind.REPORT,
    targetDays: 10,
    name: 'Lampadaire éteint ou défectueux',
    description: 'Lampadaire éteint, qui clignote ou reste allumé le jour.',
    fields: [
      { code: 'nombre', label: 'Nombre de lampadaires concernés', kind: F.NUMBER, required: false, min: 1, max: 50 },
      { code: 'numero_mat', label: 'Numéro inscrit sur le mât', kind: F.TEXT, required: false, maxLength: 20 },
    ],
  },
  {
    code: 'ARBRE-DANGEREUX',
    department: 'ESPACES-VERTS',
    group: 'Espaces verts',
    kind: ServiceKind.REPORT,
    targetDays: 7,
    name: 'Arbre ou branche dangereux',
    description: 'Branche cassée, arbre penché ou racines qui soulèvent le sol.',
  },
  {
    code: 'ENTRETIEN-PARC',
    department: 'ESPACES-VERTS',
    group: 'Espaces verts',
    kind: ServiceKind.REPORT,
    targetDays: 30,
    name: "Entretien d'un parc ou d'un square",
    description: 'Pelouse non tondue, jeux abîmés, banc cassé, fontaine en panne.',
  },
  {
    code: 'ACTE-NAISSANCE',
    department: 'ETAT-CIVIL',
    group: 'État civil',
    kind: ServiceKind.FORMALITY,
    targetDays: 5,
    name: "Demande d'acte de naissance",
    description: 'Copie intégrale ou extrait, pour une naissance enregistrée dans la commune.',
    fields: [
      { code: 'nom_complet', label: 'Nom et prénoms de la personne', kind: F.TEXT, required: true, maxLength: 200 },
      { code: 'date_naissance', label: 'Date de naissance', kind: F.DATE, required: true },
      {
        code: 'type_acte',
        label: "Type d'acte",
        kind: F.SINGLE_CHOICE,
        required: true,
        options: [
          { value: 'copie_integrale', label: 'Copie intégrale' },
          { value: 'extrait_filiation', label: 'Extrait avec filiation' },
          { value: 'extrait_sans_filiation', label: 'Extrait sans filiation' },
        ],
      },
      { code: 'exemplaires', label: "Nombre d'exemplaires", kind: F.NUMBER, required: true, min: 1, max: 5 },
    ],
  },
  {
    code: 'ACTE-MARIAGE',
    department: 'ETAT-CIVIL',
    group: 'État civil',
    kind: ServiceKind.FORMALITY,
    targetDays: 5,
    name: "Demande d'acte de mariage",
    description: 'Pour un mariage célébré dans la commune.',
    fields: [
      { code: 'epoux', label: 'Noms des époux', kind: F.TEXT, required: true, maxLength: 200 },
      { code: 'date_mariage', label: 'Date du mariage', kind: F.DATE, required: true },
    ],
  },
  {
    code: 'RDV-TITRE-IDENTITE',
    department: 'ETAT-CIVIL',
    group: 'État civil',
    kind: ServiceKind.FORMALITY,
    targetDays: 30,
    name: "Rendez-vous carte d'identité ou passeport",
    description: 'Prise de rendez-vous pour déposer une demande de titre.',
    fields: [
      {
        code: 'titre',
        label: 'Titre demandé',
        kind: F.SINGLE_CHOICE,
        required: true,
        options: [
          { value: 'cni', label: "Carte nationale d'identité" },
          { value: 'passeport', label: 'Passeport' },
        ],
      },
      { code: 'premiere_demande', label: "S'agit-il d'une première demande ?", kind: F.YES_NO, required: true },
    ],
  },
  {
    code: 'INSCRIPTION-SCOLAIRE',
    department: 'EDUCATION',
    group: 'Écoles et enfance',
    kind: ServiceKind.FORMALITY,
    targetDays: 21,
    name: 'Inscription scolaire (maternelle et élémentaire)',
    description: 'Première inscription dans une école publique de la commune.',
    fields: [
      { code: 'enfant', label: "Nom et prénom de l'enfant", kind: F.TEXT, required: true, maxLength: 120 },
      { code: 'date_naissance_enfant', label: "Date de naissance de l'enfant", kind: F.DATE, required: true },
      {
        code: 'niveau',
        label: 'Niveau à la rentrée',
        kind: F.SINGLE_CHOICE,
        required: true,
        options: ['PS', 'MS', 'GS', 'CP', 'CE1', 'CE2', 'CM1', 'CM2'].map((v) => ({ value: v, label: v })),
      },
      { code: 'cantine', label: 'Restauration scolaire', kind: F.YES_NO, required: true },
    ],
  },
  {
    code: 'DECLARATION-TRAVAUX',
    department: 'URBANISME',
    group: 'Urbanisme',
    kind: ServiceKind.FORMALITY,
    targetDays: 30,
    name: 'Question sur une déclaration préalable de travaux',
    description: 'Clôture, ravalement, abri de jardin, piscine : savoir si une déclaration est nécessaire et comment la déposer.',
    fields: [
      {
        code: 'travaux',
        label: 'Type de travaux',
        kind: F.SINGLE_CHOICE,
        required: true,
        options: [
          { value: 'cloture', label: 'Clôture' },
          { value: 'ravalement', label: 'Ravalement' },
          { value: 'abri', label: 'Abri de jardin' },
          { value: 'piscine', label: 'Piscine' },
          { value: 'autre', label: 'Autre' },
        ],
      },
      { code: 'parcelle', label: 'Référence cadastrale', kind: F.TEXT, required: false, maxLength: 30 },
    ],
  },
  {
    code: 'CERTIFICAT-URBANISME',
    department: 'URBANISME',
    group: 'Urbanisme',
    kind: ServiceKind.FORMALITY,
    targetDays: 30,
    name: "Certificat d'urbanisme d'information",
    description: "Règles d'urbanisme, taxes et servitudes applicables à un terrain.",
    fields: [{ code: 'parcelle', label: 'Référence cadastrale', kind: F.TEXT, required: true, maxLength: 30 }],
  },
];

const TEMPLATES: { department: string; title: string; body: string }[] = [
  {
    department: 'VOIRIE',
    title: 'Intervention programmée',
    body: 'Une équipe de la voirie interviendra dans les prochains jours. Merci pour votre signalement.',
  },
  {
    department: 'VOIRIE',
    title: 'Réparation provisoire',
    body: 'Une réparation provisoire a été faite pour sécuriser les lieux ; la réfection définitive est prévue au programme de travaux.',
  },
  { department: 'ECLAIRAGE', title: 'Lampe remplacée', body: 'La lampe a été remplacée et le point lumineux fonctionne de nouveau.' },
  {
    department: 'ETAT-CIVIL',
    title: 'Pièce manquante',
    body: 'Pour traiter votre demande, merci de nous indiquer les noms et prénoms des parents de la personne concernée.',
  },
  { department: 'ETAT-CIVIL', title: 'Acte envoyé', body: "L'acte demandé vous a été envoyé par courrier à l'adresse indiquée." },
];

/** Demo content: the catalogue of a French commune, response templates and requests in every status. */
@Injectable()
@DemoData('serviceRequests')
export class ServiceRequestsDemoSeed implements DemoDataStep {
  readonly order = 30;

  private readonly logger = new Logger('ServiceRequestsDemoSeed');

  constructor(
    private readonly catalogue: ServiceCatalogueService,
    private readonly requests: ServiceRequestsService,
    private readonly commune: CommuneService,
    private readonly identity: IdentityService,
    private readonly notifications: NotificationsService,
  ) {}

  async seed(): Promise<void> {
    const departments = new Map((await this.commune.departments()).map((d) => [d.code, d.id]));
    const services = new Map<string, string>();
    for (const { department, ...s } of CATALOGUE) {
      const id = departments.get(department);
      if (id) services.set(s.code, (await this.catalogue.createService({ ...s, departmentId: id })).id);
    }
    const [admin, voirie, etatCivil, marie, lucas, fatou] = await Promise.all(
      ['admin', 'agent.voirie', 'agent.etatcivil', 'marie', 'lucas', 'fatou'].map((n) => this.viewer(`${n}@parvis.demo`)),
    );
    for (const t of TEMPLATES) {
      const departmentId = departments.get(t.department);
      if (departmentId) await this.catalogue.createTemplate(admin, { departmentId, title: t.title, body: t.body });
    }

    const file = async (
      who: Viewer,
      code: string,
      r: {
        description: string;
        location?: { lat: number; lng: number };
        address?: string;
        district?: string;
        fieldValues?: { code: string; value: string }[];
      },
    ) => this.requests.create(who, { serviceId: services.get(code)!, ...r });

    // SUBMITTED, 2 days old.
    const pothole = await file(marie, 'NID-DE-POULE', {
      description: "Un nid-de-poule profond s'est formé devant la boulangerie, les vélos font des écarts pour l'éviter.",
      location: near(0.0004, -0.0006),
      address: '12 rue Nationale',
      district: 'Centre-ville',
      fieldValues: [
        { code: 'emplacement', value: 'chaussee' },
        { code: 'dangereux', value: 'true' },
      ],
    });
    await this.requests.shiftBackForDemo(pothole.id, 2 * DAY);

    // CLOSED as a duplicate of the one above: Lucas now follows Marie's request.
    const dup = await file(lucas, 'NID-DE-POULE', {
      description: 'Gros trou dans la chaussée rue Nationale, près de la boulangerie.',
      location: near(0.00045, -0.00055),
      address: 'Rue Nationale',
      district: 'Centre-ville',
      fieldValues: [
        { code: 'emplacement', value: 'chaussee' },
        { code: 'dangereux', value: 'false' },
      ],
    });
    await this.requests.markDuplicate(voirie, dup.id, pothole.id);
    await this.requests.shiftBackForDemo(dup.id, 1 * DAY);

    // ACKNOWLEDGED and assigned.
    const lamp = await file(lucas, 'LAMPADAIRE', {
      description: 'Trois lampadaires éteints le long du quai depuis une semaine, le passage est très sombre le soir.',
      location: near(-0.0021, 0.0012),
      address: 'Quai Saint-Jean',
      district: 'Saint-Jean',
      fieldValues: [
        { code: 'nombre', value: '3' },
        { code: 'numero_mat', value: 'EP-1147' },
      ],
    });
    await this.requests.changeStatus(voirie, lamp.id, S.ACKNOWLEDGED, 'Signalement reçu, la tournée de maintenance passera cette semaine.');
    await this.requests.assign(voirie, lamp.id, voirie.id);
    await this.requests.addNote(voirie, lamp.id, "Probablement le câble d'alimentation du quai : prévoir la nacelle.", true);
    await this.requests.shiftBackForDemo(lamp.id, 4 * DAY);

    // IN_PROGRESS, handled by an admin (no agent in Propreté yet).
    const dump = await file(fatou, 'DEPOT-SAUVAGE', {
      description: 'Matelas, sacs de gravats et un frigo déposés au pied des conteneurs.',
      location: near(0.0032, 0.0041),
      address: 'Rue du Port, près des conteneurs',
      district: 'Le Port',
      fieldValues: [
        { code: 'volume', value: 'important' },
        { code: 'nature', value: 'Encombrants et gravats' },
      ],
    });
    await this.requests.changeStatus(admin, dump.id, S.IN_PROGRESS, "L'enlèvement est programmé avec le prestataire.");
    await this.requests.shiftBackForDemo(dump.id, 8 * DAY); // past its 5-day target: overdue

    // WAITING_FOR_RESIDENT: a formality missing information.
    const birth = await file(marie, 'ACTE-NAISSANCE', {
      description: 'Acte de naissance pour un dossier de mariage.',
      fieldValues: [
        { code: 'nom_complet', value: 'Marie Anne Dupont' },
        { code: 'date_naissance', value: '1991-04-17' },
        { code: 'type_acte', value: 'copie_integrale' },
        { code: 'exemplaires', value: '2' },
      ],
    });
    await this.requests.changeStatus(etatCivil, birth.id, S.WAITING_FOR_RESIDENT, TEMPLATES[3].body);
    await this.requests.shiftBackForDemo(birth.id, 1 * DAY);

    // RESOLVED and rated; an older one resolved then CLOSED.
    const sign = await file(lucas, 'SIGNALISATION', {
      description: 'Le panneau stop au croisement est couché dans le fossé.',
      location: near(-0.0045, -0.0031),
      address: 'Croisement route de Blois / chemin des Vignes',
      district: 'Bel-Air',
      fieldValues: [{ code: 'type', value: 'panneau' }],
    });
    await this.requests.changeStatus(voirie, sign.id, S.IN_PROGRESS);
    await this.requests.changeStatus(voirie, sign.id, S.RESOLVED, 'Le panneau a été redressé et scellé de nouveau.');
    await this.requests.rate(lucas, sign.id, 5, 'Réparé en deux jours, merci !');
    await this.requests.shiftBackForDemo(sign.id, 6 * DAY);

    const lamp2 = await file(marie, 'LAMPADAIRE', {
      description: 'Le lampadaire devant le 4 place du Marché clignote toute la nuit.',
      location: near(0.0009, 0.0003),
      address: '4 place du Marché',
      district: 'Centre-ville',
    });
    await this.requests.changeStatus(voirie, lamp2.id, S.ACKNOWLEDGED);
    await this.requests.changeStatus(voirie, lamp2.id, S.RESOLVED, TEMPLATES[2].body);
    await this.requests.changeStatus(voirie, lamp2.id, S.CLOSED);
    await this.requests.shiftBackForDemo(lamp2.id, 40 * DAY);

    // REJECTED with its reason.
    const tag = await file(fatou, 'TAG', {
      description: 'Grand tag sur le mur de la maison à l’angle de la rue.',
      location: near(0.0028, 0.0037),
      address: '2 rue des Mariniers',
      district: 'Le Port',
      fieldValues: [{ code: 'support', value: 'prive' }],
    });
    await this.requests.changeStatus(
      admin,
      tag.id,
      S.REJECTED,
      "Ce mur appartient à un particulier : la commune ne peut pas intervenir sans l'accord écrit du propriétaire. Il peut nous contacter pour un nettoyage à ses frais.",
    );
    await this.requests.shiftBackForDemo(tag.id, 9 * DAY);

    // SUBMITTED and overdue: a school enrolment past its 21 days.
    const school = await file(fatou, 'INSCRIPTION-SCOLAIRE', {
      description: 'Inscription de mon fils en CP pour la rentrée, nous venons d’emménager.',
      fieldValues: [
        { code: 'enfant', value: 'Moussa Diallo' },
        { code: 'date_naissance_enfant', value: '2020-02-03' },
        { code: 'niveau', value: 'CP' },
        { code: 'cantine', value: 'true' },
      ],
    });
    await this.requests.shiftBackForDemo(school.id, 25 * DAY);

    // A tree report followed by a neighbour.
    const tree = await file(marie, 'ARBRE-DANGEREUX', {
      description: "Une grosse branche du platane menace de tomber sur l'aire de jeux.",
      location: near(-0.0012, 0.0024),
      address: 'Square des Arènes',
      district: 'Les Arènes',
    });
    await this.notifications.followTarget(fatou, SERVICE_REQUEST_TARGET, tree.id);
    this.logger.log(`service catalogue (${services.size} services) and demo requests seeded`);
  }

  private async viewer(email: string): Promise<Viewer> {
    // createAccount answers the existing account's id for a known e-mail (the demo accounts exist by now).
    const { id } = await this.identity.createAccount({ email, password: DEMO_PASSWORD, displayName: email });
    const user = (await this.identity.userById(id))!;
    return { id, sessionId: 'demo-seed', displayName: user.displayName, roles: user.roles, departmentIds: user.departmentIds };
  }
}
