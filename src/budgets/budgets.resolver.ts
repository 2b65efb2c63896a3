import { Args, Context, ID, Info, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { GraphQLResolveInfo } from 'graphql';
import { Public, Roles } from '../auth/decorators';
import { Role } from '../auth/role';
import { CurrentViewer, Viewer } from '../auth/viewer';
import { CommentsService } from '../comments/comments.service';
import { CommentConnection } from '../comments/dto/comment.object';
import { GraphQLContext } from '../graphql/context';
import { ConnectionArgs, toConnection } from '../graphql/pagination';
import { UserObject } from '../identity/dto/identity.objects';
import { IdentityService } from '../identity/identity.service';
import { ImageObject } from '../media/dto/image.object';
import { imageTargetKey, MediaService } from '../media/media.service';
import { NotificationsService } from '../notifications/notifications.service';
import { ProposalObject } from '../proposals/dto/proposal.object';
import { ProposalsService } from '../proposals/proposals.service';
import { BUDGET_PROJECT_TARGET, BUDGET_PROJECT_UPDATE_TARGET, BUDGET_TARGET } from './budget.notifications';
import { boundsOf, mayReadContent, PHASES, rank } from './budget.policy';
import { BudgetRow, EnvelopeRow, ProjectRow, ProjectUpdateRow } from './budgets.repository';
import { BudgetsService, ProjectResult } from './budgets.service';
import {
  BallotChoiceObject,
  BudgetConnection,
  BudgetEnvelopeObject,
  BudgetLocationObject,
  BudgetObject,
  BudgetParticipationObject,
  BudgetTurnoutObject,
  BudgetPhaseDatesObject,
  BudgetPhaseEnum,
  BudgetProjectConnection,
  BudgetProjectObject,
  BudgetProjectStatusEnum,
  BudgetProjectUpdateConnection,
  BudgetProjectUpdateObject,
  BudgetResultObject,
} from './dto/budget.object';
import {
  BudgetIdArgs,
  BudgetProjectIdArgs,
  BudgetProjectsArgs,
  BudgetProjectUpdateInput,
  CreateBudgetInput,
  MergeBudgetProjectsArgs,
  ReviewBudgetProjectInput,
  SetBallotArgs,
  SubmitBudgetProjectInput,
  UpdateBudgetInput,
} from './dto/budget.inputs';

@Resolver(() => BudgetObject)
export class BudgetsResolver {
  constructor(
    private readonly budgets: BudgetsService,
    private readonly commentsService: CommentsService,
    private readonly notifications: NotificationsService,
  ) {}

  @Public()
  @Query(() => BudgetConnection, { name: 'budgets', description: 'The participatory budget editions, newest first.' })
  listBudgets(@Args() args: ConnectionArgs, @CurrentViewer() viewer: Viewer | null) {
    return this.budgets.list(viewer, args);
  }

  @Public()
  @Query(() => BudgetObject, {
    nullable: true,
    description: 'One edition; null when unknown, or hidden by moderation (except for its creator and moderators).',
  })
  budget(@Args() args: BudgetIdArgs, @CurrentViewer() viewer: Viewer | null) {
    return this.budgets.find(viewer, args.id);
  }

  @Roles(Role.COUNCIL)
  @Mutation(() => BudgetObject, { description: 'Council: a new edition with its envelopes and dated phases.' })
  createBudget(@Args('input', { description: 'The edition.' }) input: CreateBudgetInput, @CurrentViewer() viewer: Viewer) {
    return this.budgets.create(viewer, input);
  }

  @Roles(Role.COUNCIL)
  @Mutation(() => BudgetObject, {
    description: 'Council: change an edition (its rules, style, limits and envelopes only until voting opens).',
  })
  updateBudget(
    @Args('id', { type: () => ID, description: 'The edition.' }) id: string,
    @Args('input', { description: 'The fields to change.' }) input: UpdateBudgetInput,
    @CurrentViewer() viewer: Viewer,
  ) {
    return this.budgets.update(viewer, id, input);
  }

  @Roles(Role.COUNCIL)
  @Mutation(() => BudgetObject, { description: 'Council: close the current phase now; the next one opens (the later dates shift).' })
  advanceBudgetPhase(@Args() args: BudgetIdArgs, @CurrentViewer() viewer: Viewer) {
    return this.budgets.advancePhase(viewer, args.id);
  }

  @Mutation(() => BudgetObject, {
    description: 'Resident: set one’s choice in an envelope (replaces the previous one there; [] withdraws it), during voting.',
  })
  setBallot(@Args() args: SetBallotArgs, @CurrentViewer() viewer: Viewer) {
    return this.budgets.setBallot(viewer, args.budgetId, args.envelopeId, args.projectIds);
  }

  @ResolveField(() => BudgetPhaseEnum, { description: 'The current phase, from the dates.' })
  phase(@Parent() b: BudgetRow) {
    return this.budgets.phaseOf(b);
  }

  @ResolveField(() => [BudgetPhaseDatesObject], { description: 'The five phases and their dates, in order.' })
  phases(@Parent() b: BudgetRow): BudgetPhaseDatesObject[] {
    const bounds = boundsOf(b);
    return PHASES.map((phase, i) => ({ phase: phase as BudgetPhaseEnum, startsAt: bounds[i], endsAt: bounds[i + 1] }));
  }

  @ResolveField(() => [BudgetEnvelopeObject], { description: 'Its envelopes, in order (the city-wide one included).' })
  envelopes(@Parent() b: BudgetRow, @Context() ctx: GraphQLContext) {
    return ctx.loaders.get(this.budgets.envelopesByBudget).load(b.id);
  }

  @ResolveField(() => [BallotChoiceObject], {
    nullable: true,
    description: 'The viewer’s own choices; null without a ballot (never anyone else’s).',
  })
  viewerBallot(@Parent() b: BudgetRow, @CurrentViewer() viewer: Viewer | null, @Context() ctx: GraphQLContext) {
    return this.budgets.viewerBallot(ctx.loaders, viewer, b);
  }

  @ResolveField(() => Number, {
    nullable: true,
    description: 'Overall progress of the works: the winners’ progress weighted by cost; null before the results.',
  })
  progress(@Parent() b: BudgetRow, @Context() ctx: GraphQLContext) {
    return this.budgets.progressOf(ctx.loaders, b);
  }

  @ResolveField(() => [BudgetParticipationObject], {
    nullable: true,
    description: 'Voters by district with their share of its residents (every district with voters or residents); null before the results.',
  })
  participation(@Parent() b: BudgetRow, @Context() ctx: GraphQLContext) {
    return this.budgets.participation(ctx.loaders, b);
  }

  @ResolveField(() => BudgetTurnoutObject, {
    nullable: true,
    description: 'Voters and their share of all residents; null before the results.',
  })
  turnout(@Parent() b: BudgetRow, @Context() ctx: GraphQLContext) {
    return this.budgets.turnout(ctx.loaders, b);
  }

  @ResolveField(() => CommentConnection, { description: 'Top-level comments on the edition, oldest first.' })
  comments(
    @Parent() b: BudgetRow,
    @Args() args: ConnectionArgs,
    @CurrentViewer() viewer: Viewer | null,
    @Context() ctx: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return this.commentsService.connectionForTarget(ctx.loaders, BUDGET_TARGET, b.id, args, viewer, info);
  }

  @ResolveField(() => Int, { description: 'How many users follow it (told when a phase is closed early, and of comments).' })
  async followerCount(@Parent() b: BudgetRow, @CurrentViewer() viewer: Viewer | null, @Context() ctx: GraphQLContext) {
    return (await this.notifications.followState(ctx.loaders, viewer, BUDGET_TARGET, b.id)).followerCount;
  }

  @ResolveField(() => Boolean, { description: 'Whether the viewer follows it.' })
  async viewerIsFollowing(@Parent() b: BudgetRow, @CurrentViewer() viewer: Viewer | null, @Context() ctx: GraphQLContext) {
    if (!viewer) return false;
    return (await this.notifications.followState(ctx.loaders, viewer, BUDGET_TARGET, b.id)).viewerIsFollowing;
  }

  @ResolveField(() => Boolean, { description: 'Hidden by moderation (then seen only by its creator and moderators).' })
  hidden(@Parent() b: BudgetRow): boolean {
    return b.hiddenAt !== null;
  }

  @ResolveField(() => String, { nullable: true, description: 'Why a moderator hid it; null while shown.' })
  hiddenReason(@Parent() b: BudgetRow): string | null {
    return b.hiddenReason;
  }

  @ResolveField(() => Boolean, { description: 'Whether the rules still change (before voting opens).' })
  rulesEditable(@Parent() b: BudgetRow): boolean {
    return rank(this.budgets.phaseOf(b)) < rank('VOTING');
  }
}

@Resolver(() => BudgetEnvelopeObject)
export class BudgetEnvelopesResolver {
  constructor(private readonly budgets: BudgetsService) {}

  @ResolveField(() => BudgetProjectConnection, { description: 'Its projects, oldest first (hidden ones are not listed).' })
  projects(@Parent() e: EnvelopeRow, @Args() args: BudgetProjectsArgs, @Context() ctx: GraphQLContext) {
    return this.budgets.projectsConnection(ctx.loaders, e, {
      first: args.first,
      after: args.after,
      feasibleOnly: args.filter?.feasibleOnly,
    });
  }

  @ResolveField(() => [BudgetResultObject], {
    nullable: true,
    description: 'Its results, ranked, with the winners selected; null before the results phase. At most the envelope’s projects.',
  })
  async results(@Parent() e: EnvelopeRow, @Context() ctx: GraphQLContext): Promise<ProjectResult[] | null> {
    const b = await ctx.loaders.get(this.budgets.budgetById).load(e.budgetId);
    return b ? this.budgets.envelopeResults(ctx.loaders, b, e) : null;
  }
}

@Resolver(() => BudgetProjectObject)
export class BudgetProjectsResolver {
  constructor(
    private readonly budgets: BudgetsService,
    private readonly commentsService: CommentsService,
    private readonly identity: IdentityService,
    private readonly media: MediaService,
    private readonly notifications: NotificationsService,
    private readonly proposals: ProposalsService,
  ) {}

  @Public()
  @Query(() => BudgetProjectObject, { nullable: true, description: 'One project (a hidden one shows as hidden); null when unknown.' })
  budgetProject(@Args() args: BudgetProjectIdArgs, @CurrentViewer() viewer: Viewer | null) {
    return this.budgets.findProject(viewer, args.id);
  }

  @Mutation(() => BudgetProjectObject, {
    description: 'Resident: submit a project during submission (or turn a published proposal into one).',
  })
  submitBudgetProject(@Args('input', { description: 'The project.' }) input: SubmitBudgetProjectInput, @CurrentViewer() viewer: Viewer) {
    return this.budgets.submitProject(viewer, input);
  }

  @Roles(Role.COUNCIL)
  @Mutation(() => BudgetProjectObject, {
    description: 'Council: feasible with the town hall’s cost, or not feasible with a reason (before voting).',
  })
  reviewBudgetProject(
    @Args('id', { type: () => ID, description: 'The project.' }) id: string,
    @Args('input', { description: 'The review.' }) input: ReviewBudgetProjectInput,
    @CurrentViewer() viewer: Viewer,
  ) {
    return this.budgets.reviewProject(viewer, id, input);
  }

  @Roles(Role.COUNCIL)
  @Mutation(() => BudgetProjectObject, {
    description: 'Council: merge a project into another of its envelope, with a public note (before voting).',
  })
  mergeBudgetProjects(@Args() args: MergeBudgetProjectsArgs, @CurrentViewer() viewer: Viewer) {
    return this.budgets.mergeProjects(viewer, args.id, args.intoId, args.note);
  }

  @Roles(Role.COUNCIL)
  @Mutation(() => BudgetProjectObject, { description: 'Council: a works update on a winning project (progress, actual cost, photos).' })
  addBudgetProjectUpdate(
    @Args('id', { type: () => ID, description: 'The project.' }) id: string,
    @Args('input', { description: 'The update.' }) input: BudgetProjectUpdateInput,
    @CurrentViewer() viewer: Viewer,
  ) {
    return this.budgets.addUpdate(viewer, id, input);
  }

  @ResolveField(() => String, { nullable: true, description: 'Title; null when hidden, except for its author and moderators.' })
  title(@Parent() p: ProjectRow, @CurrentViewer() viewer: Viewer | null) {
    return mayReadContent(viewer, p) ? p.title : null;
  }

  @ResolveField(() => String, {
    nullable: true,
    description: 'Description, plain text; null when hidden, except for its author and moderators.',
  })
  description(@Parent() p: ProjectRow, @CurrentViewer() viewer: Viewer | null) {
    return mayReadContent(viewer, p) ? p.description : null;
  }

  @ResolveField(() => Boolean, { description: 'Hidden by moderation.' })
  hidden(@Parent() p: ProjectRow) {
    return p.hiddenAt !== null;
  }

  @ResolveField(() => String, { nullable: true, description: 'Why moderators hid it: to its author and moderators only.' })
  hiddenReason(@Parent() p: ProjectRow, @CurrentViewer() viewer: Viewer | null) {
    return p.hiddenAt && mayReadContent(viewer, p) ? p.hiddenReason : null;
  }

  @ResolveField(() => BudgetProjectStatusEnum, { description: 'Where it stands (winners once the results are out).' })
  status(@Parent() p: ProjectRow, @Context() ctx: GraphQLContext) {
    return this.budgets.statusOf(ctx.loaders, p);
  }

  @ResolveField(() => Int, { nullable: true, description: 'Its votes, public from the results phase (null before).' })
  async voteCount(@Parent() p: ProjectRow, @Context() ctx: GraphQLContext) {
    const b = await ctx.loaders.get(this.budgets.budgetById).load(p.budgetId);
    return b && this.budgets.resultsPublished(b) ? p.voteCount : null;
  }

  @ResolveField(() => BudgetLocationObject, { nullable: true, description: 'Where; null when not given or hidden.' })
  location(@Parent() p: ProjectRow, @CurrentViewer() viewer: Viewer | null): BudgetLocationObject | null {
    if (!mayReadContent(viewer, p) || (p.locationLat === null && p.address === null)) return null;
    return { lat: p.locationLat, lng: p.locationLng, address: p.address };
  }

  @ResolveField(() => BudgetEnvelopeObject, { description: 'The envelope it is in.' })
  envelope(@Parent() p: ProjectRow, @Context() ctx: GraphQLContext) {
    return ctx.loaders.get(this.budgets.envelopeById).load(p.envelopeId);
  }

  @ResolveField(() => BudgetObject, { description: 'The edition.' })
  budget(@Parent() p: ProjectRow, @Context() ctx: GraphQLContext) {
    return ctx.loaders.get(this.budgets.budgetById).load(p.budgetId);
  }

  @ResolveField(() => UserObject, { description: 'Who submitted it.' })
  author(@Parent() p: ProjectRow, @Context() ctx: GraphQLContext) {
    return ctx.loaders.get(this.identity.userLoader).load(p.authorId);
  }

  @ResolveField(() => BudgetProjectObject, { nullable: true, description: 'The project it was merged into.' })
  mergedInto(@Parent() p: ProjectRow, @Context() ctx: GraphQLContext) {
    return p.mergedIntoId ? ctx.loaders.get(this.budgets.projectById).load(p.mergedIntoId) : null;
  }

  @ResolveField(() => ProposalObject, { nullable: true, description: 'The proposal it came from, if any.' })
  proposal(@Parent() p: ProjectRow, @CurrentViewer() viewer: Viewer | null) {
    return p.proposalId ? this.proposals.findVisible(viewer, p.proposalId) : null;
  }

  @ResolveField(() => [ImageObject], { description: 'Its photos (none for the public once hidden).' })
  async images(@Parent() p: ProjectRow, @CurrentViewer() viewer: Viewer | null, @Context() ctx: GraphQLContext): Promise<ImageObject[]> {
    if (!mayReadContent(viewer, p)) return [];
    const images = await ctx.loaders.get(this.media.imagesByTarget).load(imageTargetKey({ type: BUDGET_PROJECT_TARGET, id: p.id }));
    return p.hiddenAt ? this.media.restricted(images) : images;
  }

  @ResolveField(() => BudgetProjectUpdateConnection, { description: 'Works updates, newest first.' })
  updates(@Parent() p: ProjectRow, @Args() args: ConnectionArgs, @Context() ctx: GraphQLContext) {
    return this.budgets.updatesConnection(ctx.loaders, p, args);
  }

  @ResolveField(() => CommentConnection, { description: 'Top-level comments, oldest first; none for the public once hidden.' })
  comments(
    @Parent() p: ProjectRow,
    @Args() args: ConnectionArgs,
    @CurrentViewer() viewer: Viewer | null,
    @Context() ctx: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    if (!mayReadContent(viewer, p)) return toConnection([], args.first, () => [null, ''], 0);
    return this.commentsService.connectionForTarget(ctx.loaders, BUDGET_PROJECT_TARGET, p.id, args, viewer, info);
  }

  @ResolveField(() => Int, { description: 'How many users follow it (told of reviews, works updates and comments).' })
  async followerCount(@Parent() p: ProjectRow, @CurrentViewer() viewer: Viewer | null, @Context() ctx: GraphQLContext) {
    return (await this.notifications.followState(ctx.loaders, viewer, BUDGET_PROJECT_TARGET, p.id)).followerCount;
  }

  @ResolveField(() => Boolean, { description: 'Whether the viewer follows it.' })
  async viewerIsFollowing(@Parent() p: ProjectRow, @CurrentViewer() viewer: Viewer | null, @Context() ctx: GraphQLContext) {
    if (!viewer) return false;
    return (await this.notifications.followState(ctx.loaders, viewer, BUDGET_PROJECT_TARGET, p.id)).viewerIsFollowing;
  }
}

@Resolver(() => BudgetProjectUpdateObject)
export class BudgetProjectUpdatesResolver {
  constructor(
    private readonly media: MediaService,
    private readonly identity: IdentityService,
    private readonly commentsService: CommentsService,
  ) {}

  @ResolveField(() => String, { nullable: true, description: 'Text, plain text; null when hidden, except for its author and moderators.' })
  body(@Parent() u: ProjectUpdateRow, @CurrentViewer() viewer: Viewer | null) {
    return mayReadContent(viewer, u) ? u.body : null;
  }

  @ResolveField(() => Boolean, { description: 'Hidden by moderation.' })
  hidden(@Parent() u: ProjectUpdateRow) {
    return u.hiddenAt !== null;
  }

  @ResolveField(() => UserObject, { description: 'Who wrote it.' })
  author(@Parent() u: ProjectUpdateRow, @Context() ctx: GraphQLContext) {
    return ctx.loaders.get(this.identity.userLoader).load(u.authorId);
  }

  @ResolveField(() => [ImageObject], { description: 'Its photos.' })
  async images(@Parent() u: ProjectUpdateRow, @CurrentViewer() viewer: Viewer | null, @Context() ctx: GraphQLContext) {
    if (!mayReadContent(viewer, u)) return [];
    const images = await ctx.loaders.get(this.media.imagesByTarget).load(imageTargetKey({ type: BUDGET_PROJECT_UPDATE_TARGET, id: u.id }));
    return u.hiddenAt ? this.media.restricted(images) : images;
  }

  @ResolveField(() => CommentConnection, { description: 'Top-level comments, oldest first.' })
  comments(
    @Parent() u: ProjectUpdateRow,
    @Args() args: ConnectionArgs,
    @CurrentViewer() viewer: Viewer | null,
    @Context() ctx: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    if (!mayReadContent(viewer, u)) return toConnection([], args.first, () => [null, ''], 0);
    return this.commentsService.connectionForTarget(ctx.loaders, BUDGET_PROJECT_UPDATE_TARGET, u.id, args, viewer, info);
  }
}
