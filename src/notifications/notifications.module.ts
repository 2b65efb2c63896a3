import { Module } from '@nestjs/common';
import { IdentityModule } from '../identity/identity.module';
import { LiveStreams } from './live';
import { NotificationPersonalData } from './notification-personal-data';
import { NotificationsRepository } from './notifications.repository';
import { NotificationsResolver } from './notifications.resolver';
import { DeliverNotificationsJob, PublishChangeJob } from './notification-jobs';
import { NotificationsService } from './notifications.service';

/** Follow anything and in-app notifications; domains register their target types on the service. */
@Module({
  imports: [IdentityModule],
  providers: [
    LiveStreams,
    NotificationsRepository,
    NotificationsService,
    NotificationsResolver,
    NotificationPersonalData,
    DeliverNotificationsJob,
    PublishChangeJob,
  ],
  exports: [NotificationsService],
})
export class NotificationsModule {}
