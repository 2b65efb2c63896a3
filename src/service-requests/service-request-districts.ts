import { Injectable } from '@nestjs/common';
import { DistrictReferenceHolder, DistrictReferences } from '../commune/district-references';
import { sqlRows, Tx } from '../database/transaction';

/** A request's district follows a rename or a merge of that district (its timeline and dates stay as they are). */
@Injectable()
@DistrictReferences('service-requests')
export class ServiceRequestDistricts implements DistrictReferenceHolder {
  async renameDistrict(tx: Tx, from: string, to: string): Promise<number> {
    return (await sqlRows(tx, `UPDATE service_requests SET district = $2 WHERE district = $1 RETURNING id`, [from, to])).length;
  }
}
