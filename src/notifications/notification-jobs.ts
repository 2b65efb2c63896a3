import { Injectable } from '@nestjs/common';
import { isUuid } from '../common/ids';
import { JobHandler, JobTask } from '../jobs/jobs';
import { DELIVER_NOTIFICATIONS, DeliveryJob, NotificationsService, PUBLISH_CHANGE } from './notifications.service';

/** Delivers a change's notifications once it has committed (see NotificationsService.deliver). */
@Injectable()
@JobTask(DELIVER_NOTIFICATIONS)
export class DeliverNotificationsJob implements JobHandler {
  constructor(private readonly notifications: NotificationsService) {}

  async run(payload: unknown): Promise<void> {
    const job = payload as DeliveryJob;
    // Written by this server in the change's transaction; checked anyway, so a malformed row fails loudly, once.
    if (!isUuid(job?.effectId) || !isUuid(job.targetId) || typeof job.kind !== 'string') {
      throw new Error(`malformed ${DELIVER_NOTIFICATIONS} job`);
    }
    await this.notifications.deliver(job);
  }
}

/** Announces a committed change of a target to its live subscribers. */
@Injectable()
@JobTask(PUBLISH_CHANGE)
export class PublishChangeJob implements JobHandler {
  constructor(private readonly notifications: NotificationsService) {}

  async run(payload: unknown): Promise<void> {
    const ref = payload as { targetType?: unknown; targetId?: unknown };
    if (typeof ref?.targetType !== 'string' || !isUuid(ref.targetId)) throw new Error(`malformed ${PUBLISH_CHANGE} job`);
    await this.notifications.publishChange({ targetType: ref.targetType, targetId: ref.targetId });
  }
}
