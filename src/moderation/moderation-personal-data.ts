import { Injectable } from '@nestjs/common';
import type { Tx } from '../database/transaction';
import { PersonalDataContributor, PersonalDataSection } from '../identity/personal-data';
import { ModerationRepository } from './moderation.repository';
import { SuspensionsRepository } from './suspensions.repository';

const MAX_FLAGS = 5000;
const MAX_SUSPENSIONS = 1000;
const MAX_DECISIONS = 5000;

/**
 * A person's part of moderation in their data export: the flags they made (with their notes), their
 * suspensions, and the decisions about their content or account (never who took them). On erasure
 * their flags are unlinked from the account (they stay counted, open or resolved, linked to
 * nobody); suspensions and the log stay, about an account that is now anonymous.
 */
@Injectable()
@PersonalDataSection('moderation')
export class ModerationPersonalData implements PersonalDataContributor {
  constructor(
    private readonly repo: ModerationRepository,
    private readonly suspensions: SuspensionsRepository,
  ) {}

  async exportFor(tx: Tx, userId: string) {
    return {
      flags: await this.repo.flagsExport(tx, userId, MAX_FLAGS),
      suspensions: await this.suspensions.exportFor(tx, userId, MAX_SUSPENSIONS),
      decisions: await this.repo.logAbout(tx, userId, MAX_DECISIONS),
    };
  }

  anonymise(tx: Tx, userId: string): Promise<void> {
    return this.repo.unlinkFlags(tx, userId);
  }
}
