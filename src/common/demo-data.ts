import { Capability } from './capability';

/** The demo accounts' password (README lists the accounts). Public: for the demo commune only. */
export const DEMO_PASSWORD = 'parvis-demo-2026';

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
