import { Injectable } from '@nestjs/common';
import { DistrictReferenceHolder, DistrictReferences } from '../commune/district-references';
import { sqlRows, Tx } from '../database/transaction';

/** A proposal's district follows a rename or a merge of that district (its dates stay as they are). */
@Injectable()
@DistrictReferences('proposals')
export class ProposalDistricts implements DistrictReferenceHolder {
  async renameDistrict(tx: Tx, from: string, to: string): Promise<number> {
    return (await sqlRows(tx, `UPDATE proposals SET district = $2 WHERE district = $1 RETURNING id`, [from, to])).length;
  }
}
