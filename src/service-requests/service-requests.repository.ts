import { Injectable } from '@nestjs/common';
import { timestampKeySql, Tx } from '../database/transaction';
import { OPEN_STATUSES } from './service-request.policy';
import { ServiceRequestOrderDirection, ServiceRequestOrderField, ServiceRequestStatus } from './service-request.enums';
import type { ServiceRow } from './service-catalogue.repository';
import type { ServiceFieldDefinition, StoredFieldValue } from './service-fields';

export interface RequestRow {
  id: string;
  reference: string;
  serviceId: string;
  departmentId: string;
  isPublic: boolean;
  requesterId: string | null;
  status: ServiceRequestStatus;
  priority: string;
  description: string;
  lat: number | null;
  lng: number | null;
  address: string | null;
  district: string | null;
  fieldValues: Record<string, StoredFieldValue>;
  /** The version of the service's fields the values were given under (service_field_versions). */
  fieldsVersion: number;
  assigneeId: string | null;
  duplicateOfId: string | null;
  resolution: string | null;
  expectedAt: Date;
  pausedAt: Date | null;
  acknowledgedAt: Date | null;
  resolvedAt: Date | null;
  closedAt: Date | null;
  rating: number | null;
  ratingComment: string | null;
  ratedAt: Date | null;
  reopenCount: number;
  createdAt: Date;
  updatedAt: Date;
  /** Only in `near` lists: metres from the point asked about. */
  distanceMeters?: number;
  /** Only in lists by time: the sort timestamp with its microseconds, for the cursor. */
  cursorAt?: string;
  /** Only from the request page's read: the users its timeline names (authors, assignees), loaded with the others. */
  timelineUserIds?: string[];
}

/**
 * A request with what its page shows from this domain and its department, read in one statement:
 * its whole timeline (every kind: the caller keeps what the viewer may see), its service, the fields
 * it was filed under, its department and its photos hidden by moderators.
 */
export interface RequestDetailRow {
  request: RequestRow;
  events: EventRow[];
  service: ServiceRow;
  /** Null when that version of the fields is missing (never, with the foreign key). */
  fields: ServiceFieldDefinition[] | null;
  department: { id: string; code: string; name: string; archivedAt: Date | null; createdAt: Date };
  hiddenImages: HiddenImageRow[];
}

/** A request's photo hidden by a moderator. */
export interface HiddenImageRow {
  imageId: string;
  requestId: string;
  hiddenAt: Date;
  hiddenReason: string;
}

export interface EventRow {
  id: string;
  requestId: string;
  kind: string;
  fromStatus: string | null;
  toStatus: string | null;
  body: string | null;
  authorId: string | null;
  byRequester: boolean;
  payload: Record<string, unknown>;
  createdAt: Date;
}

/** The filters of a list, already narrowed to what the viewer may see (the service decides). */
export interface RequestListQuery {
  /** Rows visible besides public ones: null = every row (admin), else these departments' rows. */
  staffDepartmentIds: string[] | null;
  /** Restrict to these departments (the agent's default queue, or the departmentId filter). */
  departmentIds?: string[];
  /** Filters only staff may use apply to rows they handle: these departments (null = all). */
  staffOnlyScope?: string[] | null;
  /** Given: only these (an empty list matches nothing). */
  statuses?: ServiceRequestStatus[];
  serviceId?: string;
  /** Any of these services (Open311's comma-separated `service_code`). */
  serviceIds?: string[];
  /** Filed at or after / before these instants. */
  createdFrom?: Date;
  createdBefore?: Date;
  /** Only these references. */
  references?: string[];
  assigneeId?: string;
  unassigned?: boolean;
  district?: string;
  priority?: string;
  requesterId?: string;
  overdue?: boolean;
  now: Date;
  near?: { lat: number; lng: number; radiusMeters: number };
  orderBy: { field: ServiceRequestOrderField; direction: ServiceRequestOrderDirection };
}

const REQUEST_COLUMNS = `r.id, r.reference, r.service_id AS "serviceId", r.department_id AS "departmentId",
  r.is_public AS "isPublic", r.requester_id AS "requesterId", r.status, r.priority, r.description, r.lat, r.lng,
  r.address, r.district, r.field_values AS "fieldValues", r.fields_version AS "fieldsVersion", r.assignee_id AS "assigneeId",
  r.duplicate_of_id AS "duplicateOfId", r.resolution, r.expected_at AS "expectedAt", r.paused_at AS "pausedAt",
  r.acknowledged_at AS "acknowledgedAt", r.resolved_at AS "resolvedAt", r.closed_at AS "closedAt", r.rating,
  r.rating_comment AS "ratingComment", r.rated_at AS "ratedAt", r.reopen_count AS "reopenCount",
  r.created_at AS "createdAt", r.updated_at AS "updatedAt"`;

const EVENT_COLUMNS = `e.id, e.request_id AS "requestId", e.kind, e.from_status AS "fromStatus", e.to_status AS "toStatus",
  e.body, e.author_id AS "authorId", e.by_requester AS "byRequester", e.payload, e.created_at AS "createdAt"`;

/** The column each list order sorts on (keyset: the column, then the id). */
const ORDER_COLUMNS: Record<ServiceRequestOrderField, string> = {
  [ServiceRequestOrderField.CREATED_AT]: 'r.created_at',
  [ServiceRequestOrderField.EXPECTED_AT]: 'r.expected_at',
  [ServiceRequestOrderField.RESOLVED_AT]: 'r.resolved_at',
};

/**
 * Open requests, written out as in the predicate of the partial indexes on open requests
 * (ix_service_requests_open_*), so that the planner can prove they apply.
 */
const OPEN_PREDICATE = `r.status IN (${OPEN_STATUSES.map((s) => `'${s}'`).join(', ')})`;

const EARTH_RADIUS_M = 6371008.8;
const METRES_PER_DEGREE_LAT = 111320;

/** RequestDetailRow as the JSON of requestDetail brings it: timestamps as text. */
type Textual<T> = { [K in keyof T]: T[K] extends Date ? string : T[K] extends Date | null ? string | null : T[K] };
interface RawDetail {
  events: Textual<EventRow>[];
  service: Textual<ServiceRow>;
  fields: ServiceFieldDefinition[] | null;
  department: Textual<RequestDetailRow['department']>;
  hiddenImages: Textual<HiddenImageRow>[];
}

/** Collects positional parameters while a query is built. */
class Params {
  readonly values: unknown[] = [];
  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

/** Every query on service requests and their events. */
@Injectable()
export class ServiceRequestsRepository {
  /**
   * Files a request in one statement: takes the year's next number, inserts the request under its
   * reference `PAR-<year>-<n>` and its CREATED event. The counter's upsert locks the year's row
   * until the transaction ends, so concurrent filings queue on it and never share a number; and
   * since the number is taken in the transaction, a filing that fails leaves no gap. Run it as the
   * transaction's last write: the row is then held for this statement and the commit only.
   */
  async insertFiled(
    tx: Tx,
    r: {
      id: string;
      year: number;
      serviceId: string;
      departmentId: string;
      isPublic: boolean;
      requesterId: string;
      description: string;
      lat: number | null;
      lng: number | null;
      address: string | null;
      district: string | null;
      fieldValues: Record<string, StoredFieldValue>;
      fieldsVersion: number;
      now: Date;
      targetDays: number;
    },
  ): Promise<RequestRow> {
    const [row] = await tx.query(
      `WITH n AS (
         INSERT INTO service_request_counters (year, last_value) VALUES ($2, 1)
         ON CONFLICT (year) DO UPDATE SET last_value = service_request_counters.last_value + 1
         RETURNING last_value
       ), r AS (
         INSERT INTO service_requests AS r (id, reference, service_id, department_id, is_public, requester_id, status,
           description, lat, lng, address, district, field_values, fields_version, created_at, updated_at, expected_at)
         SELECT $1::uuid, 'PAR-' || $2::int || '-' || lpad(n.last_value::text, GREATEST(6, length(n.last_value::text)), '0'),
                $3::uuid, $4::uuid, $5::boolean, $6::uuid, 'SUBMITTED', $7::text, $8::float8, $9::float8, $10::varchar, $11::varchar,
                $12::jsonb, $13::int, $14::timestamptz, $14::timestamptz, $14::timestamptz + make_interval(days => $15::int)
           FROM n
         RETURNING ${REQUEST_COLUMNS}
       ), e AS (
         INSERT INTO service_request_events (request_id, kind, to_status, author_id, by_requester, created_at)
         SELECT r.id, 'CREATED', 'SUBMITTED', r."requesterId", true, r."createdAt" FROM r
       )
       SELECT * FROM r`,
      [
        r.id,
        r.year,
        r.serviceId,
        r.departmentId,
        r.isPublic,
        r.requesterId,
        r.description,
        r.lat,
        r.lng,
        r.address,
        r.district,
        JSON.stringify(r.fieldValues),
        r.fieldsVersion,
        r.now,
        r.targetDays,
      ],
    );
    return row;
  }

  /** With `forUpdate`, locks the row until the transaction ends: the state rules and the write see one state. */
  async requestById(tx: Tx, id: string, forUpdate = false): Promise<RequestRow | null> {
    const rows: RequestRow[] = await tx.query(
      `SELECT ${REQUEST_COLUMNS} FROM service_requests r WHERE r.id = $1 ${forUpdate ? 'FOR UPDATE' : ''}`,
      [id],
    );
    return rows[0] ?? null;
  }

  /**
   * The request page's read (see RequestDetailRow), by id or by reference: one statement instead of
   * one per loader. Timestamps inside the JSON parts come back as text and are turned into Dates.
   */
  async requestDetail(tx: Tx, by: { id: string } | { reference: string }): Promise<RequestDetailRow | null> {
    const rows: (RequestRow & { detail: RawDetail })[] = await tx.query(
      `SELECT ${REQUEST_COLUMNS}, json_build_object(
         'events', (SELECT COALESCE(json_agg(json_build_object('id', e.id, 'requestId', e.request_id, 'kind', e.kind,
                      'fromStatus', e.from_status, 'toStatus', e.to_status, 'body', e.body, 'authorId', e.author_id,
                      'byRequester', e.by_requester, 'payload', e.payload, 'createdAt', e.created_at) ORDER BY e.seq), '[]')
                      FROM service_request_events e WHERE e.request_id = r.id),
         'service', json_build_object('id', s.id, 'code', s.code, 'name', s.name, 'description', s.description, 'kind', s.kind,
                      'groupName', s.group_name, 'position', s.position, 'departmentId', s.department_id,
                      'targetDays', s.target_days, 'requestsPublic', s.requests_public, 'fields', s.fields,
                      'fieldsVersion', s.fields_version, 'active', s.active, 'createdAt', s.created_at),
         'fields', (SELECT v.fields FROM service_field_versions v WHERE v.service_id = r.service_id AND v.version = r.fields_version),
         'department', json_build_object('id', d.id, 'code', d.code, 'name', d.name, 'archivedAt', d.archived_at, 'createdAt', d.created_at),
         'hiddenImages', (SELECT COALESCE(json_agg(json_build_object('imageId', h.image_id, 'requestId', h.request_id,
                      'hiddenAt', h.hidden_at, 'hiddenReason', h.hidden_reason)), '[]')
                      FROM service_request_hidden_images h WHERE h.request_id = r.id)
       ) AS detail
       FROM service_requests r JOIN services s ON s.id = r.service_id JOIN departments d ON d.id = r.department_id
       WHERE ${'id' in by ? 'r.id = $1' : 'r.reference = $1'}`,
      ['id' in by ? by.id : by.reference],
    );
    const found = rows[0];
    if (!found) return null;
    const { detail, ...request } = found;
    const at = (v: string) => new Date(v);
    return {
      request,
      events: detail.events.map((e) => ({ ...e, createdAt: at(e.createdAt) })),
      service: { ...detail.service, createdAt: at(detail.service.createdAt) },
      fields: detail.fields,
      department: {
        ...detail.department,
        archivedAt: detail.department.archivedAt ? at(detail.department.archivedAt) : null,
        createdAt: at(detail.department.createdAt),
      },
      hiddenImages: detail.hiddenImages.map((h) => ({ ...h, hiddenAt: at(h.hiddenAt) })),
    };
  }

  requestsByIds(tx: Tx, ids: readonly string[]): Promise<RequestRow[]> {
    return tx.query(`SELECT ${REQUEST_COLUMNS} FROM service_requests r WHERE r.id = ANY($1::uuid[])`, [ids]);
  }

  async requestByReference(tx: Tx, reference: string): Promise<RequestRow | null> {
    const rows: RequestRow[] = await tx.query(`SELECT ${REQUEST_COLUMNS} FROM service_requests r WHERE r.reference = $1`, [reference]);
    return rows[0] ?? null;
  }

  /**
   * A status change with what it implies: the first answer sets acknowledged_at, RESOLVED sets
   * resolved_at and the resolution, CLOSED closed_at; entering WAITING_FOR_RESIDENT pauses the clock
   * and leaving it moves the due date forward by the pause.
   */
  async applyStatus(tx: Tx, id: string, to: ServiceRequestStatus, now: Date, message: string | null): Promise<RequestRow> {
    // TypeORM answers UPDATE with [rows, affected].
    const [rows] = await tx.query(
      `UPDATE service_requests r SET status = $2::varchar, updated_at = $3,
         acknowledged_at = CASE WHEN acknowledged_at IS NULL AND $2::varchar <> 'SUBMITTED' THEN $3 ELSE acknowledged_at END,
         resolved_at = CASE WHEN $2::varchar = 'RESOLVED' THEN $3 ELSE resolved_at END,
         closed_at = CASE WHEN $2::varchar = 'CLOSED' THEN $3 ELSE closed_at END,
         resolution = CASE WHEN $2::varchar IN ('RESOLVED', 'REJECTED') THEN $4 ELSE resolution END,
         expected_at = CASE WHEN paused_at IS NOT NULL AND $2::varchar <> 'WAITING_FOR_RESIDENT'
                            THEN expected_at + ($3::timestamptz - paused_at) ELSE expected_at END,
         paused_at = CASE WHEN $2::varchar = 'WAITING_FOR_RESIDENT' THEN COALESCE(paused_at, $3) ELSE NULL END
       WHERE r.id = $1 RETURNING ${REQUEST_COLUMNS}`,
      [id, to, now, message],
    );
    return rows[0];
  }

  /** The requester's reopen: back to IN_PROGRESS, the resolution undone (a new one will be written). */
  async applyReopen(tx: Tx, id: string, now: Date): Promise<RequestRow> {
    const [rows] = await tx.query(
      `UPDATE service_requests r SET status = 'IN_PROGRESS', updated_at = $2, resolved_at = NULL, closed_at = NULL,
         resolution = NULL, reopen_count = reopen_count + 1
       WHERE r.id = $1 RETURNING ${REQUEST_COLUMNS}`,
      [id, now],
    );
    return rows[0];
  }

  /** Closes onto the original; a paused clock stops with it. */
  async applyDuplicate(tx: Tx, id: string, originalId: string, now: Date): Promise<RequestRow> {
    const [rows] = await tx.query(
      `UPDATE service_requests r SET status = 'CLOSED', duplicate_of_id = $2, closed_at = $3, updated_at = $3,
         acknowledged_at = COALESCE(acknowledged_at, $3),
         expected_at = CASE WHEN paused_at IS NOT NULL THEN expected_at + ($3::timestamptz - paused_at) ELSE expected_at END,
         paused_at = NULL
       WHERE r.id = $1 RETURNING ${REQUEST_COLUMNS}`,
      [id, originalId, now],
    );
    return rows[0];
  }

  async applyAssignee(tx: Tx, id: string, assigneeId: string | null, now: Date): Promise<RequestRow> {
    const [rows] = await tx.query(
      `UPDATE service_requests r SET assignee_id = $2, updated_at = $3 WHERE r.id = $1 RETURNING ${REQUEST_COLUMNS}`,
      [id, assigneeId, now],
    );
    return rows[0];
  }

  async applyPriority(tx: Tx, id: string, priority: string, now: Date): Promise<RequestRow> {
    const [rows] = await tx.query(
      `UPDATE service_requests r SET priority = $2, updated_at = $3 WHERE r.id = $1 RETURNING ${REQUEST_COLUMNS}`,
      [id, priority, now],
    );
    return rows[0];
  }

  /** Conditional on no rating yet, so two concurrent ratings cannot both land. Null if already rated. */
  async applyRating(tx: Tx, id: string, rating: number, comment: string | null, now: Date): Promise<RequestRow | null> {
    const [rows] = await tx.query(
      `UPDATE service_requests r SET rating = $2, rating_comment = $3, rated_at = $4, updated_at = $4
       WHERE r.id = $1 AND r.rating IS NULL RETURNING ${REQUEST_COLUMNS}`,
      [id, rating, comment, now],
    );
    return rows[0] ?? null;
  }

  async touch(tx: Tx, id: string, now: Date): Promise<void> {
    await tx.query(`UPDATE service_requests SET updated_at = $2 WHERE id = $1`, [id, now]);
  }

  async insertEvent(
    tx: Tx,
    e: {
      requestId: string;
      kind: string;
      fromStatus?: string | null;
      toStatus?: string | null;
      body?: string | null;
      authorId: string | null;
      byRequester?: boolean;
      payload?: Record<string, unknown>;
      now: Date;
    },
  ): Promise<EventRow> {
    const [row] = await tx.query(
      `INSERT INTO service_request_events AS e (request_id, kind, from_status, to_status, body, author_id, by_requester, payload, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8::jsonb, $9) RETURNING ${EVENT_COLUMNS}`,
      [
        e.requestId,
        e.kind,
        e.fromStatus ?? null,
        e.toStatus ?? null,
        e.body ?? null,
        e.authorId,
        e.byRequester ?? false,
        JSON.stringify(e.payload ?? {}),
        e.now,
      ],
    );
    return row;
  }

  /** Events of several requests, only of the given kinds (what the viewer may see), in timeline order. */
  eventsOf(tx: Tx, requestIds: readonly string[], kinds: readonly string[]): Promise<EventRow[]> {
    return tx.query(
      `SELECT ${EVENT_COLUMNS} FROM service_request_events e
       WHERE e.request_id = ANY($1::uuid[]) AND e.kind = ANY($2::varchar[])
       ORDER BY e.request_id, e.seq`,
      [requestIds, kinds],
    );
  }

  /**
   * Images that came with the requester's replies, per request: they stay between the requester
   * and staff like the replies themselves (the ids are in the RESIDENT_REPLY events' payload).
   */
  async replyImageIds(tx: Tx, requestIds: readonly string[]): Promise<{ requestId: string; imageId: string }[]> {
    return tx.query(
      `SELECT e.request_id AS "requestId", i.id AS "imageId"
         FROM service_request_events e, jsonb_array_elements_text(e.payload -> 'imageIds') AS i(id)
        WHERE e.request_id = ANY($1::uuid[]) AND e.kind = 'RESIDENT_REPLY' AND jsonb_typeof(e.payload -> 'imageIds') = 'array'`,
      [requestIds],
    );
  }

  /** The photos of these requests hidden by moderators, with the reason. */
  hiddenImages(tx: Tx, requestIds: readonly string[]): Promise<HiddenImageRow[]> {
    return tx.query(
      `SELECT image_id AS "imageId", request_id AS "requestId", hidden_at AS "hiddenAt", hidden_reason AS "hiddenReason"
         FROM service_request_hidden_images WHERE request_id = ANY($1::uuid[])`,
      [requestIds],
    );
  }

  /** These photos' hidden marks, whatever their request. */
  hiddenImagesByIds(tx: Tx, imageIds: readonly string[]): Promise<HiddenImageRow[]> {
    return tx.query(
      `SELECT image_id AS "imageId", request_id AS "requestId", hidden_at AS "hiddenAt", hidden_reason AS "hiddenReason"
         FROM service_request_hidden_images WHERE image_id = ANY($1::uuid[])`,
      [imageIds],
    );
  }

  /** Hides a photo (or changes its mark), with the moderator's reason and the moment. */
  async hideImage(tx: Tx, imageId: string, requestId: string, mark: { reason: string; at: Date }): Promise<void> {
    await tx.query(
      `INSERT INTO service_request_hidden_images (image_id, request_id, hidden_at, hidden_reason) VALUES ($1, $2, $3, $4)
       ON CONFLICT (image_id) DO UPDATE SET hidden_at = EXCLUDED.hidden_at, hidden_reason = EXCLUDED.hidden_reason`,
      [imageId, requestId, mark.at, mark.reason],
    );
  }

  async showImage(tx: Tx, imageId: string): Promise<void> {
    await tx.query(`DELETE FROM service_request_hidden_images WHERE image_id = $1`, [imageId]);
  }

  /** One page of a list (`limit` = first + 1) and, on demand, its total. */
  async page(tx: Tx, q: RequestListQuery, limit: number, after?: [string | number, string]): Promise<RequestRow[]> {
    const p = new Params();
    const where = this.whereOf(q, p);
    let select = REQUEST_COLUMNS;
    let order: string;
    let keyset = '';
    if (q.near) {
      const distance = this.distanceSql(q.near, p);
      select += `, ${distance} AS "distanceMeters"`;
      if (after) keyset = `AND (${distance}, r.id) > (${p.add(Number(after[0]))}::float8, ${p.add(after[1])}::uuid)`;
      order = `${distance} ASC, r.id ASC`;
    } else {
      const column = ORDER_COLUMNS[q.orderBy.field];
      const desc = q.orderBy.direction === ServiceRequestOrderDirection.DESC;
      select += `, ${timestampKeySql(column)} AS "cursorAt"`;
      if (after) keyset = `AND (${column}, r.id) ${desc ? '<' : '>'} (${p.add(after[0])}::timestamptz, ${p.add(after[1])}::uuid)`;
      order = desc ? `${column} DESC, r.id DESC` : `${column} ASC, r.id ASC`;
    }
    return tx.query(`SELECT ${select} FROM service_requests r WHERE ${where} ${keyset} ORDER BY ${order} LIMIT ${p.add(limit)}`, p.values);
  }

  async count(tx: Tx, q: RequestListQuery): Promise<number> {
    const p = new Params();
    const [row] = await tx.query(`SELECT count(*)::int AS n FROM service_requests r WHERE ${this.whereOf(q, p)}`, p.values);
    return row.n;
  }

  /**
   * Demo seed only: moves a request and its events back in time, so the demo shows ages, overdue
   * requests and measured delays.
   */
  async shiftBack(tx: Tx, id: string, ms: number): Promise<void> {
    const by = `make_interval(secs => $2::float8 / 1000)`;
    await tx.query(
      `UPDATE service_requests SET created_at = created_at - ${by}, updated_at = updated_at - ${by},
         expected_at = expected_at - ${by}, paused_at = paused_at - ${by}, acknowledged_at = acknowledged_at - ${by},
         resolved_at = resolved_at - ${by}, closed_at = closed_at - ${by}, rated_at = rated_at - ${by}
       WHERE id = $1`,
      [id, ms],
    );
    await tx.query(`UPDATE service_request_events SET created_at = created_at - ${by} WHERE request_id = $1`, [id, ms]);
  }

  private whereOf(q: RequestListQuery, p: Params): string {
    const w: string[] = [];
    // Written so that the planner can use the partial indexes (see the entity): a visitor's lists
    // say `r.is_public` alone, a list already narrowed to departments the viewer works for needs no
    // visibility clause (every such row is visible), one department is an equality (a btree then
    // gives the rows in the list's order), and only open statuses repeat the indexes' predicate.
    const departments = q.departmentIds;
    const withinStaff = !!departments && !!q.staffDepartmentIds && departments.every((d) => q.staffDepartmentIds?.includes(d));
    if (q.staffDepartmentIds && !withinStaff) {
      w.push(
        q.staffDepartmentIds.length ? `(r.is_public OR r.department_id = ANY(${p.add(q.staffDepartmentIds)}::uuid[]))` : `r.is_public`,
      );
    }
    if (departments) w.push(this.departmentSql(departments, p));
    if (q.staffOnlyScope) w.push(this.departmentSql(q.staffOnlyScope, p));
    if (q.statuses) {
      w.push(`r.status = ANY(${p.add(q.statuses)}::varchar[])`);
      if (q.statuses.length && q.statuses.every((s) => OPEN_STATUSES.includes(s))) w.push(OPEN_PREDICATE);
    }
    if (q.serviceId) w.push(`r.service_id = ${p.add(q.serviceId)}::uuid`);
    if (q.serviceIds) w.push(`r.service_id = ANY(${p.add(q.serviceIds)}::uuid[])`);
    if (q.createdFrom) w.push(`r.created_at >= ${p.add(q.createdFrom)}::timestamptz`);
    if (q.createdBefore) w.push(`r.created_at < ${p.add(q.createdBefore)}::timestamptz`);
    if (q.references) w.push(`r.reference = ANY(${p.add(q.references)}::varchar[])`);
    if (q.assigneeId) w.push(`r.assignee_id = ${p.add(q.assigneeId)}::uuid`);
    if (q.unassigned === true) w.push(`r.assignee_id IS NULL`);
    if (q.unassigned === false) w.push(`r.assignee_id IS NOT NULL`);
    if (q.district) w.push(`r.district = ${p.add(q.district)}`);
    if (q.priority) w.push(`r.priority = ${p.add(q.priority)}`);
    if (q.requesterId) w.push(`r.requester_id = ${p.add(q.requesterId)}::uuid`);
    // Ordered by resolution, only the requests that have one (a reopened request loses it); the
    // predicate is the one of the partial index ix_service_requests_resolved_at_id.
    if (!q.near && q.orderBy.field === ServiceRequestOrderField.RESOLVED_AT) w.push(`r.resolved_at IS NOT NULL`);
    if (q.overdue !== undefined) {
      // Same rule as isOverdue(): open, and past the due date moved forward by a running pause.
      // `expected_at + (now - paused_at) < now` is `expected_at < paused_at`, so it reads as a
      // plain comparison on expected_at; the status list is written out as in the partial index
      // ix_service_requests_open_expected_at, so the planner can prove the index applies.
      const overdue = `(${OPEN_PREDICATE} AND r.expected_at < COALESCE(r.paused_at, ${p.add(q.now)}::timestamptz))`;
      w.push(q.overdue ? overdue : `NOT ${overdue}`);
    }
    if (q.near) {
      const { lat, lng, radiusMeters } = q.near;
      // Bounding box first (served by ix_service_requests_lat_lng), then the exact distance.
      const dLat = radiusMeters / METRES_PER_DEGREE_LAT;
      const dLng = radiusMeters / (METRES_PER_DEGREE_LAT * Math.max(Math.cos((lat * Math.PI) / 180), 0.01));
      w.push(`r.lat BETWEEN ${p.add(lat - dLat)}::float8 AND ${p.add(lat + dLat)}::float8`);
      w.push(`r.lng BETWEEN ${p.add(lng - dLng)}::float8 AND ${p.add(lng + dLng)}::float8`);
      w.push(`${this.distanceSql(q.near, p)} <= ${p.add(radiusMeters)}::float8`);
    }
    return w.length ? w.join(' AND ') : 'TRUE';
  }

  /** `= ANY` of one element is written as an equality, which the planner can read in index order. */
  private departmentSql(ids: readonly string[], p: Params): string {
    return ids.length === 1 ? `r.department_id = ${p.add(ids[0])}::uuid` : `r.department_id = ANY(${p.add(ids)}::uuid[])`;
  }

  /** Haversine distance in metres from the point to the row's location. */
  private distanceSql(near: { lat: number; lng: number }, p: Params): string {
    const lat = p.add(near.lat);
    const lng = p.add(near.lng);
    return `(2 * ${EARTH_RADIUS_M} * asin(LEAST(1, sqrt(
      power(sin(radians(r.lat - ${lat}::float8) / 2), 2)
      + cos(radians(${lat}::float8)) * cos(radians(r.lat)) * power(sin(radians(r.lng - ${lng}::float8) / 2), 2)))))`;
  }
}
