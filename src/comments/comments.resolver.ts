import { Args, Context, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Public } from '../auth/decorators';
import { CurrentViewer, Viewer } from '../auth/viewer';
import { Clock } from '../common/clock';
import { GraphQLContext } from '../graphql/context';
import { ConnectionArgs } from '../graphql/pagination';
import { UserObject } from '../identity/dto/identity.objects';
import { IdentityService } from '../identity/identity.service';
import { mayReadHidden } from '../moderation/flag-target';
import { bodyVisibleTo, editableUntil, editRefusal } from './comment.policy';
import { CommentsService } from './comments.service';
import { CommentPageRow, CommentRow } from './comments.repository';
import { CommentConnection, CommentObject } from './dto/comment.object';
import { AddCommentInput, CommentIdArgs, EditCommentArgs, VoteCommentArgs } from './dto/comment.inputs';

@Resolver(() => CommentObject)
export class CommentsResolver {
  constructor(
    private readonly comments: CommentsService,
    private readonly identity: IdentityService,
    private readonly clock: Clock,
  ) {}

  @Public()
  @Query(() => CommentObject, { nullable: true, description: 'One comment; null when missing or on a record the viewer cannot see.' })
  comment(@Args() args: CommentIdArgs, @CurrentViewer() viewer: Viewer | null) {
    return this.comments.findVisible(viewer, args.id);
  }

  @Mutation(() => CommentObject, { description: 'Comment on a proposal, forum topic or consultation, or reply to a comment.' })
  addComment(@Args('input', { description: 'What to comment on, and the text.' }) input: AddCommentInput, @CurrentViewer() viewer: Viewer) {
    return this.comments.add(viewer, input);
  }

  @Mutation(() => CommentObject, { description: 'Vote on a comment: 1, -1, or 0 to remove the vote. One vote per person, changeable.' })
  voteComment(@Args() args: VoteCommentArgs, @CurrentViewer() viewer: Viewer) {
    return this.comments.vote(viewer, args.id, args.value);
  }

  @Mutation(() => CommentObject, { description: 'Change the text of one’s own comment, within 15 minutes of writing it.' })
  editComment(@Args() args: EditCommentArgs, @CurrentViewer() viewer: Viewer) {
    return this.comments.edit(viewer, args.id, args.body);
  }

  @Mutation(() => CommentObject, { description: 'Delete one’s own comment: it stays in the thread as deleted, with its replies.' })
  deleteComment(@Args() args: CommentIdArgs, @CurrentViewer() viewer: Viewer) {
    return this.comments.delete(viewer, args.id);
  }

  @ResolveField(() => String, {
    nullable: true,
    description: 'The text exactly as typed; null when deleted, and while hidden for everyone but its author and moderators.',
  })
  body(@Parent() c: CommentRow, @CurrentViewer() viewer: Viewer | null): string | null {
    return bodyVisibleTo(viewer, c) ? c.body : null;
  }

  @ResolveField(() => UserObject, { nullable: true, description: 'Who wrote it; null once deleted.' })
  author(@Parent() c: CommentRow, @Context() ctx: GraphQLContext) {
    return c.deletedAt ? null : ctx.loaders.get(this.identity.userLoader).load(c.authorId);
  }

  @ResolveField(() => Boolean, { description: 'Hidden by a moderator: the text is withheld from the public.' })
  hidden(@Parent() c: CommentRow): boolean {
    return c.hiddenAt !== null;
  }

  @ResolveField(() => String, {
    nullable: true,
    description: 'Why a moderator hid it: to its author and moderators only (null otherwise, and while shown).',
  })
  hiddenReason(@Parent() c: CommentRow, @CurrentViewer() viewer: Viewer | null): string | null {
    return c.hiddenAt && mayReadHidden(viewer, c.authorId) ? c.hiddenReason : null;
  }

  @ResolveField(() => Boolean, { description: 'Deleted by its author: shown as deleted, replies kept.' })
  deleted(@Parent() c: CommentRow): boolean {
    return c.deletedAt !== null;
  }

  @ResolveField(() => CommentObject, { nullable: true, description: 'The comment this one replies to; null for a top-level comment.' })
  parent(@Parent() c: CommentRow, @Context() ctx: GraphQLContext) {
    return c.parentId ? ctx.loaders.get(this.comments.commentById).load(c.parentId) : null;
  }

  @ResolveField(() => CommentConnection, { description: 'Direct replies, oldest first.' })
  replies(
    @Parent() c: CommentRow | CommentPageRow,
    @Args() args: ConnectionArgs,
    @CurrentViewer() viewer: Viewer | null,
    @Context() ctx: GraphQLContext,
  ) {
    return this.comments.repliesConnection(ctx.loaders, c, args, viewer);
  }

  @ResolveField(() => Int, { description: 'The viewer’s vote: 1, -1, or 0 (none, or not signed in).' })
  viewerVote(@Parent() c: CommentRow | CommentPageRow, @CurrentViewer() viewer: Viewer | null, @Context() ctx: GraphQLContext) {
    if (!viewer) return 0;
    // A comment read in a page for this request's viewer came with the vote.
    if ('viewerVote' in c && c.viewerVote !== null) return c.viewerVote;
    return ctx.loaders.get(this.comments.viewerVote).load(`${viewer.id}:${c.id}`);
  }

  @ResolveField(() => Date, { description: 'Until when its author may change the text (15 minutes after writing).' })
  editableUntil(@Parent() c: CommentRow): Date {
    return editableUntil(c);
  }

  @ResolveField(() => Boolean, { description: 'Whether the viewer may change the text now.' })
  viewerCanEdit(@Parent() c: CommentRow, @CurrentViewer() viewer: Viewer | null): boolean {
    return editRefusal(viewer, c, this.clock.now()) === null;
  }
}
