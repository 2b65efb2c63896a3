import { Module } from '@nestjs/common';
import { IdentityModule } from '../identity/identity.module';
import { CommentFlagTarget } from './comment-flag-target';
import { CommentPersonalData } from './comment-personal-data';
import { CommentsRepository } from './comments.repository';
import { CommentsResolver } from './comments.resolver';
import { CommentsService } from './comments.service';

/**
 * Comments shared by every domain that declares a `@Commentable` provider (comment-targets.ts):
 * this module lists none of them.
 */
@Module({
  imports: [IdentityModule],
  providers: [CommentsRepository, CommentsService, CommentsResolver, CommentPersonalData, CommentFlagTarget],
  exports: [CommentsService],
})
export class CommentsModule {}
