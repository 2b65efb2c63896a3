import { Injectable } from '@nestjs/common';
import { JobHandler, JobTask } from '../jobs/jobs';
import { NotificationEmailsService } from './notification-emails.service';

export const SEND_DIGESTS = 'notifications.digest';

/**
 * The daily digest, every day at 06:00 UTC (7:00 in Paris in winter, 8:00 in summer: read over
 * breakfast, not in the night), queued once across instances by the job queue's schedule. Safe to
 * run twice or concurrently: each user's items are taken in the transaction that queues their
 * e-mail (see NotificationEmailsService.sendDigest).
 */
@Injectable()
@JobTask(SEND_DIGESTS)
export class SendDigestsJob implements JobHandler {
  readonly schedule = '0 6 * * *';

  constructor(private readonly emails: NotificationEmailsService) {}

  async run(): Promise<void> {
    await this.emails.sendDigests();
  }
}
