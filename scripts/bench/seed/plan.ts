/**
 * How many rows of each kind a commune of a given scale holds (`--scale 1`: 200,000 residents), and
 * the fixed facts of the bench commune (its districts, departments, services). Pure: no database.
 */
import { DEMO_CATEGORIES, DEMO_DEPARTMENTS } from '../../../src/common/demo-data';

/** Row counts at one scale. Catalogue sizes (districts, departments, services, forums) do not scale. */
export interface SeedPlan {
  scale: number;
  residents: number;
  proposals: number;
  supports: number;
  /** Comments on proposals, forum topics and consultations, replies included. */
  comments: number;
  /** Mean votes per comment. */
  votesPerComment: number;
  requests: number;
  /** Mean timeline events per request (the timelines' optional steps are drawn to meet it). */
  eventsPerRequest: number;
  consultations: number;
  responses: number;
  forumTopics: number;
  budgetProjectsPerEdition: number;
  budgetBallotsPerEdition: number;
  /** Step used to walk the residents without repeating one (coprime with `residents`). */
  stride: number;
}

export const PROPOSAL_SUPPORT_THRESHOLD = 100;
export const PROPOSAL_SUPPORT_DAYS = 90;

/** Shares of the comments: on proposals, on forum topics, on consultations. */
export const COMMENT_SHARES = { proposals: 0.85, topics: 0.12, consultations: 0.03 } as const;

/** Staff accounts, whatever the scale. */
export const AGENTS_PER_DEPARTMENT = 6;
export const COUNCILLORS = 12;
export const MODERATORS = 6;
export const ADMINS = 3;

/** The bench accounts' password: every account shares one argon2id hash computed once. */
export const BENCH_PASSWORD = 'parvis-bench-2026';
export const BENCH_EMAIL_DOMAIN = 'bench.parvis.test';

/** Twenty districts, most populous first (the population weights fall as 1 / rank^0.9). */
export const BENCH_DISTRICTS = [
  'Centre-ville',
  'Les Arènes',
  'Saint-Jean',
  'Le Port',
  'La Garenne',
  'Bel-Air',
  'Les Tanneurs',
  'Gare-Sud',
  'Les Coteaux',
  'Beaulieu',
  'La Croix-Rouge',
  'Saint-Marc',
  'Les Prés',
  'Montplaisir',
  'Le Moulin',
  'Champ-Fleuri',
  'La Source',
  'Les Vignes',
  'Bois-Joli',
  'Le Faubourg',
];

/** The demo commune's departments (the agents' and services' codes below follow their order). */
export const BENCH_DEPARTMENTS = DEMO_DEPARTMENTS;

/** The demo commune's categories, and a few more a big city has. */
export const BENCH_CATEGORIES = [...DEMO_CATEGORIES, 'Sécurité', 'Santé', 'Numérique', 'Économie locale'];

/** The catalogue, most requested first: request counts fall as 1 / rank^1.1 (most requests in a few services). */
export const BENCH_SERVICES: {
  code: string;
  name: string;
  kind: 'REPORT' | 'FORMALITY';
  group: string;
  department: string;
  targetDays: number;
}[] = [
  { code: 'NID-DE-POULE', name: 'Nid-de-poule', kind: 'REPORT', group: 'Voirie', department: 'VOIRIE', targetDays: 15 },
  { code: 'DEPOT-SAUVAGE', name: 'Dépôt sauvage', kind: 'REPORT', group: 'Propreté', department: 'PROPRETE', targetDays: 5 },
  { code: 'LAMPADAIRE', name: 'Lampadaire éteint', kind: 'REPORT', group: 'Éclairage', department: 'ECLAIRAGE', targetDays: 7 },
  { code: 'ACTE-NAISSANCE', name: 'Acte de naissance', kind: 'FORMALITY', group: 'État civil', department: 'ETAT-CIVIL', targetDays: 5 },
  { code: 'TAGS', name: 'Tags et graffitis', kind: 'REPORT', group: 'Propreté', department: 'PROPRETE', targetDays: 10 },
  { code: 'TROTTOIR', name: 'Trottoir abîmé', kind: 'REPORT', group: 'Voirie', department: 'VOIRIE', targetDays: 30 },
  {
    code: 'INSCRIPTION-SCOLAIRE',
    name: 'Inscription scolaire',
    kind: 'FORMALITY',
    group: 'Éducation',
    department: 'EDUCATION',
    targetDays: 15,
  },
  { code: 'ARBRE', name: 'Arbre dangereux', kind: 'REPORT', group: 'Espaces verts', department: 'ESPACES-VERTS', targetDays: 10 },
  { code: 'POUBELLE', name: 'Poubelle pleine', kind: 'REPORT', group: 'Propreté', department: 'PROPRETE', targetDays: 3 },
  { code: 'SIGNALISATION', name: 'Signalisation manquante', kind: 'REPORT', group: 'Voirie', department: 'VOIRIE', targetDays: 20 },
  { code: 'ACTE-MARIAGE', name: 'Acte de mariage', kind: 'FORMALITY', group: 'État civil', department: 'ETAT-CIVIL', targetDays: 5 },
  {
    code: 'AIRE-DE-JEUX',
    name: 'Aire de jeux abîmée',
    kind: 'REPORT',
    group: 'Espaces verts',
    department: 'ESPACES-VERTS',
    targetDays: 15,
  },
  { code: 'CANTINE', name: 'Inscription à la cantine', kind: 'FORMALITY', group: 'Éducation', department: 'EDUCATION', targetDays: 10 },
  { code: 'FEU-TRICOLORE', name: 'Feu tricolore en panne', kind: 'REPORT', group: 'Éclairage', department: 'ECLAIRAGE', targetDays: 2 },
  {
    code: 'DECLARATION-TRAVAUX',
    name: 'Déclaration préalable de travaux',
    kind: 'FORMALITY',
    group: 'Urbanisme',
    department: 'URBANISME',
    targetDays: 30,
  },
  { code: 'ACTE-DECES', name: 'Acte de décès', kind: 'FORMALITY', group: 'État civil', department: 'ETAT-CIVIL', targetDays: 5 },
  { code: 'MOBILIER-URBAIN', name: 'Mobilier urbain cassé', kind: 'REPORT', group: 'Voirie', department: 'VOIRIE', targetDays: 20 },
  { code: 'ELAGAGE', name: "Demande d'élagage", kind: 'REPORT', group: 'Espaces verts', department: 'ESPACES-VERTS', targetDays: 30 },
  {
    code: 'CERTIFICAT-URBANISME',
    name: "Certificat d'urbanisme",
    kind: 'FORMALITY',
    group: 'Urbanisme',
    department: 'URBANISME',
    targetDays: 30,
  },
  {
    code: 'PERISCOLAIRE',
    name: 'Inscription périscolaire',
    kind: 'FORMALITY',
    group: 'Éducation',
    department: 'EDUCATION',
    targetDays: 10,
  },
];

export const FORUMS = [
  'Vie du quartier',
  'Mobilités',
  'Propositions libres',
  'Environnement et nature',
  'Culture et loisirs',
  'Entraide entre voisins',
];

function isPrime(n: number): boolean {
  for (let d = 2; d * d <= n; d++) if (n % d === 0) return false;
  return n > 1;
}

/** A prime step near a tenth of `n` (at least 7) that does not divide it: a full cycle of the residents. */
export function strideFor(n: number): number {
  let p = Math.max(7, Math.floor(n / 10) + 1);
  while (!isPrime(p) || n % p === 0) p++;
  return p;
}

/** The row counts of a commune at `scale` (1 = 200,000 residents, 50,000 proposals…). */
export function planFor(scale: number): SeedPlan {
  if (!Number.isFinite(scale) || scale <= 0 || scale > 10)
    throw new Error(`--scale: must be a number above 0 and at most 10 (got ${scale})`);
  const at = (n: number, min: number) => Math.max(min, Math.round(n * scale));
  const residents = at(200_000, 500);
  return {
    scale,
    residents,
    proposals: at(50_000, 100),
    supports: at(2_000_000, 1_000),
    comments: at(1_000_000, 1_000),
    votesPerComment: 1,
    requests: at(500_000, 500),
    eventsPerRequest: 6,
    consultations: at(50, 4),
    responses: at(300_000, 300),
    forumTopics: at(3_000, 24),
    budgetProjectsPerEdition: at(400, 30),
    budgetBallotsPerEdition: at(20_000, 100),
    stride: strideFor(residents),
  };
}

/** Parses `--scale N [--database-url URL]`; a malformed argument is refused with its name. */
export function parseSeedArgs(argv: readonly string[]): { scale: number; databaseUrl?: string } {
  let scale = 1;
  let databaseUrl: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const [name, inline] =
      arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg];
    const value = () => {
      const v = inline ?? argv[++i];
      if (v === undefined || v === '') throw new Error(`${name}: a value is required`);
      return v;
    };
    if (name === '--scale') {
      const raw = value();
      if (!/^\d+(\.\d+)?$/.test(raw)) throw new Error(`--scale: must be a positive number (got "${raw}")`);
      scale = Number(raw);
      planFor(scale);
    } else if (name === '--database-url') {
      const raw = value();
      if (!/^postgres(ql)?:\/\//.test(raw)) throw new Error(`--database-url: must be a postgres:// URL (got "${raw}")`);
      databaseUrl = raw;
    } else {
      throw new Error(`${name}: unknown argument (expected --scale N [--database-url URL])`);
    }
  }
  return { scale, databaseUrl };
}
