import { Module } from '@nestjs/common';
import { CommentsModule } from '../comments/comments.module';
import { BudgetDistricts } from './budget-districts';
import { CommuneModule } from '../commune/commune.module';
import { IdentityModule } from '../identity/identity.module';
import { MediaModule } from '../media/media.module';
import { ModerationModule } from '../moderation/moderation.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { ProposalsModule } from '../proposals/proposals.module';
import { BudgetResultsOpenData } from './budgets.open-data';
import { BudgetFlagTarget, BudgetProjectFlagTarget, BudgetProjectUpdateFlagTarget } from './budget-flag-target';
import { BudgetPersonalData } from './budget-personal-data';
import { BudgetProjectTargets, BudgetProjectUpdateTargets, BudgetTargets } from './budget-targets';
import { BudgetsRepository } from './budgets.repository';
import { BudgetEnvelopesResolver, BudgetProjectsResolver, BudgetProjectUpdatesResolver, BudgetsResolver } from './budgets.resolver';
import { BudgetsDemoSeed } from './budgets.seed';
import { BudgetsService } from './budgets.service';
import { BudgetMailTexts } from './budget.mail-texts';

@Module({
  imports: [IdentityModule, CommuneModule, CommentsModule, MediaModule, NotificationsModule, ModerationModule, ProposalsModule],
  providers: [
    BudgetMailTexts,
    BudgetsRepository,
    BudgetsService,
    BudgetsResolver,
    BudgetEnvelopesResolver,
    BudgetProjectsResolver,
    BudgetProjectUpdatesResolver,
    BudgetTargets,
    BudgetProjectTargets,
    BudgetProjectUpdateTargets,
    BudgetFlagTarget,
    BudgetProjectFlagTarget,
    BudgetProjectUpdateFlagTarget,
    BudgetPersonalData,
    BudgetsDemoSeed,
    BudgetDistricts,
    BudgetResultsOpenData,
  ],
  exports: [BudgetsService],
})
export class BudgetsModule {}
