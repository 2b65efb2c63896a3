import { Module } from '@nestjs/common';
import { CommentsModule } from '../comments/comments.module';
import { IdentityModule } from '../identity/identity.module';
import { MediaModule } from '../media/media.module';
import { ModerationModule } from '../moderation/moderation.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { ForumTopicFlagTarget } from './forum-flag-target';
import { ForumPersonalData } from './forum-personal-data';
import { ForumFollowTarget, ForumTopicTargets } from './forum-targets';
import { ForumsRepository } from './forums.repository';
import { ForumsResolver, ForumTopicsResolver } from './forums.resolver';
import { ForumsDemoSeed } from './forums.seed';
import { ForumsService } from './forums.service';
import { ForumMailTexts } from './forum.mail-texts';

@Module({
  imports: [IdentityModule, CommentsModule, MediaModule, NotificationsModule, ModerationModule],
  providers: [
    ForumMailTexts,
    ForumsRepository,
    ForumsService,
    ForumsResolver,
    ForumTopicsResolver,
    ForumTopicTargets,
    ForumFollowTarget,
    ForumTopicFlagTarget,
    ForumPersonalData,
    ForumsDemoSeed,
  ],
  exports: [ForumsService],
})
export class ForumsModule {}
