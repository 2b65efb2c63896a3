import { Injectable } from '@nestjs/common';
import { DistrictReferenceHolder, DistrictReferences } from '../commune/district-references';
import { AppError } from '../common/app-error';
import { sqlRows, Tx } from '../database/transaction';
import { BudgetError } from './budget.errors';

/**
 * Envelopes and the district recorded on ballots follow a rename or a merge of their district. A
 * merge of two districts that both have an envelope in one edition is refused (CONFLICT
 * DISTRICT_HAS_ENVELOPES): what becomes of the two amounts is the council's decision.
 */
@Injectable()
@DistrictReferences('budgets')
export class BudgetDistricts implements DistrictReferenceHolder {
  async renameDistrict(tx: Tx, from: string, to: string): Promise<number> {
    const [both] = await sqlRows(
      tx,
      `SELECT budget_id FROM budget_envelopes WHERE district = $1
       INTERSECT SELECT budget_id FROM budget_envelopes WHERE district = $2 LIMIT 1`,
      [from, to],
    );
    if (both) throw AppError.conflict(BudgetError.DISTRICT_HAS_ENVELOPES);
    const envelopes = await sqlRows(tx, `UPDATE budget_envelopes SET district = $2 WHERE district = $1 RETURNING id`, [from, to]);
    const ballots = await sqlRows(tx, `UPDATE budget_ballots SET district = $2 WHERE district = $1 RETURNING id`, [from, to]);
    return envelopes.length + ballots.length;
  }
}
