import { Module } from '@nestjs/common';
import { CommuneModule } from '../commune/commune.module';
import { IdentityModule } from '../identity/identity.module';
import { MediaModule } from '../media/media.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { ServiceRequestsModule } from '../service-requests/service-requests.module';
import { Open311ContactRetentionJob } from './open311-contact-retention.job';
import { Open311KeysService } from './open311-keys.service';
import { Open311Controller } from './open311.controller';
import { Open311Repository } from './open311.repository';
import { Open311Resolver } from './open311.resolver';
import { Open311SubmissionResolver } from './open311-submission.resolver';
import { Open311Service } from './open311.service';

/**
 * Open311 GeoReport v2, a REST facade over the service requests (their public service API only),
 * and the admins' API keys. Owns two tables: the keys and what clients said about the requests
 * they filed (the person's contact, kept private).
 */
@Module({
  imports: [ServiceRequestsModule, CommuneModule, IdentityModule, MediaModule, NotificationsModule],
  controllers: [Open311Controller],
  providers: [
    Open311Repository,
    Open311KeysService,
    Open311Service,
    Open311Resolver,
    Open311SubmissionResolver,
    Open311ContactRetentionJob,
  ],
  exports: [Open311KeysService],
})
export class Open311Module {}
