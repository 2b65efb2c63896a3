import { Args, Context, ID, Info, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { GraphQLResolveInfo } from 'graphql';
import { Public, Roles } from '../auth/decorators';
import { Role } from '../auth/role';
import { CurrentViewer, Viewer } from '../auth/viewer';
import { CommentsService } from '../comments/comments.service';
import { CommentConnection } from '../comments/dto/comment.object';
import { CategoryObject } from '../commune/dto/commune.objects';
import { CommuneService } from '../commune/commune.service';
import { GraphQLContext } from '../graphql/context';
import { ConnectionArgs } from '../graphql/pagination';
import { UserObject } from '../identity/dto/identity.objects';
import { IdentityService } from '../identity/identity.service';
import { ImageObject } from '../media/dto/image.object';
import { imageTargetKey, MediaService } from '../media/media.service';
import { mayReadHidden } from '../moderation/flag-target';
import { NotificationsService } from '../notifications/notifications.service';
import { PROPOSAL_TARGET } from './proposal.notifications';
import { ProposalEventKind, ProposalStatus } from './proposal-status';
import { ProposalEventRow, ProposalRow } from './proposals.repository';
import { ProposalsService } from './proposals.service';
import {
  OfficialAnswerObject,
  ProposalConnection,
  ProposalEventObject,
  ProposalLocationObject,
  ProposalObject,
  ProposalProgressUpdateObject,
} from './dto/proposal.object';
import { AnswerProposalInput, CreateProposalInput, ProgressUpdateInput, UpdateProposalInput } from './dto/proposal.inputs';
import { ProposalIdArgs, ProposalsArgs, SimilarProposalsArgs } from './dto/proposals.args';

/** A hidden proposal's content reaches its author and moderators only; a shown one, everyone who sees it. */
const contentShown = (viewer: Viewer | null, p: ProposalRow) => !p.hiddenAt || mayReadHidden(viewer, p.authorId);

@Resolver(() => ProposalObject)
export class ProposalsResolver {
  constructor(
    private readonly proposals: ProposalsService,
    private readonly commentsService: CommentsService,
    private readonly identity: IdentityService,
    private readonly commune: CommuneService,
    private readonly media: MediaService,
    private readonly notifications: NotificationsService,
  ) {}

  @Public()
  @Query(() => ProposalConnection, { name: 'proposals', description: 'Proposals, filtered and sorted (newest first by default).' })
  listProposals(@Args() args: ProposalsArgs, @CurrentViewer() viewer: Viewer | null) {
    return this.proposals.list(viewer, args);
  }

  @Public()
  @Query(() => ProposalObject, { nullable: true, description: 'One proposal; null when missing or someone else’s draft.' })
  proposal(@Args() args: ProposalIdArgs, @CurrentViewer() viewer: Viewer | null) {
    return this.proposals.findVisible(viewer, args.id);
  }

  @Public()
  @Query(() => [ProposalObject], {
    description: 'Published proposals most like a title and body being written, most similar first: support one instead of filing a twin.',
  })
  similarProposals(@Args() args: SimilarProposalsArgs) {
    return this.proposals.similar(args.title, args.body, args.first);
  }

  @Mutation(() => ProposalObject, { description: 'Start a proposal, saved as a DRAFT that only its author sees.' })
  createProposal(@Args('input', { description: 'The draft’s content.' }) input: CreateProposalInput, @CurrentViewer() viewer: Viewer) {
    return this.proposals.create(viewer, input);
  }

  @Mutation(() => ProposalObject, { description: 'Change one’s own draft.' })
  updateProposal(
    @Args('id', { type: () => ID, description: 'The proposal.' }) id: string,
    @Args('input', { description: 'The fields to change.' }) input: UpdateProposalInput,
    @CurrentViewer() viewer: Viewer,
  ) {
    return this.proposals.update(viewer, id, input);
  }

  @Mutation(() => ProposalObject, { description: 'Publish one’s own draft: it becomes public and collects supports.' })
  publishProposal(@Args() args: ProposalIdArgs, @CurrentViewer() viewer: Viewer) {
    return this.proposals.publish(viewer, args.id);
  }

  @Mutation(() => ProposalObject, { description: 'Withdraw one’s own proposal before the council’s answer.' })
  withdrawProposal(@Args() args: ProposalIdArgs, @CurrentViewer() viewer: Viewer) {
    return this.proposals.withdraw(viewer, args.id);
  }

  @Mutation(() => ProposalObject, { description: 'Support a proposal (once; a second call changes nothing).' })
  supportProposal(@Args() args: ProposalIdArgs, @CurrentViewer() viewer: Viewer) {
    return this.proposals.support(viewer, args.id);
  }

  @Mutation(() => ProposalObject, { description: 'Take one’s support back, while supports are collected.' })
  withdrawSupport(@Args() args: ProposalIdArgs, @CurrentViewer() viewer: Viewer) {
    return this.proposals.withdrawSupport(viewer, args.id);
  }

  @Roles(Role.COUNCIL)
  @Mutation(() => ProposalObject, { description: 'Council: put under review, accept or reject, with a public answer.' })
  answerProposal(
    @Args('id', { type: () => ID, description: 'The proposal.' }) id: string,
    @Args('input', { description: 'The decision and its public text.' }) input: AnswerProposalInput,
    @CurrentViewer() viewer: Viewer,
  ) {
    return this.proposals.answer(viewer, id, input.status, input.body);
  }

  @Roles(Role.COUNCIL)
  @Mutation(() => ProposalObject, {
    description: 'Council: a dated progress update (and IN_PROGRESS or COMPLETED) on an accepted proposal.',
  })
  addProgressUpdate(
    @Args('id', { type: () => ID, description: 'The proposal.' }) id: string,
    @Args('input', { description: 'The update.' }) input: ProgressUpdateInput,
    @CurrentViewer() viewer: Viewer,
  ) {
    return this.proposals.addProgressUpdate(viewer, id, input);
  }

  @ResolveField(() => String, {
    description: 'Title, plain text. Empty while hidden by a moderator, for everyone but its author and moderators (see `hidden`).',
  })
  title(@Parent() p: ProposalRow, @CurrentViewer() viewer: Viewer | null): string {
    return contentShown(viewer, p) ? p.title : '';
  }

  @ResolveField(() => String, {
    description: 'Description, plain text. Empty while hidden by a moderator, for everyone but its author and moderators.',
  })
  body(@Parent() p: ProposalRow, @CurrentViewer() viewer: Viewer | null): string {
    return contentShown(viewer, p) ? p.body : '';
  }

  @ResolveField(() => Boolean, {
    description:
      'Hidden by a moderator: gone from lists and searches, shown as "hidden by moderation" in its place; its title, text, photos and map point only to its author and moderators.',
  })
  hidden(@Parent() p: ProposalRow): boolean {
    return p.hiddenAt !== null;
  }

  @ResolveField(() => String, {
    nullable: true,
    description: 'Why a moderator hid it: to its author and moderators only (null otherwise, and while shown).',
  })
  hiddenReason(@Parent() p: ProposalRow, @CurrentViewer() viewer: Viewer | null): string | null {
    return p.hiddenAt && mayReadHidden(viewer, p.authorId) ? p.hiddenReason : null;
  }

  @ResolveField(() => UserObject, { description: 'Who proposed it.' })
  author(@Parent() p: ProposalRow, @Context() ctx: GraphQLContext) {
    return ctx.loaders.get(this.identity.userLoader).load(p.authorId);
  }

  @ResolveField(() => CategoryObject, { nullable: true, description: 'Its theme, if any.' })
  category(@Parent() p: ProposalRow, @Context() ctx: GraphQLContext) {
    return p.categoryId ? ctx.loaders.get(this.commune.categoryById).load(p.categoryId) : null;
  }

  @ResolveField(() => ProposalLocationObject, { nullable: true, description: 'Where on the map, if anywhere.' })
  location(@Parent() p: ProposalRow, @CurrentViewer() viewer: Viewer | null): ProposalLocationObject | null {
    if (!contentShown(viewer, p)) return null;
    return p.locationLat === null || p.locationLng === null ? null : { lat: p.locationLat, lng: p.locationLng };
  }

  @ResolveField(() => [ImageObject], { description: 'Its photos, in the order its author gave them.' })
  async images(@Parent() p: ProposalRow, @CurrentViewer() viewer: Viewer | null, @Context() ctx: GraphQLContext): Promise<ImageObject[]> {
    if (!contentShown(viewer, p)) return [];
    // Rows reach this resolver only once visible to the viewer (drafts to their author), who gets
    // signed URLs for a draft's photos: they are not public yet.
    const images = await ctx.loaders.get(this.media.imagesByTarget).load(imageTargetKey({ type: 'PROPOSAL', id: p.id }));
    return p.status === ProposalStatus.DRAFT ? this.media.restricted(images) : images;
  }

  @ResolveField(() => Int, { description: 'Supports needed for the council to review it (fixed when published).' })
  supportThreshold(@Parent() p: ProposalRow): number {
    return p.supportThreshold ?? this.proposals.defaultThreshold;
  }

  @ResolveField(() => Boolean, { description: 'Whether supports are being collected now.' })
  supportsOpen(@Parent() p: ProposalRow): boolean {
    return this.proposals.supportsOpen(p);
  }

  @ResolveField(() => Boolean, { description: 'Whether the viewer supports it (false for visitors).' })
  viewerHasSupported(@Parent() p: ProposalRow, @CurrentViewer() viewer: Viewer | null, @Context() ctx: GraphQLContext) {
    if (!viewer) return false;
    // Lists and the proposal page read it with the row, for this request's viewer.
    if (p.viewerSupports !== undefined) return p.viewerSupports;
    return ctx.loaders.get(this.proposals.viewerSupports).load(`${viewer.id}:${p.id}`);
  }

  @ResolveField(() => Int, {
    description:
      'How many users follow it (its author from creation and each supporter from their support, unless they unfollowed, plus those who chose to follow it).',
  })
  async followerCount(@Parent() p: ProposalRow, @CurrentViewer() viewer: Viewer | null, @Context() ctx: GraphQLContext) {
    return (await this.notifications.followState(ctx.loaders, viewer, PROPOSAL_TARGET, p.id)).followerCount;
  }

  @ResolveField(() => Boolean, { description: 'Whether the viewer follows it, i.e. is notified of its changes (false for visitors).' })
  async viewerIsFollowing(@Parent() p: ProposalRow, @CurrentViewer() viewer: Viewer | null, @Context() ctx: GraphQLContext) {
    if (!viewer) return false;
    return (await this.notifications.followState(ctx.loaders, viewer, PROPOSAL_TARGET, p.id)).viewerIsFollowing;
  }

  @ResolveField(() => CommentConnection, { description: 'Top-level comments, oldest first (replies under each).' })
  comments(
    @Parent() p: ProposalRow,
    @Args() args: ConnectionArgs,
    @CurrentViewer() viewer: Viewer | null,
    @Context() ctx: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return this.commentsService.connectionForTarget(ctx.loaders, PROPOSAL_TARGET, p.id, args, viewer, info);
  }

  @ResolveField(() => OfficialAnswerObject, { nullable: true, description: 'The council’s latest public answer; null before any.' })
  officialAnswer(@Parent() p: ProposalRow): OfficialAnswerObject | null {
    if (!p.answerStatus || p.answerBody === null || !p.answeredAt || !p.answerAuthorId) return null;
    return { status: p.answerStatus, body: p.answerBody, publishedAt: p.answeredAt, authorId: p.answerAuthorId };
  }

  @ResolveField(() => [ProposalProgressUpdateObject], { description: 'The council’s progress updates, oldest first.' })
  async progressUpdates(@Parent() p: ProposalRow, @Context() ctx: GraphQLContext): Promise<ProposalProgressUpdateObject[]> {
    const events = p.events ?? (await ctx.loaders.get(this.proposals.eventsByProposal).load(p.id));
    return events
      .filter((e) => e.kind === ProposalEventKind.PROGRESS_UPDATE || e.kind === ProposalEventKind.COMPLETED)
      .map((e) => ({ id: e.id, body: e.body ?? '', progress: e.progress ?? 0, createdAt: e.createdAt, authorId: e.authorId }));
  }

  @ResolveField(() => [ProposalEventObject], {
    description: 'The public story of the proposal, oldest first: published, threshold reached, under review, answer, progress, completed.',
  })
  timeline(@Parent() p: ProposalRow, @Context() ctx: GraphQLContext): Promise<ProposalEventRow[]> {
    // The proposal page reads the timeline with the proposal; lists batch it.
    return p.events ? Promise.resolve(p.events) : ctx.loaders.get(this.proposals.eventsByProposal).load(p.id);
  }
}

/** Authors of the council's answers, progress updates and timeline steps (through the users loader). */
@Resolver(() => OfficialAnswerObject)
export class OfficialAnswerResolver {
  constructor(private readonly identity: IdentityService) {}

  @ResolveField(() => UserObject, { description: 'The councillor who answered.' })
  author(@Parent() a: OfficialAnswerObject, @Context() ctx: GraphQLContext) {
    return ctx.loaders.get(this.identity.userLoader).load(a.authorId);
  }
}

@Resolver(() => ProposalProgressUpdateObject)
export class ProposalProgressUpdateResolver {
  constructor(private readonly identity: IdentityService) {}

  @ResolveField(() => UserObject, { nullable: true, description: 'The councillor who wrote it.' })
  author(@Parent() u: ProposalProgressUpdateObject, @Context() ctx: GraphQLContext) {
    return u.authorId ? ctx.loaders.get(this.identity.userLoader).load(u.authorId) : null;
  }
}

@Resolver(() => ProposalEventObject)
export class ProposalEventResolver {
  constructor(private readonly identity: IdentityService) {}

  @ResolveField(() => UserObject, { nullable: true, description: 'Who made the step; null when the system did (threshold reached).' })
  author(@Parent() e: ProposalEventRow, @Context() ctx: GraphQLContext) {
    return e.authorId ? ctx.loaders.get(this.identity.userLoader).load(e.authorId) : null;
  }
}
