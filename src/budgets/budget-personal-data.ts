import { Injectable } from '@nestjs/common';
import type { Tx } from '../database/transaction';
import { PersonalDataContributor, PersonalDataSection } from '../identity/personal-data';
import { BudgetsRepository } from './budgets.repository';

const MAX_ROWS = 5000;

/**
 * A user's budget projects, their own ballots (what they chose: only they ever see it) and the works
 * updates they wrote, in their data export. Deletion changes nothing here: projects are public and
 * stay under the anonymised author; ballots stay counted, tied to the anonymised account.
 */
@Injectable()
@PersonalDataSection('budgets')
export class BudgetPersonalData implements PersonalDataContributor {
  constructor(private readonly repo: BudgetsRepository) {}

  exportFor(tx: Tx, userId: string) {
    return this.repo.exportFor(tx, userId, MAX_ROWS);
  }
}
