import { Injectable } from '@nestjs/common';
import { SetupProgress, SetupProgressCounter } from '../commune/setup-progress';
import { sqlRows, TransactionRunner } from '../database/transaction';

/** The first-run checklist's last step: services residents can file requests for (active ones). */
@Injectable()
@SetupProgress('services')
export class ServiceSetupProgress implements SetupProgressCounter {
  constructor(private readonly tx: TransactionRunner) {}

  async count(): Promise<number> {
    const [row] = await sqlRows<{ n: number }>(this.tx.reader, `SELECT count(*)::int AS n FROM services WHERE active`);
    return row.n;
  }
}
