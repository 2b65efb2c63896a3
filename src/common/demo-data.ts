import { Capability } from './capability';

/** The demo accounts' password (README lists the accounts). Public: for the demo commune only. */
export const DEMO_PASSWORD = 'parvis-demo-2026';

/** The demo commune's departments and categories (also the benchmark commune's: scripts/bench/seed). */
export const DEMO_DEPARTMENTS = [
  { code: 'VOIRIE', name: 'Voirie et déplacements' },
  { code: 'PROPRETE', name: 'Propreté urbaine' },
  { code: 'ECLAIRAGE', name: 'Éclairage public' },
  { code: 'ESPACES-VERTS', name: 'Espaces verts' },
  { code: 'ETAT-CIVIL', name: 'État civil' },
  { code: 'EDUCATION', name: 'Éducation et enfance' },
  { code: 'URBANISME', name: 'Urbanisme' },
];
export const DEMO_CATEGORIES = ['Mobilité', 'Environnement', 'Culture et sport', 'Solidarité', 'Cadre de vie', 'Éducation'];

/**
 * A domain's part of the demo commune. Runs on an empty database once the base (departments,
 * categories, one account per role) exists, steps in ascending `order`.
 */
export interface DemoDataStep {
  readonly order: number;
  seed(): Promise<void>;
}

export const DEMO_DATA = new Capability<DemoDataStep>('demo data step');

/** Declares the decorated provider as `domain`'s demo data (its `seed` runs in `order` with the others'). */
export const DemoData = (domain: string) => DEMO_DATA.provider(domain);
