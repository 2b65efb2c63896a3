import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { IdentityModule } from '../identity/identity.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { ModerationPersonalData } from './moderation-personal-data';
import { ModerationRepository } from './moderation.repository';
import {
  FlaggedItemResolver,
  ModeratedContentResolver,
  ModerationLogEntryResolver,
  ModerationResolver,
  SuspensionResolver,
} from './moderation.resolver';
import { ModerationDemoSeed } from './moderation.seed';
import { ModerationService } from './moderation.service';
import { SuspensionGuard } from './suspension.guard';
import { SuspensionsRepository } from './suspensions.repository';
import { SuspensionsService } from './suspensions.service';
import { ModerationMailTexts } from './moderation.mail-texts';

/**
 * Flags, the moderators' queue, hide and restore, suspensions (and the guard that refuses a
 * suspended account's writes, for the whole application), the moderation log and the public
 * transparency counts. Generic: the domains declare their flaggable records with `@Flaggable`
 * (flag-target.ts); this module lists none of them. Other domains record their moderators'
 * actions in the log through the exported ModerationService (`record`).
 */
@Module({
  imports: [IdentityModule, NotificationsModule],
  providers: [
    ModerationMailTexts,
    ModerationRepository,
    SuspensionsRepository,
    ModerationService,
    SuspensionsService,
    ModerationResolver,
    FlaggedItemResolver,
    ModeratedContentResolver,
    SuspensionResolver,
    ModerationLogEntryResolver,
    ModerationPersonalData,
    ModerationDemoSeed,
    { provide: APP_GUARD, useClass: SuspensionGuard },
  ],
  exports: [ModerationService],
})
export class ModerationModule {}
