import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import DataLoader from 'dataloader';
import { Role } from '../auth/role';
import { hasRole, Viewer } from '../auth/viewer';
import { AppError, FieldError } from '../common/app-error';
import { Clock } from '../common/clock';
import { isUuid } from '../common/ids';
import { CommuneService } from '../commune/commune.service';
import { DistrictsService } from '../commune/districts.service';
import { Tx, TransactionRunner } from '../database/transaction';
import type { GraphQLContext } from '../graphql/context';
import { byKeys, groupByKeys } from '../graphql/loaders';
import { CursorKey, decodeCursor, toConnection } from '../graphql/pagination';
import { IdentityService } from '../identity/identity.service';
import { imageIdsRefused, MediaReason } from '../media/media.errors';
import { ImageTarget, MAX_IMAGES_PER_TARGET, MediaService } from '../media/media.service';
import { NotificationEmailsService } from '../notifications/notification-emails.service';
import { NotificationsService } from '../notifications/notifications.service';
import { contactRequesterMail } from './service-request.contact-mail';
import type { CreateServiceRequestInput, ServiceRequestFilter, ServiceRequestOrder } from './dto/service-request.inputs';
import { ServiceCatalogueService } from './service-catalogue.service';
import { validateFieldValues } from './service-fields';
import {
  ContactChannel,
  ServiceKind,
  ServiceRequestEventKind as K,
  ServiceRequestOrderDirection,
  ServiceRequestOrderField,
  ServiceRequestPriority,
  ServiceRequestStatus as S,
} from './service-request.enums';
import { ServiceRequestReason as R } from './service-request.errors';
import { SERVICE_REQUEST_TARGET, ServiceRequestNotification as N } from './service-request.notifications';
import {
  Access,
  accessOf,
  eventBodyVisible,
  effectiveExpectedAt,
  isOpen,
  isOverdue,
  messageRequired,
  rateRefusal,
  reopenRefusal,
  staffMayMove,
  VISIBLE_EVENT_KINDS,
} from './service-request.policy';
import { EventRow, HiddenImageRow, RequestListQuery, RequestRow, ServiceRequestsRepository } from './service-requests.repository';

const TARGET = SERVICE_REQUEST_TARGET;
const REFERENCE = /^PAR-\d{4}-\d{6,9}$/;
/** References count per calendar year in the commune's time zone (Parvis serves French communes). */
const yearFormat = new Intl.DateTimeFormat('en', { timeZone: 'Europe/Paris', year: 'numeric' });

/** Blank optional text counts as absent; given text is stored exactly as typed. */
const textOrNull = (s: string | null | undefined) => (s != null && s.trim() !== '' ? s : null);

const imageTarget = (requestId: string): ImageTarget => ({ type: 'SERVICE_REQUEST', id: requestId });

/** The photo limit, checked before any work (MediaService checks it again, with the request's other photos). */
function assertImageCount(imageIds: readonly string[], path: string): void {
  if (imageIds.length > MAX_IMAGES_PER_TARGET) {
    throw imageIdsRefused(path, MediaReason.TOO_MANY_IMAGES, `at most ${MAX_IMAGES_PER_TARGET} images`);
  }
}

/**
 * What an access level sees of a timeline: only its kinds, and the requester's words lose their
 * text below the requester (eventBodyVisible).
 */
function visibleEvents(access: Access, events: EventRow[]): EventRow[] {
  const kinds = new Set<string>(VISIBLE_EVENT_KINDS[access]);
  return events.filter((e) => kinds.has(e.kind)).map((e) => (eventBodyVisible(access, e) ? e : { ...e, body: null }));
}

/** The photos that came with the requester's replies (their ids are in the RESIDENT_REPLY events' payload). */
function replyImageIds(events: EventRow[]): Set<string> {
  const ids = new Set<string>();
  for (const e of events) {
    const list = e.payload.imageIds;
    if (e.kind === K.RESIDENT_REPLY && Array.isArray(list)) for (const id of list) ids.add(String(id));
  }
  return ids;
}

/**
 * Service requests: filing, the department queues, the status workflow with its timeline, and the
 * requester's follow-ups (reply, reopen, rating). Every change locks the request row, writes its
 * event and queues its notifications and live announcement (`serviceRequestUpdated`,
 * `notificationAdded`) in one transaction; the outbox delivers them once it has committed.
 */
@Injectable()
export class ServiceRequestsService {
  constructor(
    private readonly repo: ServiceRequestsRepository,
    private readonly tx: TransactionRunner,
    private readonly clock: Clock,
    private readonly catalogue: ServiceCatalogueService,
    private readonly districts: DistrictsService,
    private readonly commune: CommuneService,
    private readonly identity: IdentityService,
    private readonly notifications: NotificationsService,
    private readonly media: MediaService,
    private readonly emails: NotificationEmailsService,
  ) {}

  // ---- reading ----

  /**
   * Null when missing or not visible to the viewer (formalities: requester and staff only). With the
   * GraphQL context (the request page), the request comes with its timeline, service, fields,
   * department and hidden photos in one statement, handed to this request's loaders.
   */
  async visibleById(viewer: Viewer | null, id: string, ctx?: GraphQLContext): Promise<RequestRow | null> {
    if (!isUuid(id)) return null;
    if (ctx) return this.visibleDetail(viewer, { id }, ctx);
    const found = await this.repo.requestById(this.tx.reader, id);
    return found && accessOf(viewer, found) !== Access.NONE ? found : null;
  }

  async visibleByReference(viewer: Viewer | null, reference: string, ctx?: GraphQLContext): Promise<RequestRow | null> {
    if (!REFERENCE.test(reference)) return null;
    if (ctx) return this.visibleDetail(viewer, { reference }, ctx);
    const found = await this.repo.requestByReference(this.tx.reader, reference);
    return found && accessOf(viewer, found) !== Access.NONE ? found : null;
  }

  /**
   * The request page's read: one statement, then the loaders its fields use are primed with what
   * it brought (the timeline filtered for this viewer's access, as eventsLoader does), so they ask
   * nothing more.
   */
  private async visibleDetail(viewer: Viewer | null, by: { id: string } | { reference: string }, ctx: GraphQLContext) {
    const found = await this.repo.requestDetail(this.tx.reader, by);
    const access = found ? accessOf(viewer, found.request) : Access.NONE;
    if (!found || access === Access.NONE) return null;
    const { request, service, fields, department, events, hiddenImages } = found;
    ctx.loaders.get(this.eventsLoader).prime(`${request.id}|${access}`, visibleEvents(access, events));
    ctx.loaders.get(this.catalogue.serviceLoader).prime(service.id, service);
    ctx.loaders.get(this.catalogue.fieldVersionLoader).prime(`${request.serviceId}:${request.fieldsVersion}`, fields);
    ctx.loaders.get(this.commune.departmentById).prime(department.id, department);
    ctx.loaders.get(this.replyImageIdsLoader).prime(request.id, replyImageIds(events));
    ctx.loaders.get(this.hiddenImagesLoader).prime(request.id, new Map(hiddenImages.map((h) => [h.imageId, h])));
    const named = events.flatMap((e) => [e.authorId, e.payload.assigneeId]).filter((u): u is string => typeof u === 'string');
    return { ...request, timelineUserIds: [...new Set(named)] };
  }

  /**
   * `serviceRequestUpdated`: the request as this viewer may see it, after each committed change.
   * NOT_FOUND REQUEST_NOT_FOUND unless the viewer may see it now. Each change is read again after
   * the commit with the subscriber's rights as they are then (internal notes only to staff); a
   * subscriber who may no longer see it gets NOT_FOUND REQUEST_NOT_FOUND and the stream ends.
   */
  async updates(viewer: Viewer | null, id: string, ctx: GraphQLContext) {
    const row = await this.visibleById(viewer, id);
    if (!row) throw AppError.notFound(R.REQUEST_NOT_FOUND);
    return this.notifications.changeStream({ targetType: TARGET, targetId: row.id }, 'serviceRequestUpdated', ctx, async (now) => {
      const fresh = await this.visibleById(now, row.id);
      if (!fresh) throw AppError.notFound(R.REQUEST_NOT_FOUND);
      return fresh;
    });
  }

  /** The viewer's own requests, newest first. */
  async mine(viewer: Viewer, args: { first: number; after?: string }) {
    const q: RequestListQuery = {
      staffDepartmentIds: null,
      requesterId: viewer.id,
      now: this.clock.now(),
      orderBy: { field: ServiceRequestOrderField.CREATED_AT, direction: ServiceRequestOrderDirection.DESC },
    };
    return this.page(q, args);
  }

  /**
   * Lists and queues. Everyone sees public requests; staff also see their departments' private
   * ones. An agent's default (no department, service or place asked) is their departments' queue.
   * FORBIDDEN STAFF_ONLY_FILTER for assignee/priority filters without staff rights.
   */
  async list(viewer: Viewer | null, args: { first: number; after?: string; filter?: ServiceRequestFilter; orderBy?: ServiceRequestOrder }) {
    const f = args.filter ?? {};
    const admin = hasRole(viewer, Role.ADMIN);
    const staffDepartments = admin ? null : viewer?.roles.includes(Role.AGENT) ? viewer.departmentIds : [];
    const isStaff = admin || (staffDepartments?.length ?? 0) > 0;
    // Archived districts too: their old requests keep them.
    await this.districts.assertKnown(f.district, 'filter.district');

    const q: RequestListQuery = {
      staffDepartmentIds: staffDepartments,
      now: this.clock.now(),
      orderBy: {
        field: args.orderBy?.field ?? ServiceRequestOrderField.CREATED_AT,
        direction: args.orderBy?.direction ?? ServiceRequestOrderDirection.ASC,
      },
      serviceId: f.serviceId,
      district: f.district,
      overdue: f.overdue ?? undefined,
      near: f.near ? { lat: f.near.lat, lng: f.near.lng, radiusMeters: f.near.radiusMeters ?? 100 } : undefined,
    };
    if (f.departmentId) q.departmentIds = [f.departmentId];
    else if (staffDepartments?.length && !f.serviceId && !f.near) q.departmentIds = staffDepartments;

    if (f.assigneeId || f.unassigned != null || f.priority) {
      if (!isStaff) throw AppError.forbidden(R.STAFF_ONLY_FILTER);
      // Staff filters reach only the rows the viewer handles, so they reveal nothing elsewhere.
      q.staffOnlyScope = staffDepartments;
      q.assigneeId = f.assigneeId;
      q.unassigned = f.unassigned ?? undefined;
      q.priority = f.priority;
    }
    let statuses = f.status?.length ? [...new Set(f.status)] : undefined;
    if (f.open != null) {
      const wanted = (s: S) => isOpen(s) === f.open;
      // May end empty (open: true with only finished statuses): then nothing matches.
      statuses = (statuses ?? Object.values(S)).filter(wanted);
    }
    q.statuses = statuses;
    return this.page(q, args);
  }

  /**
   * The public feed other facades (Open311) read: public requests only, exactly those the
   * visitors' list shows (formalities never), newest first, at most `limit`, filtered by services,
   * statuses, filing time (`from` inclusive, `to` exclusive) or references. One statement.
   */
  async publicFeed(f: {
    serviceIds?: string[];
    statuses?: S[];
    from?: Date;
    to?: Date;
    references?: string[];
    limit: number;
  }): Promise<RequestRow[]> {
    const q: RequestListQuery = {
      staffDepartmentIds: [],
      now: this.clock.now(),
      orderBy: { field: ServiceRequestOrderField.CREATED_AT, direction: ServiceRequestOrderDirection.DESC },
      serviceIds: f.serviceIds,
      statuses: f.statuses,
      createdFrom: f.from,
      createdBefore: f.to,
      references: f.references,
    };
    return this.repo.page(this.tx.reader, q, f.limit);
  }

  // ---- filing ----

  /**
   * A signed-in resident files a request. BAD_USER_INPUT (every fault at once) for an unknown or
   * withdrawn service, a district not of the commune, the service's field values, or a REPORT with
   * neither map point nor address. The requester follows it from the start. Photos (`imageIds`, the
   * requester's own uploads, at most 6, in order) are attached in the same transaction, so a refused
   * photo files nothing (BAD_USER_INPUT on input.imageIds: IMAGE_NOT_FOUND, IMAGE_NOT_YOURS,
   * IMAGE_ALREADY_ATTACHED, DUPLICATE_IMAGE, TOO_MANY_IMAGES). A formality's photos are as private
   * as the formality: only the requester and staff ever get them through the API. References
   * (PAR-<year>-<n>) are unique and gap-free within a year: the number is taken in the filing's
   * transaction, by its last write, so a refused filing takes none.
   */
  async create(
    viewer: Viewer,
    input: CreateServiceRequestInput,
    /** What a facade (Open311) records with the request, in the same transaction. */
    alongside?: (tx: Tx, request: RequestRow) => Promise<void>,
  ): Promise<RequestRow> {
    const imageIds = input.imageIds ?? [];
    assertImageCount(imageIds, 'input.imageIds');
    const service = await this.catalogue.serviceById(input.serviceId);
    if (!service || !service.active) throw AppError.field('input.serviceId', 'exists', 'is not a service of the catalogue');
    // Every fault at once; the district is checked again under its lock in the transaction.
    const errors: FieldError[] = await this.districts.fieldErrors(input.district, 'input.district');
    if (service.kind === ServiceKind.REPORT && !input.location && !input.address) {
      errors.push({ path: 'input.location', constraint: 'required', message: 'a report needs a map point or an address' });
    }
    const checked = validateFieldValues(service.fields, input.fieldValues, 'input.fieldValues');
    errors.push(...checked.errors);
    if (errors.length) throw AppError.badInput('INVALID_INPUT', errors);

    const now = this.clock.now();
    const year = Number(yearFormat.format(now));
    return this.tx.run(async (tx) => {
      await this.districts.assertUsable(tx, input.district, 'input.district');
      // The id is chosen here so that the photos and the follow can be written first: the year's
      // reference counter is then taken by the last write (insertFiled), and concurrent filings
      // wait for each other only during that statement and the commit.
      const id = randomUUID();
      await this.media.attachImages(tx, viewer.id, imageIds, imageTarget(id), 'input.imageIds');
      await this.notifications.follow(tx, viewer.id, TARGET, id);
      const request = await this.repo.insertFiled(tx, {
        id,
        year,
        serviceId: service.id,
        departmentId: service.departmentId,
        isPublic: service.requestsPublic,
        requesterId: viewer.id,
        description: input.description,
        lat: input.location?.lat ?? null,
        lng: input.location?.lng ?? null,
        address: textOrNull(input.address),
        district: input.district ?? null,
        fieldValues: checked.values,
        // The values were checked against this version of the fields (read in the same row as them).
        fieldsVersion: service.fieldsVersion,
        now,
        targetDays: service.targetDays,
      });
      if (alongside) await alongside(tx, request);
      return request;
    });
  }

  // ---- staff ----

  /**
   * Agents of the owning department and admins move a request along STAFF_TRANSITIONS.
   * NOT_FOUND (not visible), FORBIDDEN NOT_DEPARTMENT_STAFF, CONFLICT INVALID_TRANSITION,
   * BAD_USER_INPUT MESSAGE_REQUIRED (RESOLVED, REJECTED, WAITING_FOR_RESIDENT). Followers are notified.
   */
  async changeStatus(viewer: Viewer, id: string, to: S, message?: string | null): Promise<RequestRow> {
    return this.tx.run(async (tx) => {
      const current = await this.lockAs(tx, viewer, id, Access.STAFF);
      if (!staffMayMove(current.status, to)) {
        throw new AppError('CONFLICT', R.INVALID_TRANSITION, undefined, { from: current.status, to });
      }
      const text = textOrNull(message);
      if (!text && messageRequired(to)) {
        throw AppError.badInput(R.MESSAGE_REQUIRED, [{ path: 'message', constraint: 'required', message: `is required to move to ${to}` }]);
      }
      const now = this.clock.now();
      const updated = await this.repo.applyStatus(tx, current.id, to, now, text);
      await this.repo.insertEvent(tx, {
        requestId: current.id,
        kind: K.STATUS_CHANGED,
        fromStatus: current.status,
        toStatus: to,
        body: text,
        authorId: viewer.id,
        now,
      });
      await this.notifications.targetChanged(tx, { targetType: TARGET, targetId: current.id });
      await this.notifications.notifyFollowers(tx, {
        targetType: TARGET,
        targetId: current.id,
        kind: N.STATUS_CHANGED,
        actorId: viewer.id,
        payload: { reference: current.reference, fromStatus: current.status, toStatus: to, message: text },
      });
      return updated;
    });
  }

  /**
   * Staff give the request to an agent of its department (or an admin), or take it back (null).
   * BAD_USER_INPUT assigneeId when that user does not work there; CONFLICT REQUEST_CLOSED.
   */
  async assign(viewer: Viewer, id: string, assigneeId: string | null | undefined): Promise<RequestRow> {
    return this.tx.run(async (tx) => {
      const current = await this.lockAs(tx, viewer, id, Access.STAFF);
      if (current.status === S.CLOSED) throw AppError.conflict(R.REQUEST_CLOSED);
      const target = assigneeId ?? null;
      if (target) {
        const user = await this.identity.userById(target);
        const works =
          user &&
          (user.roles.includes(Role.ADMIN) || (user.roles.includes(Role.AGENT) && user.departmentIds.includes(current.departmentId)));
        if (!works) throw AppError.field('assigneeId', 'worksForDepartment', "is not an agent of the request's department");
      }
      if (target === current.assigneeId) return current;
      const now = this.clock.now();
      const updated = await this.repo.applyAssignee(tx, current.id, target, now);
      await this.repo.insertEvent(tx, {
        requestId: current.id,
        kind: K.ASSIGNED,
        authorId: viewer.id,
        payload: { assigneeId: target, previousAssigneeId: current.assigneeId },
        now,
      });
      await this.notifications.targetChanged(tx, { targetType: TARGET, targetId: current.id });
      await this.notifications.notifyUsers(tx, [target], {
        targetType: TARGET,
        targetId: current.id,
        kind: N.ASSIGNED,
        actorId: viewer.id,
        payload: { reference: current.reference },
      });
      return updated;
    });
  }

  /**
   * Staff write on the timeline: an internal note (staff only, notifies no one) or a public update
   * (notifies followers). NOT_FOUND, FORBIDDEN NOT_DEPARTMENT_STAFF.
   */
  async addNote(viewer: Viewer, id: string, body: string, internal: boolean): Promise<EventRow> {
    return this.tx.run(async (tx) => {
      const current = await this.lockAs(tx, viewer, id, Access.STAFF);
      const now = this.clock.now();
      const event = await this.repo.insertEvent(tx, {
        requestId: current.id,
        kind: internal ? K.INTERNAL_NOTE : K.PUBLIC_UPDATE,
        body,
        authorId: viewer.id,
        now,
      });
      await this.repo.touch(tx, current.id, now);
      // Announced even for an internal note: each subscriber's copy is resolved with their own
      // rights, so a resident sees the request changed (updatedAt) but never the note.
      await this.notifications.targetChanged(tx, { targetType: TARGET, targetId: current.id });
      if (!internal) {
        await this.notifications.notifyFollowers(tx, {
          targetType: TARGET,
          targetId: current.id,
          kind: N.PUBLIC_UPDATE,
          actorId: viewer.id,
          payload: { reference: current.reference, message: body },
        });
      }
      return event;
    });
  }

  /**
   * Staff send the requester a message through the platform. TIMELINE: a public update (as
   * addNote; followers, the requester among them, are notified and e-mailed as they chose). EMAIL:
   * an e-mail to the requester in their language, queued in this transaction, whose address staff
   * never see (the notifications domain reads it); the timeline records the message as
   * REQUESTER_EMAILED, shown to the requester and staff only, without the address. NOT_FOUND,
   * FORBIDDEN NOT_DEPARTMENT_STAFF, CONFLICT REQUESTER_UNREACHABLE (no requester account, or no
   * verified address: nothing is recorded).
   */
  async contactRequester(viewer: Viewer, id: string, body: string, channel: ContactChannel): Promise<EventRow> {
    if (channel === ContactChannel.TIMELINE) return this.addNote(viewer, id, body, false);
    return this.tx.run(async (tx) => {
      const current = await this.lockAs(tx, viewer, id, Access.STAFF);
      const now = this.clock.now();
      const event = await this.repo.insertEvent(tx, { requestId: current.id, kind: K.REQUESTER_EMAILED, body, authorId: viewer.id, now });
      const mailed =
        current.requesterId !== null &&
        (await this.emails.mailUser(
          tx,
          current.requesterId,
          contactRequesterMail,
          (to) => ({
            displayName: to.displayName,
            reference: current.reference,
            body,
            url: this.emails.link(`/service-requests/${current.id}`),
          }),
          `service-request-contact:${event.id}`,
        ));
      if (!mailed) throw AppError.conflict(R.REQUESTER_UNREACHABLE);
      await this.repo.touch(tx, current.id, now);
      await this.notifications.targetChanged(tx, { targetType: TARGET, targetId: current.id });
      return event;
    });
  }

  /** Staff set how urgent it is (staff-only fact; no notification). */
  async setPriority(viewer: Viewer, id: string, priority: ServiceRequestPriority): Promise<RequestRow> {
    return this.tx.run(async (tx) => {
      const current = await this.lockAs(tx, viewer, id, Access.STAFF);
      if (current.priority === priority) return current;
      const now = this.clock.now();
      const updated = await this.repo.applyPriority(tx, current.id, priority, now);
      await this.repo.insertEvent(tx, {
        requestId: current.id,
        kind: K.PRIORITY_CHANGED,
        authorId: viewer.id,
        payload: { from: current.priority, to: priority },
        now,
      });
      await this.notifications.targetChanged(tx, { targetType: TARGET, targetId: current.id });
      return updated;
    });
  }

  /**
   * Staff close an open request as a duplicate of another: it closes with a link, its followers are
   * told and move to the original. BAD_USER_INPUT originalId (itself, or not visible), CONFLICT
   * NOT_OPEN, ORIGINAL_IS_DUPLICATE, ORIGINAL_NOT_SHAREABLE (a private original of someone else),
   * ORIGINAL_OTHER_KIND (a report and a formality: the public and the private never merge, or the
   * report's followers would be told of the formality's messages and its reference would show on
   * the report's public timeline).
   */
  async markDuplicate(viewer: Viewer, id: string, originalId: string): Promise<RequestRow> {
    if (id === originalId) throw AppError.field('originalId', 'notSelf', 'must be another request');
    return this.tx.run(async (tx) => {
      // Lock both rows in id order, so two crossed markings cannot deadlock.
      const ids = isUuid(id) && isUuid(originalId) ? [id, originalId].sort() : [];
      const locked = new Map<string, RequestRow>();
      for (const one of ids) {
        const row = await this.repo.requestById(tx, one, true);
        if (row) locked.set(one, row);
      }
      const current = this.allowed(viewer, locked.get(id) ?? null, Access.STAFF);
      const original = locked.get(originalId);
      if (!original || accessOf(viewer, original) === Access.NONE) {
        throw AppError.field('originalId', 'exists', 'is not a request you can see');
      }
      if (!isOpen(current.status)) throw AppError.conflict(R.NOT_OPEN);
      if (original.duplicateOfId) throw AppError.conflict(R.ORIGINAL_IS_DUPLICATE);
      if (original.isPublic !== current.isPublic) throw AppError.conflict(R.ORIGINAL_OTHER_KIND);
      if (!original.isPublic && original.requesterId !== current.requesterId) throw AppError.conflict(R.ORIGINAL_NOT_SHAREABLE);

      const now = this.clock.now();
      const updated = await this.repo.applyDuplicate(tx, current.id, original.id, now);
      await this.repo.insertEvent(tx, {
        requestId: current.id,
        kind: K.MARKED_DUPLICATE,
        fromStatus: current.status,
        toStatus: S.CLOSED,
        authorId: viewer.id,
        payload: { originalId: original.id, originalReference: original.reference },
        now,
      });
      // Its followers as they are now: they move to the original right below.
      await this.notifications.notifyFollowers(tx, {
        followersAsOfNow: true,
        targetType: TARGET,
        targetId: current.id,
        kind: N.MARKED_DUPLICATE,
        actorId: viewer.id,
        payload: { reference: current.reference, originalId: original.id, originalReference: original.reference },
      });
      await this.notifications.moveFollowers(
        tx,
        { targetType: TARGET, targetId: current.id },
        { targetType: TARGET, targetId: original.id },
      );
      // The original changes too: its followers (and their count) grew.
      await this.notifications.targetChanged(tx, { targetType: TARGET, targetId: current.id });
      await this.notifications.targetChanged(tx, { targetType: TARGET, targetId: original.id });
      return updated;
    });
  }

  // ---- requester ----

  /**
   * The requester answers a request for information: back to IN_PROGRESS, the clock runs again.
   * FORBIDDEN NOT_REQUESTER, CONFLICT NOT_WAITING_FOR_RESIDENT. The reply stays between them and staff.
   * Photos sent with it (`imageIds`) join the request's photos, after the ones it has (at most 6 in
   * all; BAD_USER_INPUT on imageIds as for filing), in the same transaction; like the reply's text
   * they are shown to the requester and staff only, even on a public report.
   */
  async reply(viewer: Viewer, id: string, body: string, imageIds: readonly string[] = []): Promise<RequestRow> {
    assertImageCount(imageIds, 'imageIds');
    return this.tx.run(async (tx) => {
      const current = await this.lockAs(tx, viewer, id, Access.REQUESTER);
      if (current.status !== S.WAITING_FOR_RESIDENT) throw AppError.conflict(R.NOT_WAITING_FOR_RESIDENT);
      await this.media.attachImages(tx, viewer.id, [...imageIds], imageTarget(current.id), 'imageIds');
      const now = this.clock.now();
      const updated = await this.repo.applyStatus(tx, current.id, S.IN_PROGRESS, now, null);
      await this.repo.insertEvent(tx, {
        requestId: current.id,
        kind: K.RESIDENT_REPLY,
        fromStatus: current.status,
        toStatus: S.IN_PROGRESS,
        body,
        authorId: viewer.id,
        byRequester: true,
        payload: imageIds.length ? { imageIds } : undefined,
        now,
      });
      await this.notifications.targetChanged(tx, { targetType: TARGET, targetId: current.id });
      await this.notifications.notifyFollowers(tx, {
        targetType: TARGET,
        targetId: current.id,
        kind: N.RESIDENT_REPLIED,
        actorId: viewer.id,
        payload: { reference: current.reference, fromStatus: current.status, toStatus: S.IN_PROGRESS },
        alsoNotify: [current.assigneeId],
      });
      return updated;
    });
  }

  /**
   * The requester reopens a resolved request within 30 days of its resolution (Clock): back to
   * IN_PROGRESS; followers, the assignee and every agent of the department are told (each once),
   * since the department must pick it up again. FORBIDDEN NOT_REQUESTER, CONFLICT NOT_RESOLVED,
   * REOPEN_WINDOW_PASSED.
   */
  async reopen(viewer: Viewer, id: string, reason: string): Promise<RequestRow> {
    return this.tx.run(async (tx) => {
      const current = await this.lockAs(tx, viewer, id, Access.REQUESTER);
      const now = this.clock.now();
      const refusal = reopenRefusal(current, now);
      if (refusal) throw AppError.conflict(refusal);
      const updated = await this.repo.applyReopen(tx, current.id, now);
      await this.repo.insertEvent(tx, {
        requestId: current.id,
        kind: K.STATUS_CHANGED,
        fromStatus: current.status,
        toStatus: S.IN_PROGRESS,
        body: reason,
        authorId: viewer.id,
        byRequester: true,
        now,
      });
      const agents = await this.identity.agentIdsOfDepartment(current.departmentId, tx);
      await this.notifications.targetChanged(tx, { targetType: TARGET, targetId: current.id });
      // One fan-out statement for followers, assignee and agents, so an agent who also follows it
      // is notified once.
      await this.notifications.notifyFollowers(tx, {
        targetType: TARGET,
        targetId: current.id,
        kind: N.REOPENED,
        actorId: viewer.id,
        // The reason is the requester's own words: on a public report, followers are strangers.
        payload: {
          reference: current.reference,
          fromStatus: current.status,
          toStatus: S.IN_PROGRESS,
          ...(current.isPublic ? {} : { message: reason }),
        },
        alsoNotify: [current.assigneeId, ...agents],
      });
      return updated;
    });
  }

  /** The requester rates the answer 1–5, once, after resolution. FORBIDDEN NOT_REQUESTER, CONFLICT NOT_RESOLVED, ALREADY_RATED. */
  async rate(viewer: Viewer, id: string, rating: number, comment?: string | null): Promise<RequestRow> {
    return this.tx.run(async (tx) => {
      const current = await this.lockAs(tx, viewer, id, Access.REQUESTER);
      const refusal = rateRefusal(current);
      if (refusal) throw AppError.conflict(refusal);
      const now = this.clock.now();
      const text = textOrNull(comment);
      const updated = await this.repo.applyRating(tx, current.id, rating, text, now);
      if (!updated) throw AppError.conflict(R.ALREADY_RATED);
      await this.repo.insertEvent(tx, {
        requestId: current.id,
        kind: K.RATED,
        body: text,
        authorId: viewer.id,
        byRequester: true,
        payload: { rating },
        now,
      });
      await this.notifications.targetChanged(tx, { targetType: TARGET, targetId: current.id });
      await this.notifications.notifyUsers(tx, [current.assigneeId], {
        targetType: TARGET,
        targetId: current.id,
        kind: N.RATED,
        actorId: viewer.id,
        payload: { reference: current.reference, rating },
      });
      return updated;
    });
  }

  // ---- derived facts ----

  accessOf(viewer: Viewer | null, row: RequestRow): Access {
    return accessOf(viewer, row);
  }

  expectedAt(row: RequestRow): Date {
    return effectiveExpectedAt(row, this.clock.now());
  }

  isOverdue(row: RequestRow): boolean {
    return isOverdue(row, this.clock.now());
  }

  /** Loader factory: requests by id, whatever their visibility (callers check accessOf). */
  readonly requestLoader = () =>
    new DataLoader<string, RequestRow | null>(async (ids) => byKeys(ids, await this.repo.requestsByIds(this.tx.reader, ids), (r) => r.id));

  /**
   * Loader factory: timeline by `${requestId}|${Access}`; the SQL returns only the kinds that level
   * sees, and the requester's words lose their text below the requester (eventBodyVisible).
   */
  readonly eventsLoader = () =>
    new DataLoader<string, EventRow[]>(async (keys) => {
      const byAccess = new Map<Access, string[]>();
      for (const key of keys) {
        const [id, access] = key.split('|') as [string, Access];
        byAccess.set(access, [...(byAccess.get(access) ?? []), id]);
      }
      const found = new Map<string, EventRow[]>();
      for (const [access, ids] of byAccess) {
        const kinds = VISIBLE_EVENT_KINDS[access];
        const rows = visibleEvents(access, kinds.length ? await this.repo.eventsOf(this.tx.reader, ids, kinds) : []);
        groupByKeys(ids, rows, (e) => e.requestId).forEach((events, i) => found.set(`${ids[i]}|${access}`, events));
      }
      return keys.map((k) => found.get(k) ?? []);
    });

  /**
   * Loader factory: per request, the ids of the photos that came with the requester's replies
   * (hidden from the public view of a report, like the replies).
   */
  readonly replyImageIdsLoader = () =>
    new DataLoader<string, Set<string>>(async (ids) => {
      const rows = await this.repo.replyImageIds(this.tx.reader, ids);
      return groupByKeys(ids, rows, (r) => r.requestId).map((list) => new Set(list.map((r) => r.imageId)));
    });

  /** Loader factory: a request's photos hidden by moderators, by request id (imageId → its mark). */
  readonly hiddenImagesLoader = () =>
    new DataLoader<string, Map<string, HiddenImageRow>>(async (ids) => {
      const rows = await this.repo.hiddenImages(this.tx.reader, ids);
      return groupByKeys(ids, rows, (r) => r.requestId).map((list) => new Map(list.map((r) => [r.imageId, r])));
    });

  // ---- internals ----

  private async page(q: RequestListQuery, args: { first: number; after?: string }) {
    const after = this.decodeAfter(args.after, !!q.near);
    const rows = await this.repo.page(this.tx.reader, q, args.first + 1, after);
    const keyOf = (r: RequestRow): CursorKey => (q.near ? [r.distanceMeters ?? 0, r.id] : [r.cursorAt ?? '', r.id]);
    return toConnection(rows, args.first, keyOf, () => this.repo.count(this.tx.reader, q));
  }

  private decodeAfter(cursor: string | undefined, byDistance: boolean): [string | number, string] | undefined {
    return byDistance ? decodeCursor(cursor, 'float') : decodeCursor(cursor, 'timestamp');
  }

  /** Locks the row and checks the viewer's level: NOT_FOUND if invisible, else FORBIDDEN unless `needed`. */
  private async lockAs(tx: Tx, viewer: Viewer, id: string, needed: Access.STAFF | Access.REQUESTER): Promise<RequestRow> {
    const row = isUuid(id) ? await this.repo.requestById(tx, id, true) : null;
    return this.allowed(viewer, row, needed);
  }

  private allowed(viewer: Viewer, row: RequestRow | null, needed: Access.STAFF | Access.REQUESTER): RequestRow {
    const access = row ? accessOf(viewer, row) : Access.NONE;
    if (!row || access === Access.NONE) throw AppError.notFound(R.REQUEST_NOT_FOUND);
    if (needed === Access.STAFF && access !== Access.STAFF) throw AppError.forbidden(R.NOT_DEPARTMENT_STAFF);
    // Staff who filed a request themselves act on it as staff; the requester's rights are the requester's own.
    if (needed === Access.REQUESTER && row.requesterId !== viewer.id) throw AppError.forbidden(R.NOT_REQUESTER);
    return row;
  }

  /** Demo seed: ages a request (see the repository). */
  shiftBackForDemo(id: string, ms: number): Promise<void> {
    return this.tx.run((tx) => this.repo.shiftBack(tx, id, ms));
  }
}
