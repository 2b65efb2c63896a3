import { Capability } from '../common/capability';

/**
 * A step of the first-run checklist that another domain owns (the service catalogue: `services`),
 * declared with `@SetupProgress('<step>')`, so the commune's `communeSetup` counts it without
 * knowing the domain's tables.
 */
export interface SetupProgressCounter {
  /** How many of the step's records exist and are in use (e.g. services open to requests). */
  count(): Promise<number>;
}

export const SETUP_PROGRESS = new Capability<SetupProgressCounter>('setup progress');

export const SetupProgress = (step: string) => SETUP_PROGRESS.provider(step);
