import { Injectable } from '@nestjs/common';
import { DistrictReferenceHolder, DistrictReferences } from '../commune/district-references';
import { sqlRows, Tx } from '../database/transaction';

/**
 * The districts a consultation is open to follow a rename or a merge: `from` becomes `to` in place,
 * or, when the list already holds `to` (a merge), `from` is dropped so `to` stays listed once.
 */
@Injectable()
@DistrictReferences('consultations')
export class ConsultationDistricts implements DistrictReferenceHolder {
  async renameDistrict(tx: Tx, from: string, to: string): Promise<number> {
    const rows = await sqlRows(
      tx,
      `UPDATE consultations
       SET districts = CASE WHEN $2 = ANY(districts) THEN array_remove(districts, $1) ELSE array_replace(districts, $1, $2) END
       WHERE $1 = ANY(districts) RETURNING id`,
      [from, to],
    );
    return rows.length;
  }
}
