import { Injectable, Module } from '@nestjs/common';
import type { Tx } from '../database/transaction';

/** Work to do once the deletion's transaction has committed (e.g. removing stored files). */
export type AfterDeletion = () => Promise<void>;

/**
 * One domain's part of a user's personal data (RGPD). Identity knows no other domain's tables:
 * each domain registers its contributor in its `onModuleInit`, like comment and follow targets.
 */
export interface PersonalDataContributor {
  /** Key of the domain's section in the export, e.g. `proposals`; unique. */
  readonly section: string;
  /**
   * What the domain holds about this user, as a JSON-able value. Every list bounded (a resident
   * has at most thousands of anything), never what staff wrote privately (internal notes).
   */
  exportFor(tx: Tx, userId: string): Promise<unknown>;
  /**
   * Runs inside the account deletion's transaction, before the user row is anonymised: removes
   * what only identifies the person (follows, notifications, unattached uploads). Content others
   * read stays, shown with the anonymised author. May return work for after the commit.
   */
  anonymise?(tx: Tx, userId: string): Promise<AfterDeletion | void>;
}

/** The contributors known to this server, in registration order. */
@Injectable()
export class PersonalDataRegistry {
  private readonly contributors = new Map<string, PersonalDataContributor>();

  register(contributor: PersonalDataContributor): void {
    if (this.contributors.has(contributor.section)) throw new Error(`personal data section ${contributor.section} registered twice`);
    this.contributors.set(contributor.section, contributor);
  }

  all(): PersonalDataContributor[] {
    return [...this.contributors.values()];
  }
}

/**
 * The registry alone, so domains that do not otherwise depend on identity (media, notifications)
 * can register without importing the whole IdentityModule. IdentityModule re-exports it.
 */
@Module({ providers: [PersonalDataRegistry], exports: [PersonalDataRegistry] })
export class PersonalDataModule {}
