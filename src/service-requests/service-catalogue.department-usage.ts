import { Injectable } from '@nestjs/common';
import { DepartmentUsage, UsesDepartments } from '../commune/department-usage';
import type { Tx } from '../database/transaction';
import { ServiceCatalogueService } from './service-catalogue.service';

/**
 * A department that owns active services cannot be archived: their new requests would land in its
 * queue. The admin moves those services to another department or withdraws them first.
 */
@Injectable()
@UsesDepartments('ACTIVE_SERVICES')
export class ServiceCatalogueDepartmentUsage implements DepartmentUsage {
  constructor(private readonly catalogue: ServiceCatalogueService) {}

  activeUsesOf(tx: Tx, departmentId: string): Promise<number> {
    return this.catalogue.countActiveServicesOf(tx, departmentId);
  }
}
