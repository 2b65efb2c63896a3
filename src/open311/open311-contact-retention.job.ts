import { Inject, Injectable, Logger } from '@nestjs/common';
import { Clock } from '../common/clock';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { TransactionRunner } from '../database/transaction';
import { JobHandler, JobTask } from '../jobs/jobs';
import { Open311Repository } from './open311.repository';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Every night: the contact Open311 clients gave for people who are not residents' accounts (e-mail,
 * names, phone) is erased once OPEN311_CONTACT_RETENTION_DAYS have passed since the request was
 * filed. Staff need it while the request is handled; nobody may keep it for ever. Idempotent.
 */
@Injectable()
@JobTask('open311.erase-old-contacts')
export class Open311ContactRetentionJob implements JobHandler {
  readonly schedule = '37 3 * * *';
  private readonly logger = new Logger('Open311');

  constructor(
    private readonly repo: Open311Repository,
    private readonly tx: TransactionRunner,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async run(): Promise<void> {
    const before = new Date(this.clock.now().getTime() - this.config.OPEN311_CONTACT_RETENTION_DAYS * DAY_MS);
    const erased = await this.tx.run((tx) => this.repo.eraseContactsBefore(tx, before));
    if (erased) this.logger.log({ erased, before }, 'Open311 contacts erased');
  }
}
