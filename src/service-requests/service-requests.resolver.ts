import { Args, Context, Float, Int, Mutation, Parent, Query, ResolveField, Resolver, Subscription } from '@nestjs/graphql';
import { SERVICE_REQUEST_TARGET } from './service-request.notifications';
import { Public } from '../auth/decorators';
import { CurrentViewer, Viewer } from '../auth/viewer';
import { CommuneService } from '../commune/commune.service';
import { DepartmentObject } from '../commune/dto/commune.objects';
import { GraphQLContext } from '../graphql/context';
import { ConnectionArgs } from '../graphql/pagination';
import { UserObject } from '../identity/dto/identity.objects';
import { IdentityService } from '../identity/identity.service';
import { ImageObject } from '../media/dto/image.object';
import { imageTargetKey, MediaService } from '../media/media.service';
import { mayReadHidden } from '../moderation/flag-target';
import { NotificationsService } from '../notifications/notifications.service';
import { toServiceObject } from './dto/service.mapper';
import { ServiceObject } from './dto/service.object';
import {
  AddNoteArgs,
  ContactRequesterArgs,
  AssignArgs,
  ChangeStatusArgs,
  CreateServiceRequestInput,
  MarkDuplicateArgs,
  RateArgs,
  ReferenceArgs,
  ReopenArgs,
  ReplyArgs,
  RequestIdArgs,
  ServiceRequestsArgs,
  SetPriorityArgs,
} from './dto/service-request.inputs';
import {
  ServiceFieldValueObject,
  ServiceRequestConnection,
  ServiceRequestEventObject,
  ServiceRequestLocationObject,
  ServiceRequestObject,
} from './dto/service-request.object';
import { ServiceCatalogueService } from './service-catalogue.service';
import { fieldValuesAsFiled } from './service-fields';
import { ServiceRequestEventKind, ServiceRequestPriority } from './service-request.enums';
import { Access } from './service-request.policy';
import type { EventRow, RequestRow } from './service-requests.repository';
import { ServiceRequestsService } from './service-requests.service';

/** An event as the API serves it: with the access level of the viewer who reached it. */
export type EventView = EventRow & { access: Access };

@Resolver(() => ServiceRequestObject)
export class ServiceRequestsResolver {
  constructor(
    private readonly requests: ServiceRequestsService,
    private readonly catalogue: ServiceCatalogueService,
    private readonly commune: CommuneService,
    private readonly identity: IdentityService,
    private readonly notifications: NotificationsService,
    private readonly media: MediaService,
  ) {}

  // ---- queries ----

  @Public()
  @Query(() => ServiceRequestObject, { nullable: true, description: 'A request by id; null when missing or not visible.' })
  serviceRequest(@Args() args: RequestIdArgs, @CurrentViewer() viewer: Viewer | null, @Context() ctx: GraphQLContext) {
    return this.requests.visibleById(viewer, args.id, ctx);
  }

  @Public()
  @Query(() => ServiceRequestObject, {
    nullable: true,
    description: 'Look a request up by its reference (public view: never who filed it). Formalities only for their requester and staff.',
  })
  serviceRequestByReference(@Args() args: ReferenceArgs, @CurrentViewer() viewer: Viewer | null, @Context() ctx: GraphQLContext) {
    return this.requests.visibleByReference(viewer, args.reference, ctx);
  }

  @Query(() => ServiceRequestConnection, { description: "The viewer's own requests, newest first." })
  myServiceRequests(@Args() args: ConnectionArgs, @CurrentViewer() viewer: Viewer) {
    return this.requests.mine(viewer, args);
  }

  @Public()
  @Query(() => ServiceRequestConnection, {
    description:
      "Requests, oldest first by default. Everyone sees public ones; agents see their departments' (their default queue), admins all. With `near`, nearest first.",
  })
  serviceRequests(@Args() args: ServiceRequestsArgs, @CurrentViewer() viewer: Viewer | null) {
    return this.requests.list(viewer, args);
  }

  // ---- mutations ----

  @Mutation(() => ServiceRequestObject, { description: 'File a request (signed in). The reference is PAR-<year>-<6 digits>.' })
  createServiceRequest(
    @Args('input', { description: 'The request to file.' }) input: CreateServiceRequestInput,
    @CurrentViewer() viewer: Viewer,
  ) {
    return this.requests.create(viewer, input);
  }

  @Mutation(() => ServiceRequestObject, { description: 'Staff of its department: move the request to another status.' })
  changeServiceRequestStatus(@Args() args: ChangeStatusArgs, @CurrentViewer() viewer: Viewer) {
    return this.requests.changeStatus(viewer, args.id, args.status, args.message);
  }

  @Mutation(() => ServiceRequestObject, {
    description: 'Staff of its department: assign it to an agent of the department (null: unassign).',
  })
  assignServiceRequest(@Args() args: AssignArgs, @CurrentViewer() viewer: Viewer) {
    return this.requests.assign(viewer, args.id, args.assigneeId);
  }

  @Mutation(() => ServiceRequestEventObject, {
    description: 'Staff of its department: an internal note (staff only) or a public update (followers notified).',
  })
  async addServiceRequestNote(@Args() args: AddNoteArgs, @CurrentViewer() viewer: Viewer): Promise<EventView> {
    const event = await this.requests.addNote(viewer, args.id, args.body, args.internal);
    return { ...event, access: Access.STAFF };
  }

  @Mutation(() => ServiceRequestEventObject, {
    description:
      'Staff of its department: send the requester a message, as a public update (TIMELINE) or by e-mail (EMAIL: the address is ' +
      'never shown; the timeline records the message for the requester and staff). CONFLICT REQUESTER_UNREACHABLE when the ' +
      'requester can no longer be e-mailed.',
  })
  async contactRequester(@Args() args: ContactRequesterArgs, @CurrentViewer() viewer: Viewer): Promise<EventView> {
    const event = await this.requests.contactRequester(viewer, args.id, args.body, args.channel);
    return { ...event, access: Access.STAFF };
  }

  @Mutation(() => ServiceRequestObject, { description: 'Staff of its department: set the priority.' })
  setServiceRequestPriority(@Args() args: SetPriorityArgs, @CurrentViewer() viewer: Viewer) {
    return this.requests.setPriority(viewer, args.id, args.priority);
  }

  @Mutation(() => ServiceRequestObject, { description: 'The requester, once resolved: rate the answer 1 to 5, once.' })
  rateServiceRequest(@Args() args: RateArgs, @CurrentViewer() viewer: Viewer) {
    return this.requests.rate(viewer, args.id, args.rating, args.comment);
  }

  @Mutation(() => ServiceRequestObject, {
    description: 'The requester, while WAITING_FOR_RESIDENT: answer; the request goes back to IN_PROGRESS.',
  })
  replyToServiceRequest(@Args() args: ReplyArgs, @CurrentViewer() viewer: Viewer) {
    return this.requests.reply(viewer, args.id, args.body, args.imageIds ?? []);
  }

  @Mutation(() => ServiceRequestObject, {
    description: 'Staff of its department: close it as a duplicate of another; its followers move there.',
  })
  markServiceRequestDuplicate(@Args() args: MarkDuplicateArgs, @CurrentViewer() viewer: Viewer) {
    return this.requests.markDuplicate(viewer, args.id, args.originalId);
  }

  @Mutation(() => ServiceRequestObject, { description: 'The requester: reopen within 30 days of the resolution.' })
  reopenServiceRequest(@Args() args: ReopenArgs, @CurrentViewer() viewer: Viewer) {
    return this.requests.reopen(viewer, args.id, args.reason);
  }

  // ---- live ----

  @Public()
  @Subscription(() => ServiceRequestObject, {
    description:
      'The request after each change (status, timeline, assignment, followers…), live over graphql-ws, for anyone who may see it ' +
      "(NOT_FOUND otherwise). Each copy is resolved with the subscriber's rights: internal notes reach staff only.",
  })
  serviceRequestUpdated(@Args() args: RequestIdArgs, @CurrentViewer() viewer: Viewer | null, @Context() ctx: GraphQLContext) {
    return this.requests.updates(viewer, args.id, ctx);
  }

  // ---- fields ----

  @ResolveField(() => ServiceObject, { description: 'What was asked for.' })
  async service(@Parent() r: RequestRow, @Context() ctx: GraphQLContext) {
    const found = await ctx.loaders.get(this.catalogue.serviceLoader).load(r.serviceId);
    return found ? toServiceObject(found) : null;
  }

  @ResolveField(() => DepartmentObject, { description: 'The department handling it.' })
  department(@Parent() r: RequestRow, @Context() ctx: GraphQLContext) {
    return ctx.loaders.get(this.commune.departmentById).load(r.departmentId);
  }

  @ResolveField(() => ServiceRequestLocationObject, { nullable: true, description: 'Map point, if given.' })
  location(@Parent() r: RequestRow): ServiceRequestLocationObject | null {
    return r.lat !== null && r.lng !== null ? { lat: r.lat, lng: r.lng } : null;
  }

  @ResolveField(() => [ImageObject], {
    description:
      "Photos, in order: those filed with it, then those sent with the requester's replies (the latter to the requester and staff only). " +
      'A photo hidden by a moderator is left out for the public; the requester, staff and moderators see it marked `hidden`.',
  })
  async images(@Parent() r: RequestRow, @CurrentViewer() viewer: Viewer | null, @Context() ctx: GraphQLContext): Promise<ImageObject[]> {
    // Every way to a request checks its visibility first; checked again here so that a formality's
    // photos can never be reached through a row handed over without that check.
    const access = this.requests.accessOf(viewer, r);
    if (access === Access.NONE) return [];
    const images = await ctx.loaders.get(this.media.imagesByTarget).load(imageTargetKey({ type: 'SERVICE_REQUEST', id: r.id }));
    // A formality's photos are all private (signed URLs); so are those of a report's replies.
    if (!r.isPublic) return this.media.restricted(images);
    if (!images.length) return images;
    const [replyOnly, hidden] = await Promise.all([
      ctx.loaders.get(this.requests.replyImageIdsLoader).load(r.id),
      ctx.loaders.get(this.requests.hiddenImagesLoader).load(r.id),
    ]);
    // A hidden photo is private: those who still see it (the requester, staff, moderators) get signed URLs.
    const readsReason = mayReadHidden(viewer, r.requesterId);
    const marked = (i: ImageObject): ImageObject => {
      const mark = hidden.get(i.id);
      return mark ? { ...i, restricted: true, hidden: true, hiddenReason: readsReason ? mark.hiddenReason : null } : i;
    };
    if (access === Access.PUBLIC) {
      return images.filter((i) => !replyOnly.has(i.id) && (!hidden.has(i.id) || readsReason)).map(marked);
    }
    return images.map((i) => (replyOnly.has(i.id) ? { ...i, restricted: true } : marked(i)));
  }

  @ResolveField(() => [ServiceFieldValueObject], {
    description:
      "Values of the service's fields, with the labels and options they were filed under: to the requester and staff only (empty for others).",
  })
  async fieldValues(@Parent() r: RequestRow, @CurrentViewer() viewer: Viewer | null, @Context() ctx: GraphQLContext) {
    if (this.requests.accessOf(viewer, r) === Access.PUBLIC) return [];
    // The fields as they were when it was filed (a version never changes), not the service's current ones.
    const fields = (await ctx.loaders.get(this.catalogue.fieldVersionLoader).load(`${r.serviceId}:${r.fieldsVersion}`)) ?? [];
    return fieldValuesAsFiled(fields, r.fieldValues);
  }

  @ResolveField(() => UserObject, { nullable: true, description: 'Who filed it: only to that person and to staff of the department.' })
  requester(@Parent() r: RequestRow, @CurrentViewer() viewer: Viewer | null, @Context() ctx: GraphQLContext) {
    const access = this.requests.accessOf(viewer, r);
    if ((access !== Access.STAFF && access !== Access.REQUESTER) || !r.requesterId) return null;
    return ctx.loaders.get(this.identity.userLoader).load(r.requesterId);
  }

  @ResolveField(() => UserObject, { nullable: true, description: 'The agent handling it (staff only).' })
  assignee(@Parent() r: RequestRow, @CurrentViewer() viewer: Viewer | null, @Context() ctx: GraphQLContext) {
    if (this.requests.accessOf(viewer, r) !== Access.STAFF || !r.assigneeId) return null;
    return ctx.loaders.get(this.identity.userLoader).load(r.assigneeId);
  }

  @ResolveField(() => ServiceRequestPriority, { nullable: true, description: 'How urgent staff judge it (staff only).' })
  priority(@Parent() r: RequestRow, @CurrentViewer() viewer: Viewer | null) {
    return this.requests.accessOf(viewer, r) === Access.STAFF ? r.priority : null;
  }

  @ResolveField(() => [ServiceRequestEventObject], {
    description: 'The timeline, oldest first. Internal notes and priority changes to staff only; replies to the requester and staff.',
  })
  async events(@Parent() r: RequestRow, @CurrentViewer() viewer: Viewer | null, @Context() ctx: GraphQLContext): Promise<EventView[]> {
    const access = this.requests.accessOf(viewer, r);
    // Staff see who wrote each event: the request page's read named them, so they are asked for now,
    // in the same batch as the requester and the assignee, rather than in a second statement once
    // the timeline has resolved.
    if (access === Access.STAFF && r.timelineUserIds?.length) void ctx.loaders.get(this.identity.userLoader).loadMany(r.timelineUserIds);
    const events = await ctx.loaders.get(this.requests.eventsLoader).load(`${r.id}|${access}`);
    return events.map((e) => ({ ...e, access }));
  }

  // Both follow facts come from one loader (one statement for the two fields).
  @ResolveField(() => Int, { description: 'How many users follow it.' })
  async followerCount(@Parent() r: RequestRow, @CurrentViewer() viewer: Viewer | null, @Context() ctx: GraphQLContext) {
    return (await this.followState(r, viewer, ctx)).followerCount;
  }

  @ResolveField(() => Boolean, { description: 'Whether the viewer follows it (false for visitors).' })
  async viewerIsFollowing(@Parent() r: RequestRow, @CurrentViewer() viewer: Viewer | null, @Context() ctx: GraphQLContext) {
    if (!viewer) return false;
    return (await this.followState(r, viewer, ctx)).viewerIsFollowing;
  }

  @ResolveField(() => Boolean, { description: 'Whether the viewer filed it.' })
  viewerIsRequester(@Parent() r: RequestRow, @CurrentViewer() viewer: Viewer | null) {
    return !!viewer && r.requesterId === viewer.id;
  }

  @ResolveField(() => Boolean, { description: 'Whether the viewer may handle it (agent of its department or admin).' })
  viewerCanManage(@Parent() r: RequestRow, @CurrentViewer() viewer: Viewer | null) {
    return this.requests.accessOf(viewer, r) === Access.STAFF;
  }

  @ResolveField(() => Date, {
    description: "Expected date: filing date + the service's target, moved forward by pauses (waiting for the resident).",
  })
  expectedAt(@Parent() r: RequestRow) {
    return this.requests.expectedAt(r);
  }

  @ResolveField(() => Boolean, { description: 'Open and past its expected date.' })
  isOverdue(@Parent() r: RequestRow) {
    return this.requests.isOverdue(r);
  }

  @ResolveField(() => ServiceRequestObject, {
    nullable: true,
    description: 'The original, when closed as a duplicate (if visible to the viewer).',
  })
  async duplicateOf(@Parent() r: RequestRow, @CurrentViewer() viewer: Viewer | null, @Context() ctx: GraphQLContext) {
    if (!r.duplicateOfId) return null;
    const original = await ctx.loaders.get(this.requests.requestLoader).load(r.duplicateOfId);
    return original && this.requests.accessOf(viewer, original) !== Access.NONE ? original : null;
  }

  @ResolveField(() => String, { nullable: true, description: "The requester's comment with the rating (to the requester and staff)." })
  ratingComment(@Parent() r: RequestRow, @CurrentViewer() viewer: Viewer | null) {
    return this.requests.accessOf(viewer, r) === Access.PUBLIC ? null : r.ratingComment;
  }

  @ResolveField(() => Float, { nullable: true, description: 'Metres from the point asked about (lists with `near` only).' })
  distanceMeters(@Parent() r: RequestRow) {
    return r.distanceMeters ?? null;
  }

  private followState(r: RequestRow, viewer: Viewer | null, ctx: GraphQLContext) {
    return this.notifications.followState(ctx.loaders, viewer, SERVICE_REQUEST_TARGET, r.id);
  }
}

@Resolver(() => ServiceRequestEventObject)
export class ServiceRequestEventResolver {
  constructor(
    private readonly identity: IdentityService,
    private readonly media: MediaService,
    private readonly requests: ServiceRequestsService,
  ) {}

  @ResolveField(() => [ImageObject], { description: 'RESIDENT_REPLY: the photos sent with the reply, in order (empty otherwise).' })
  async images(@Parent() e: EventView, @Context() ctx: GraphQLContext): Promise<ImageObject[]> {
    const ids = e.payload.imageIds;
    // Only replies carry photos, and a reply reaches only the requester and staff.
    if (
      e.kind !== ServiceRequestEventKind.RESIDENT_REPLY ||
      !Array.isArray(ids) ||
      !ids.length ||
      e.access === Access.PUBLIC ||
      e.access === Access.NONE
    )
      return [];
    const all = await ctx.loaders.get(this.media.imagesByTarget).load(imageTargetKey({ type: 'SERVICE_REQUEST', id: e.requestId }));
    const wanted = new Set(ids);
    return this.media.restricted(all.filter((i) => wanted.has(i.id)));
  }

  @ResolveField(() => UserObject, { nullable: true, description: 'Who wrote or did it: to staff only.' })
  author(@Parent() e: EventView, @Context() ctx: GraphQLContext) {
    if (e.access !== Access.STAFF || !e.authorId) return null;
    return ctx.loaders.get(this.identity.userLoader).load(e.authorId);
  }

  @ResolveField(() => UserObject, { nullable: true, description: 'ASSIGNED: the new assignee (staff only; null when unassigned).' })
  assignee(@Parent() e: EventView, @Context() ctx: GraphQLContext) {
    const id = e.payload.assigneeId;
    if (e.access !== Access.STAFF || typeof id !== 'string') return null;
    return ctx.loaders.get(this.identity.userLoader).load(id);
  }

  @ResolveField(() => Int, { nullable: true, description: 'RATED: the rating, 1 to 5.' })
  rating(@Parent() e: EventView) {
    return typeof e.payload.rating === 'number' ? e.payload.rating : null;
  }

  @ResolveField(() => String, {
    nullable: true,
    description: 'MARKED_DUPLICATE: the reference of the original (if visible to the viewer).',
  })
  async originalReference(@Parent() e: EventView, @CurrentViewer() viewer: Viewer | null, @Context() ctx: GraphQLContext) {
    const reference = e.payload.originalReference;
    const originalId = e.payload.originalId;
    if (typeof reference !== 'string' || typeof originalId !== 'string') return null;
    // As duplicateOf: a private original (merged before kinds were kept apart) stays unnamed.
    const original = await ctx.loaders.get(this.requests.requestLoader).load(originalId);
    return original && this.requests.accessOf(viewer, original) !== Access.NONE ? reference : null;
  }

  @ResolveField(() => ServiceRequestPriority, { nullable: true, description: 'PRIORITY_CHANGED: the new priority.' })
  priority(@Parent() e: EventView) {
    return typeof e.payload.to === 'string' ? e.payload.to : null;
  }
}
