import { Capability } from '../common/capability';
import type { Tx } from '../database/transaction';

/**
 * One domain's part of a user's personal data (RGPD). Identity knows no other domain's tables:
 * each domain declares its contributor with `@PersonalDataSection('<section>')` in its own folder.
 */
export interface PersonalDataContributor {
  /**
   * What the domain holds about this user, as a JSON-able value. Every list bounded (a resident
   * has at most thousands of anything), never what staff wrote privately (internal notes).
   */
  exportFor(tx: Tx, userId: string): Promise<unknown>;
  /**
   * Runs inside the account deletion's transaction, before the user row is anonymised: removes
   * what only identifies the person (follows, notifications, unattached uploads). Content others
   * read stays, shown with the anonymised author. Work for after the commit (removing stored
   * files) goes through the outbox in the same transaction.
   */
  anonymise?(tx: Tx, userId: string): Promise<void>;
}

export const PERSONAL_DATA = new Capability<PersonalDataContributor>('personal data section');

/** Declares the decorated provider as the contributor of `section` (its key in the export, e.g. `proposals`). */
export const PersonalDataSection = (section: string) => PERSONAL_DATA.provider(section);
