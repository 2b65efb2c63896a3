import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Public, Roles } from '../auth/decorators';
import { Role } from '../auth/role';
import { CurrentViewer, Viewer } from '../auth/viewer';
import { GraphQLContext } from '../graphql/context';
import { ConnectionArgs, ConnectionShape } from '../graphql/pagination';
import { UserObject } from '../identity/dto/identity.objects';
import { IdentityService } from '../identity/identity.service';
import type { DescribedContent } from './flag-target';
import { ModerationService } from './moderation.service';
import type { ItemRow, LogRow } from './moderation.repository';
import { FLAG_REASONS, FlagReason } from './moderation-vocabulary';
import type { SuspensionRow } from './suspensions.repository';
import { SuspensionsService } from './suspensions.service';
import {
  DecisionArgs,
  FlagContentArgs,
  HideContentArgs,
  LiftSuspensionArgs,
  ModerationLogArgs,
  SuspendAccountArgs,
  SuspensionsArgs,
  TargetArgs,
  TransparencyArgs,
} from './dto/moderation.inputs';
import {
  FlagConnection,
  FlaggedItemObject,
  FlagNoteConnection,
  FlagReasonCountObject,
  ModeratedContentObject,
  ModerationLogConnection,
  ModerationLogEntryObject,
  ModerationTransparencyObject,
  SuspensionConnection,
  SuspensionObject,
} from './dto/moderation.objects';

const toItem = (row: ItemRow): FlaggedItemObject => ({
  id: `${row.targetType}:${row.targetId}`,
  itemId: row.id,
  targetType: row.targetType,
  targetId: row.targetId,
  openFlagCount: row.openFlagCount,
  firstOpenFlagAt: row.firstOpenFlagAt,
  lastFlaggedAt: row.lastFlaggedAt,
});

const toContent = (type: string, c: DescribedContent): ModeratedContentObject => ({
  targetType: type,
  targetId: c.id,
  title: c.title,
  text: c.text,
  image: c.image,
  createdAt: c.createdAt,
  context: c.context,
  path: c.path,
  hidden: c.hiddenAt !== null,
  hiddenAt: c.hiddenAt,
  hiddenReason: c.hiddenReason,
  authorId: c.authorId,
});

/** The same page with its nodes mapped; the count stays lazy (asked of the database only if selected). */
const mapEdges = <A, B>(page: ConnectionShape<A>, map: (a: A) => B): ConnectionShape<B> => ({
  edges: page.edges.map((e) => ({ cursor: e.cursor, node: map(e.node) })),
  pageInfo: page.pageInfo,
  get totalCount() {
    return page.totalCount;
  },
});

@Resolver()
export class ModerationResolver {
  constructor(
    private readonly moderation: ModerationService,
    private readonly suspensions: SuspensionsService,
  ) {}

  @Mutation(() => Boolean, {
    description:
      'Flag content for the moderators (signed in; not one’s own). One flag per person per item: flagging again changes nothing and answers true.',
  })
  flagContent(@Args() args: FlagContentArgs, @CurrentViewer() viewer: Viewer) {
    return this.moderation.flag(viewer, args);
  }

  @Roles(Role.MODERATOR)
  @Query(() => FlagConnection, { description: 'Moderators: flagged items with open flags, oldest first flag first.' })
  async moderationQueue(@Args() args: ConnectionArgs): Promise<ConnectionShape<FlaggedItemObject>> {
    return mapEdges(await this.moderation.queue(args), toItem);
  }

  @Roles(Role.MODERATOR)
  @Query(() => FlaggedItemObject, {
    nullable: true,
    description:
      'Moderators: one item, flagged or not, with its flags and content (to act on something met in passing); null when it does not exist.',
  })
  async moderationItem(@Args() args: TargetArgs): Promise<FlaggedItemObject | null> {
    const row = await this.moderation.item(args);
    return row ? toItem(row) : null;
  }

  @Roles(Role.MODERATOR)
  @Mutation(() => Boolean, {
    description:
      'Moderators: hide an item (flagged or not). It leaves public lists and shows as hidden; its author sees it with the reason and is notified. Its open flags are resolved.',
  })
  hideContent(@Args() args: HideContentArgs, @CurrentViewer() viewer: Viewer) {
    return this.moderation.hide(viewer, args);
  }

  @Roles(Role.MODERATOR)
  @Mutation(() => Boolean, { description: 'Moderators: show a hidden item again; its author is notified.' })
  restoreContent(@Args() args: DecisionArgs, @CurrentViewer() viewer: Viewer) {
    return this.moderation.restore(viewer, args);
  }

  @Roles(Role.MODERATOR)
  @Mutation(() => Boolean, { description: 'Moderators: dismiss an item’s open flags; it leaves the queue (new flags bring it back).' })
  dismissFlags(@Args() args: DecisionArgs, @CurrentViewer() viewer: Viewer) {
    return this.moderation.dismiss(viewer, args);
  }

  @Roles(Role.MODERATOR)
  @Query(() => ModerationLogConnection, { description: 'Moderators and admins: every moderation action, newest first.' })
  async moderationLog(@Args() args: ModerationLogArgs): Promise<ConnectionShape<LogRow>> {
    const f = args.filter ?? {};
    return this.moderation.log({
      first: args.first,
      after: args.after,
      filter: {
        action: f.action ?? undefined,
        actorId: f.actorId ?? undefined,
        subjectUserId: f.userId ?? undefined,
        targetType: f.targetType ?? undefined,
        targetId: f.targetId ?? undefined,
      },
    });
  }

  @Public()
  @Query(() => ModerationTransparencyObject, {
    description:
      'Public: how much was flagged, hidden (per month and ground), restored and suspended. Counts only, never content or names.',
  })
  moderationTransparency(@Args() args: TransparencyArgs) {
    return this.moderation.transparency(args);
  }

  @Roles(Role.MODERATOR)
  @Mutation(() => SuspensionObject, {
    description:
      'Moderators: suspend an account until a date (at most a year), with a reason shown to it. It reads but cannot write until then; a suspension in force is replaced.',
  })
  suspendAccount(@Args() args: SuspendAccountArgs, @CurrentViewer() viewer: Viewer) {
    return this.suspensions.suspend(viewer, args);
  }

  @Roles(Role.MODERATOR)
  @Mutation(() => SuspensionObject, { description: 'Moderators: end an account’s suspension now; it is notified.' })
  liftSuspension(@Args() args: LiftSuspensionArgs, @CurrentViewer() viewer: Viewer) {
    return this.suspensions.lift(viewer, args);
  }

  @Public()
  @Query(() => SuspensionObject, { nullable: true, description: 'The viewer’s suspension in force, if any (null for visitors).' })
  mySuspension(@CurrentViewer() viewer: Viewer | null) {
    return viewer ? this.suspensions.mine(viewer) : null;
  }

  @Roles(Role.MODERATOR)
  @Query(() => SuspensionConnection, {
    name: 'suspensions',
    description: 'Moderators: suspensions in force (or all, or one account’s), newest first.',
  })
  suspensionsList(@Args() args: SuspensionsArgs) {
    return this.suspensions.list(args);
  }
}

/** The grouped flags and the content of a queue item, batched across the page. */
@Resolver(() => FlaggedItemObject)
export class FlaggedItemResolver {
  constructor(private readonly moderation: ModerationService) {}

  @ResolveField(() => [FlagReasonCountObject], { description: 'Open flags per reason (reasons with none left out), gravest first.' })
  async reasonCounts(@Parent() item: FlaggedItemObject, @Context() ctx: GraphQLContext): Promise<FlagReasonCountObject[]> {
    const counts = await ctx.loaders.get(this.moderation.reasonCounts).load(item.itemId);
    return counts
      .map((c) => ({ reason: c.reason as FlagReason, count: c.count }))
      .sort((a, b) => FLAG_REASONS.indexOf(a.reason) - FLAG_REASONS.indexOf(b.reason));
  }

  @ResolveField(() => FlagNoteConnection, { description: 'The notes of its open flags, oldest first, without their authors.' })
  notes(@Parent() item: FlaggedItemObject, @Args() args: ConnectionArgs, @Context() ctx: GraphQLContext) {
    return this.moderation.notesConnection(ctx.loaders, item.itemId, args);
  }

  @ResolveField(() => ModeratedContentObject, {
    nullable: true,
    description: 'The item itself, in context; null once it no longer exists.',
  })
  async content(@Parent() item: FlaggedItemObject, @Context() ctx: GraphQLContext): Promise<ModeratedContentObject | null> {
    const c = await this.moderation.contentOf(ctx.loaders, item);
    return c ? toContent(item.targetType, c) : null;
  }
}

@Resolver(() => ModeratedContentObject)
export class ModeratedContentResolver {
  constructor(private readonly identity: IdentityService) {}

  @ResolveField(() => UserObject, { nullable: true, description: 'Who wrote or uploaded it.' })
  author(@Parent() c: ModeratedContentObject, @Context() ctx: GraphQLContext) {
    return c.authorId ? ctx.loaders.get(this.identity.userLoader).load(c.authorId) : null;
  }
}

@Resolver(() => SuspensionObject)
export class SuspensionResolver {
  constructor(
    private readonly identity: IdentityService,
    private readonly suspensions: SuspensionsService,
  ) {}

  @ResolveField(() => Boolean, { description: 'Whether it is in force now.' })
  active(@Parent() s: SuspensionRow): boolean {
    return this.suspensions.isInForce(s);
  }

  @ResolveField(() => Date, {
    nullable: true,
    description: 'When it ended before its date (lifted, or replaced by another); null otherwise.',
  })
  liftedAt(@Parent() s: SuspensionRow): Date | null {
    return s.liftedAt && s.liftedById ? s.liftedAt : null;
  }

  @ResolveField(() => UserObject, { description: 'The suspended account.' })
  user(@Parent() s: SuspensionRow, @Context() ctx: GraphQLContext) {
    return ctx.loaders.get(this.identity.userLoader).load(s.userId);
  }

  @ResolveField(() => UserObject, {
    nullable: true,
    description: 'The moderator who decided it: to moderators only (null for the suspended person).',
  })
  suspendedBy(@Parent() s: SuspensionRow, @CurrentViewer() viewer: Viewer | null, @Context() ctx: GraphQLContext) {
    return this.moderatorOnly(viewer) ? ctx.loaders.get(this.identity.userLoader).load(s.suspendedById) : null;
  }

  @ResolveField(() => UserObject, { nullable: true, description: 'The moderator who lifted or replaced it: to moderators only.' })
  liftedBy(@Parent() s: SuspensionRow, @CurrentViewer() viewer: Viewer | null, @Context() ctx: GraphQLContext) {
    return s.liftedById && this.moderatorOnly(viewer) ? ctx.loaders.get(this.identity.userLoader).load(s.liftedById) : null;
  }

  private moderatorOnly(viewer: Viewer | null): boolean {
    return !!viewer && (viewer.roles.includes(Role.MODERATOR) || viewer.roles.includes(Role.ADMIN));
  }
}

@Resolver(() => ModerationLogEntryObject)
export class ModerationLogEntryResolver {
  constructor(private readonly identity: IdentityService) {}

  @ResolveField(() => UserObject, { nullable: true, description: 'Who acted (null: the system).' })
  actor(@Parent() e: LogRow, @Context() ctx: GraphQLContext) {
    return e.actorId ? ctx.loaders.get(this.identity.userLoader).load(e.actorId) : null;
  }

  @ResolveField(() => UserObject, {
    nullable: true,
    description: 'The person concerned: the author of the content, the suspended account.',
  })
  subject(@Parent() e: LogRow, @Context() ctx: GraphQLContext) {
    return e.subjectUserId ? ctx.loaders.get(this.identity.userLoader).load(e.subjectUserId) : null;
  }
}
