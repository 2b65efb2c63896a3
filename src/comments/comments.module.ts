import { Module } from '@nestjs/common';
import { IdentityModule } from '../identity/identity.module';
import { CommentPersonalData } from './comment-personal-data';
import { CommentTargetRegistry } from './comment-targets';
import { CommentsRepository } from './comments.repository';
import { CommentsResolver } from './comments.resolver';
import { CommentsService } from './comments.service';

/**
 * Comments shared by the domains that register a CommentTarget (proposals today; forum topics and
 * consultations when they land). Exports the service and the registry targets register with.
 */
@Module({
  imports: [IdentityModule],
  providers: [CommentsRepository, CommentsService, CommentsResolver, CommentTargetRegistry, CommentPersonalData],
  exports: [CommentsService, CommentTargetRegistry],
})
export class CommentsModule {}
