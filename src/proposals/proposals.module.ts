import { Module } from '@nestjs/common';
import { CommentsModule } from '../comments/comments.module';
import { CommuneModule } from '../commune/commune.module';
import { IdentityModule } from '../identity/identity.module';
import { MediaModule } from '../media/media.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { ProposalFlagTarget } from './proposal-flag-target';
import { ProposalTargets } from './proposal-targets';
import { ProposalPersonalData } from './proposal-personal-data';
import { ProposalsDemoSeed } from './proposals.seed';
import { ProposalsRepository } from './proposals.repository';
import { OfficialAnswerResolver, ProposalEventResolver, ProposalProgressUpdateResolver, ProposalsResolver } from './proposals.resolver';
import { ProposalsService } from './proposals.service';
import { ProposalDistricts } from './proposal-districts';
import { ProposalMailTexts } from './proposal.mail-texts';

import { ProposalsOpenData } from './proposals.open-data';
@Module({
  imports: [IdentityModule, CommuneModule, CommentsModule, MediaModule, NotificationsModule],
  providers: [
    ProposalsOpenData,
    ProposalMailTexts,
    ProposalsRepository,
    ProposalsService,
    ProposalsResolver,
    OfficialAnswerResolver,
    ProposalProgressUpdateResolver,
    ProposalEventResolver,
    ProposalTargets,
    ProposalFlagTarget,
    ProposalPersonalData,
    ProposalsDemoSeed,
    ProposalDistricts,
  ],
  exports: [ProposalsService],
})
export class ProposalsModule {}
