import { Global, Module } from '@nestjs/common';
import { JobRunner } from './job-runner';
import { Outbox } from './outbox';

/**
 * The outbox and the job queue (graphile-worker on the application's PostgreSQL: no other server).
 * Global: every domain writes its effects with `Outbox.enqueue` in its own transactions and
 * declares their handlers with `@JobTask`.
 */
@Global()
@Module({ providers: [Outbox, JobRunner], exports: [Outbox] })
export class JobsModule {}
