import { Args, Context, ID, Info, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { GraphQLResolveInfo } from 'graphql';
import { Public, Roles } from '../auth/decorators';
import { Role } from '../auth/role';
import { CurrentViewer, Viewer } from '../auth/viewer';
import { Clock } from '../common/clock';
import { CommentsService } from '../comments/comments.service';
import { CommentConnection } from '../comments/dto/comment.object';
import { GraphQLContext } from '../graphql/context';
import { ConnectionArgs, toConnection } from '../graphql/pagination';
import { UserObject } from '../identity/dto/identity.objects';
import { IdentityService } from '../identity/identity.service';
import { ImageObject } from '../media/dto/image.object';
import { imageTargetKey, MediaService } from '../media/media.service';
import { NotificationsService } from '../notifications/notifications.service';
import { FORUM_TARGET, FORUM_TOPIC_TARGET } from './forum.notifications';
import { commentRefusal, editRefusal, MAX_ACTIVE_FORUMS, mayReadContent, mayReadHidden } from './forum.policy';
import { ForumRow, TopicRow } from './forums.repository';
import { ForumsService } from './forums.service';
import { ForumConnection, ForumObject, ForumTopicConnection, ForumTopicObject } from './dto/forum.object';
import {
  CreateForumInput,
  CreateForumTopicInput,
  ForumIdArgs,
  ForumTopicIdArgs,
  ForumTopicsArgs,
  MoveForumArgs,
  ReorderForumsArgs,
  SetTopicLockedArgs,
  SetTopicPinnedArgs,
  UpdateForumInput,
  UpdateForumTopicInput,
} from './dto/forum.inputs';

@Resolver(() => ForumObject)
export class ForumsResolver {
  constructor(
    private readonly forums: ForumsService,
    private readonly notifications: NotificationsService,
  ) {}

  @Public()
  @Query(() => [ForumObject], {
    name: 'forums',
    description: `The active forums, in the council’s order (at most ${MAX_ACTIVE_FORUMS}, so the list is not paged).`,
    // Its items are bounded but not paged: counted as the most there can be, so `topics` under it stays cheap.
    complexity: ({ childComplexity }) => 1 + MAX_ACTIVE_FORUMS * childComplexity,
  })
  listForums() {
    return this.forums.listActive();
  }

  @Public()
  @Query(() => ForumObject, { nullable: true, description: 'One forum, active or archived; null when unknown.' })
  forum(@Args() args: ForumIdArgs) {
    return this.forums.findForum(args.id);
  }

  @Roles(Role.COUNCIL)
  @Query(() => ForumConnection, { description: 'Council: the archived forums, most recently archived first.' })
  archivedForums(@Args() args: ConnectionArgs, @CurrentViewer() viewer: Viewer) {
    return this.forums.archivedForums(viewer, args);
  }

  @Roles(Role.COUNCIL)
  @Mutation(() => ForumObject, { description: 'Council: a new forum, last in the list (at most 100 active).' })
  createForum(@Args('input', { description: 'The forum.' }) input: CreateForumInput, @CurrentViewer() viewer: Viewer) {
    return this.forums.createForum(viewer, input);
  }

  @Roles(Role.COUNCIL)
  @Mutation(() => ForumObject, { description: 'Council: change a forum’s title or description.' })
  updateForum(
    @Args('id', { type: () => ID, description: 'The forum.' }) id: string,
    @Args('input', { description: 'The fields to change.' }) input: UpdateForumInput,
    @CurrentViewer() viewer: Viewer,
  ) {
    return this.forums.updateForum(viewer, id, input);
  }

  @Roles(Role.COUNCIL)
  @Mutation(() => [ForumObject], { description: 'Council: move an active forum one place up or down; answers the active forums in order.' })
  moveForum(@Args() args: MoveForumArgs, @CurrentViewer() viewer: Viewer) {
    return this.forums.moveForum(viewer, args.id, args.direction);
  }

  @Roles(Role.COUNCIL)
  @Mutation(() => [ForumObject], { description: 'Council: put every active forum in a new order; answers them in that order.' })
  reorderForums(@Args() args: ReorderForumsArgs, @CurrentViewer() viewer: Viewer) {
    return this.forums.reorderForums(viewer, args.ids);
  }

  @Roles(Role.COUNCIL)
  @Mutation(() => ForumObject, {
    description: 'Council: archive a forum: it leaves the list and becomes read only; its topics stay at their addresses.',
  })
  archiveForum(@Args() args: ForumIdArgs, @CurrentViewer() viewer: Viewer) {
    return this.forums.archiveForum(viewer, args.id);
  }

  @Roles(Role.COUNCIL)
  @Mutation(() => ForumObject, { description: 'Council: make an archived forum active again, last in the list.' })
  restoreForum(@Args() args: ForumIdArgs, @CurrentViewer() viewer: Viewer) {
    return this.forums.restoreForum(viewer, args.id);
  }

  @ResolveField(() => Boolean, { description: 'Archived by the council: read only, not in `forums`.' })
  archived(@Parent() f: ForumRow): boolean {
    return f.archivedAt !== null;
  }

  @ResolveField(() => Date, { nullable: true, description: 'The latest activity among its listed topics; null without topics.' })
  lastActivityAt(@Parent() f: ForumRow, @Context() ctx: GraphQLContext) {
    return ctx.loaders.get(this.forums.lastActivityByForum).load(f.id);
  }

  @ResolveField(() => ForumTopicConnection, {
    description: 'Its topics, pinned first, then in the order asked (hidden ones are not listed).',
  })
  topics(@Parent() f: ForumRow, @Args() args: ForumTopicsArgs, @Context() ctx: GraphQLContext) {
    return this.forums.topicsConnection(ctx.loaders, f, args);
  }

  @ResolveField(() => Int, { description: 'How many users follow it (told of each new topic).' })
  async followerCount(@Parent() f: ForumRow, @CurrentViewer() viewer: Viewer | null, @Context() ctx: GraphQLContext) {
    return (await this.notifications.followState(ctx.loaders, viewer, FORUM_TARGET, f.id)).followerCount;
  }

  @ResolveField(() => Boolean, { description: 'Whether the viewer follows it (false for visitors).' })
  async viewerIsFollowing(@Parent() f: ForumRow, @CurrentViewer() viewer: Viewer | null, @Context() ctx: GraphQLContext) {
    if (!viewer) return false;
    return (await this.notifications.followState(ctx.loaders, viewer, FORUM_TARGET, f.id)).viewerIsFollowing;
  }
}

@Resolver(() => ForumTopicObject)
export class ForumTopicsResolver {
  constructor(
    private readonly forums: ForumsService,
    private readonly commentsService: CommentsService,
    private readonly identity: IdentityService,
    private readonly media: MediaService,
    private readonly notifications: NotificationsService,
    private readonly clock: Clock,
  ) {}

  @Public()
  @Query(() => ForumTopicObject, { nullable: true, description: 'One topic (a hidden one shows as hidden); null when unknown.' })
  forumTopic(@Args() args: ForumTopicIdArgs) {
    return this.forums.findTopic(args.id);
  }

  @Mutation(() => ForumTopicObject, { description: 'Open a topic in an active forum (signed-in residents); its author follows it.' })
  createForumTopic(@Args('input', { description: 'The topic.' }) input: CreateForumTopicInput, @CurrentViewer() viewer: Viewer) {
    return this.forums.createTopic(viewer, input);
  }

  @Mutation(() => ForumTopicObject, {
    description: 'Change one’s topic while nobody has commented, or within 15 minutes of opening it (not once locked or hidden).',
  })
  updateForumTopic(
    @Args('id', { type: () => ID, description: 'The topic.' }) id: string,
    @Args('input', { description: 'The fields to change.' }) input: UpdateForumTopicInput,
    @CurrentViewer() viewer: Viewer,
  ) {
    return this.forums.updateTopic(viewer, id, input);
  }

  @Roles(Role.MODERATOR)
  @Mutation(() => ForumTopicObject, { description: 'Moderator: pin a topic (listed first in its forum) or unpin it.' })
  setTopicPinned(@Args() args: SetTopicPinnedArgs, @CurrentViewer() viewer: Viewer) {
    return this.forums.setPinned(viewer, args.id, args.pinned);
  }

  @Roles(Role.MODERATOR)
  @Mutation(() => ForumTopicObject, { description: 'Moderator: lock a topic (no new comment, no edit) or unlock it.' })
  setTopicLocked(@Args() args: SetTopicLockedArgs, @CurrentViewer() viewer: Viewer) {
    return this.forums.setLocked(viewer, args.id, args.locked);
  }

  @ResolveField(() => String, { nullable: true, description: 'Title, plain text; null when hidden, except for its author and moderators.' })
  title(@Parent() t: TopicRow, @CurrentViewer() viewer: Viewer | null): string | null {
    return mayReadContent(viewer, t) ? t.title : null;
  }

  @ResolveField(() => String, { nullable: true, description: 'Text, plain text; null when hidden, except for its author and moderators.' })
  body(@Parent() t: TopicRow, @CurrentViewer() viewer: Viewer | null): string | null {
    return mayReadContent(viewer, t) ? t.body : null;
  }

  @ResolveField(() => Boolean, { description: 'Hidden by moderation: not listed, read only, its content withheld from the public.' })
  hidden(@Parent() t: TopicRow): boolean {
    return t.hiddenAt !== null;
  }

  @ResolveField(() => String, { nullable: true, description: 'Why moderators hid it: to its author and moderators only; null otherwise.' })
  hiddenReason(@Parent() t: TopicRow, @CurrentViewer() viewer: Viewer | null): string | null {
    return t.hiddenAt && mayReadHidden(viewer, t) ? t.hiddenReason : null;
  }

  @ResolveField(() => UserObject, { description: 'Who opened it.' })
  author(@Parent() t: TopicRow, @Context() ctx: GraphQLContext) {
    return ctx.loaders.get(this.identity.userLoader).load(t.authorId);
  }

  @ResolveField(() => ForumObject, { description: 'The forum it was opened in.' })
  forum(@Parent() t: TopicRow, @Context() ctx: GraphQLContext) {
    return ctx.loaders.get(this.forums.forumById).load(t.forumId);
  }

  @ResolveField(() => [ImageObject], { description: 'Its photos, in the order its author gave them (none for the public once hidden).' })
  async images(@Parent() t: TopicRow, @CurrentViewer() viewer: Viewer | null, @Context() ctx: GraphQLContext): Promise<ImageObject[]> {
    if (!mayReadContent(viewer, t)) return [];
    const images = await ctx.loaders.get(this.media.imagesByTarget).load(imageTargetKey({ type: FORUM_TOPIC_TARGET, id: t.id }));
    // A hidden topic's photos are no longer public: its author and moderators get signed URLs.
    return t.hiddenAt ? this.media.restricted(images) : images;
  }

  @ResolveField(() => CommentConnection, {
    description: 'Top-level comments, oldest first (replies under each); none for the public once hidden.',
  })
  comments(
    @Parent() t: TopicRow,
    @Args() args: ConnectionArgs,
    @CurrentViewer() viewer: Viewer | null,
    @Context() ctx: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    if (!mayReadContent(viewer, t)) return toConnection([], args.first, () => [null, ''], 0);
    return this.commentsService.connectionForTarget(ctx.loaders, FORUM_TOPIC_TARGET, t.id, args, viewer, info);
  }

  @ResolveField(() => Boolean, { description: 'Whether it takes new comments now (not locked, not hidden, its forum not archived).' })
  commentsOpen(@Parent() t: TopicRow): boolean {
    return commentRefusal(t) === null;
  }

  @ResolveField(() => Boolean, {
    description: 'Whether the viewer may change it now (its author, while nobody has commented or within 15 minutes of opening it).',
  })
  viewerCanEdit(@Parent() t: TopicRow, @CurrentViewer() viewer: Viewer | null): boolean {
    return editRefusal(viewer, t, this.clock.now()) === null;
  }

  @ResolveField(() => Int, { description: 'How many users follow it (told of each new comment).' })
  async followerCount(@Parent() t: TopicRow, @CurrentViewer() viewer: Viewer | null, @Context() ctx: GraphQLContext) {
    return (await this.notifications.followState(ctx.loaders, viewer, FORUM_TOPIC_TARGET, t.id)).followerCount;
  }

  @ResolveField(() => Boolean, { description: 'Whether the viewer follows it (false for visitors).' })
  async viewerIsFollowing(@Parent() t: TopicRow, @CurrentViewer() viewer: Viewer | null, @Context() ctx: GraphQLContext) {
    if (!viewer) return false;
    return (await this.notifications.followState(ctx.loaders, viewer, FORUM_TOPIC_TARGET, t.id)).viewerIsFollowing;
  }
}
