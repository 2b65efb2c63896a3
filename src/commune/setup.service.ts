import { Injectable } from '@nestjs/common';
import { Capabilities } from '../common/capability';
import { sqlRows, TransactionRunner } from '../database/transaction';
import { CommuneIdentityService } from './commune-identity.service';
import { DistrictsService } from './districts.service';
import { SETUP_PROGRESS } from './setup-progress';

export interface CommuneSetupStatus {
  identityDone: boolean;
  districtsCount: number;
  departmentsCount: number;
  servicesCount: number;
  complete: boolean;
}

/**
 * The first-run checklist's state, from the server: the identity saved, districts offered,
 * departments, and services (counted by the service catalogue's `@SetupProgress('services')`
 * provider; 0 when no domain serves the step).
 */
@Injectable()
export class SetupService {
  constructor(
    private readonly identity: CommuneIdentityService,
    private readonly districts: DistrictsService,
    private readonly capabilities: Capabilities,
    private readonly tx: TransactionRunner,
  ) {}

  async status(): Promise<CommuneSetupStatus> {
    const services = this.capabilities.get(SETUP_PROGRESS, 'services');
    const [identity, districtsCount, departmentsCount, servicesCount] = await Promise.all([
      this.identity.get(),
      this.districts.activeCount(),
      this.departmentsCount(),
      services ? services.count() : Promise.resolve(0),
    ]);
    const identityDone = identity.configured;
    return {
      identityDone,
      districtsCount,
      departmentsCount,
      servicesCount,
      complete: identityDone && districtsCount > 0 && departmentsCount > 0 && servicesCount > 0,
    };
  }

  private async departmentsCount(): Promise<number> {
    const [row] = await sqlRows<{ n: number }>(this.tx.reader, `SELECT count(*)::int AS n FROM departments`);
    return row.n;
  }
}
