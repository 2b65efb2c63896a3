import { Module } from '@nestjs/common';
import { CommentsModule } from '../comments/comments.module';
import { CommuneModule } from '../commune/commune.module';
import { IdentityModule } from '../identity/identity.module';
import { MediaModule } from '../media/media.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { DeleteDocumentFileJob } from './consultation-jobs';
import { ConsultationPersonalData } from './consultation-personal-data';
import { ConsultationTargets } from './consultation-targets';
import { ConsultationsController } from './consultations.controller';
import { ConsultationsRepository } from './consultations.repository';
import {
  ConclusionResolver,
  ConsultationResponseResolver,
  ConsultationsResolver,
  QuestionResolver,
  QuestionResultResolver,
} from './consultations.resolver';
import { ConsultationsDemoSeed } from './consultations.seed';
import { ConsultationsService } from './consultations.service';
import { ConsultationDistricts } from './consultation-districts';
import { ConsultationMailTexts } from './consultation.mail-texts';

import { ConsultationsOpenData } from './consultations.open-data';
@Module({
  imports: [IdentityModule, CommuneModule, CommentsModule, MediaModule, NotificationsModule],
  controllers: [ConsultationsController],
  providers: [
    ConsultationsOpenData,
    ConsultationMailTexts,
    ConsultationsRepository,
    ConsultationsService,
    ConsultationsResolver,
    QuestionResolver,
    QuestionResultResolver,
    ConsultationResponseResolver,
    ConclusionResolver,
    ConsultationTargets,
    ConsultationPersonalData,
    ConsultationsDemoSeed,
    DeleteDocumentFileJob,
    ConsultationDistricts,
  ],
  exports: [ConsultationsService],
})
export class ConsultationsModule {}
