import { Injectable } from '@nestjs/common';
import { DistrictReferenceHolder, DistrictReferences } from '../commune/district-references';
import { sqlRows, Tx } from '../database/transaction';

/** A resident's district (given at sign-up) follows a rename or a merge of that district. */
@Injectable()
@DistrictReferences('users')
export class UserDistricts implements DistrictReferenceHolder {
  async renameDistrict(tx: Tx, from: string, to: string): Promise<number> {
    return (await sqlRows(tx, `UPDATE users SET district = $2 WHERE district = $1 RETURNING id`, [from, to])).length;
  }
}
