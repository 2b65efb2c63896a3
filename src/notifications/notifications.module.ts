import { Module } from '@nestjs/common';
import { CommuneModule } from '../commune/commune.module';
import { IdentityModule } from '../identity/identity.module';
import { LiveStreams } from './live';
import { NotificationPersonalData } from './notification-personal-data';
import { NotificationsRepository } from './notifications.repository';
import { NotificationsResolver } from './notifications.resolver';
import { DeliverNotificationsJob, PublishChangeJob } from './notification-jobs';
import { NotificationsService } from './notifications.service';
import { SendDigestsJob } from './notification-digest.job';
import { NotificationEmailsService } from './notification-emails.service';
import { NotificationMailRepository } from './notification-mail.repository';
import { NotificationPreferencesResolver } from './notification-preferences.resolver';
import { UnsubscribeController } from './unsubscribe.controller';
import { UnsubscribeTokens } from './unsubscribe-token';

/**
 * Follow anything, in-app notifications and notification e-mails (preferences, daily digest,
 * one-click unsubscribe); domains register their target types and their e-mail texts.
 */
@Module({
  imports: [IdentityModule, CommuneModule],
  controllers: [UnsubscribeController],
  providers: [
    NotificationMailRepository,
    NotificationEmailsService,
    NotificationPreferencesResolver,
    UnsubscribeTokens,
    SendDigestsJob,
    LiveStreams,
    NotificationsRepository,
    NotificationsService,
    NotificationsResolver,
    NotificationPersonalData,
    DeliverNotificationsJob,
    PublishChangeJob,
  ],
  exports: [NotificationsService, NotificationEmailsService],
})
export class NotificationsModule {}
