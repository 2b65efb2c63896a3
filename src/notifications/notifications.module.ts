import { Module } from '@nestjs/common';
import { IdentityModule } from '../identity/identity.module';
import { PersonalDataModule } from '../identity/personal-data';
import { LiveStreams } from './live';
import { NotificationPersonalData } from './notification-personal-data';
import { NotificationsRepository } from './notifications.repository';
import { NotificationsResolver } from './notifications.resolver';
import { NotificationsService } from './notifications.service';

/** Follow anything and in-app notifications; domains register their target types on the service. */
@Module({
  imports: [PersonalDataModule, IdentityModule],
  providers: [LiveStreams, NotificationsRepository, NotificationsService, NotificationsResolver, NotificationPersonalData],
  exports: [NotificationsService],
})
export class NotificationsModule {}
