import { Tx } from '../database/transaction';

/**
 * Read-only SQL over the domains' tables, for aggregate statistics only (the dashboard reads
 * service requests, services, departments, proposals and consultations directly rather than asking
 * each domain for a new API: everything here is a count, a median or a share computed in
 * PostgreSQL). Visibility is kept: formalities (non-public requests) are counted, never listed;
 * no personal field (requester, description, address, location) is ever selected.
 */

export interface Period {
  from: Date | null;
  to: Date | null;
  district: string | null;
}

const OPEN = `('SUBMITTED', 'ACKNOWLEDGED', 'IN_PROGRESS', 'WAITING_FOR_RESIDENT')`;

export interface DelayRow {
  count: number;
  resolved: number;
  open: number;
  medianHoursToAcknowledge: number | null;
  medianHoursToResolve: number | null;
  shareResolvedWithinTarget: number | null;
}

export interface RequestGroupRow extends DelayRow {
  dim: 'all' | 'status' | 'service' | 'department' | 'district' | 'month';
  key: string | null;
  openFormalities: number;
  serviceCode: string | null;
  serviceName: string | null;
  serviceKind: string | null;
  targetDays: number | null;
  departmentCode: string | null;
  departmentName: string | null;
}

/**
 * Every request figure in one scan: GROUPING SETS give the overall figures and those by status,
 * service, department, district and month at once (percentile_cont per set).
 */
export function requestGroups(tx: Tx, p: Period): Promise<RequestGroupRow[]> {
  return tx.query(
    `WITH r AS (
       SELECT r.status, r.service_id, r.department_id, r.district, r.is_public,
              to_char(date_trunc('month', r.created_at AT TIME ZONE 'Europe/Paris'), 'YYYY-MM') AS month,
              (EXTRACT(EPOCH FROM r.acknowledged_at - r.created_at) / 3600)::float8 AS ack_h,
              (EXTRACT(EPOCH FROM r.resolved_at - r.created_at) / 3600)::float8 AS res_h,
              r.resolved_at <= r.created_at + make_interval(days => s.target_days) AS within
       FROM service_requests r JOIN services s ON s.id = r.service_id
       WHERE ($1::timestamptz IS NULL OR r.created_at >= $1) AND ($2::timestamptz IS NULL OR r.created_at < $2)
         AND ($3::varchar IS NULL OR r.district = $3)
     ), g AS (
       SELECT CASE WHEN GROUPING(status) = 0 THEN 'status' WHEN GROUPING(service_id) = 0 THEN 'service'
                   WHEN GROUPING(department_id) = 0 THEN 'department' WHEN GROUPING(district) = 0 THEN 'district'
                   WHEN GROUPING(month) = 0 THEN 'month' ELSE 'all' END AS dim,
              status, service_id, department_id, district, month,
              count(*)::int AS count, count(res_h)::int AS resolved,
              count(*) FILTER (WHERE status IN ${OPEN})::int AS open,
              count(*) FILTER (WHERE status IN ${OPEN} AND NOT is_public)::int AS open_formalities,
              percentile_cont(0.5) WITHIN GROUP (ORDER BY ack_h) AS median_ack,
              percentile_cont(0.5) WITHIN GROUP (ORDER BY res_h) AS median_res,
              (count(*) FILTER (WHERE within))::float8 / NULLIF(count(res_h), 0) AS share_within
       FROM r GROUP BY GROUPING SETS ((), (status), (service_id), (department_id), (district), (month))
     )
     SELECT g.dim, COALESCE(g.status, g.service_id::text, g.department_id::text, g.district, g.month) AS key,
            g.count, g.resolved, g.open, g.open_formalities AS "openFormalities",
            g.median_ack AS "medianHoursToAcknowledge", g.median_res AS "medianHoursToResolve",
            g.share_within AS "shareResolvedWithinTarget",
            s.code AS "serviceCode", s.name AS "serviceName", s.kind AS "serviceKind", s.target_days AS "targetDays",
            d.code AS "departmentCode", d.name AS "departmentName"
     FROM g
     LEFT JOIN services s ON s.id = g.service_id
     LEFT JOIN departments d ON d.id = COALESCE(g.department_id, s.department_id)
     ORDER BY g.dim, g.count DESC, key`,
    [p.from, p.to, p.district],
  );
}

export interface OldOpenRow {
  departmentId: string;
  reference: string;
  serviceCode: string;
  serviceName: string;
  status: string;
  submittedAt: Date;
  ageDays: number;
}

/** The `perDepartment` oldest open PUBLIC requests of each department (formalities are never listed). */
export function oldestOpen(tx: Tx, p: Period, now: Date, perDepartment: number): Promise<OldOpenRow[]> {
  return tx.query(
    `SELECT x.department_id AS "departmentId", x.reference, x.service_code AS "serviceCode", x.service_name AS "serviceName",
            x.status, x.created_at AS "submittedAt", (EXTRACT(EPOCH FROM $5::timestamptz - x.created_at) / 86400)::float8 AS "ageDays"
     FROM (SELECT r.department_id, r.reference, s.code AS service_code, s.name AS service_name, r.status, r.created_at,
                  row_number() OVER (PARTITION BY r.department_id ORDER BY r.created_at, r.id) AS rank
           FROM service_requests r JOIN services s ON s.id = r.service_id
           WHERE r.status IN ${OPEN} AND r.is_public
             AND ($1::timestamptz IS NULL OR r.created_at >= $1) AND ($2::timestamptz IS NULL OR r.created_at < $2)
             AND ($3::varchar IS NULL OR r.district = $3)) x
     WHERE x.rank <= $4 ORDER BY x.department_id, x.rank`,
    [p.from, p.to, p.district, perDepartment, now],
  );
}

export interface ProposalGroupRow {
  status: string | null;
  count: number;
  accepted: number;
  completed: number;
  averageProgress: number | null;
}

/** Published proposals (not drafts) by status, and overall (status null). */
export function proposalGroups(tx: Tx, p: Period): Promise<ProposalGroupRow[]> {
  return tx.query(
    `SELECT status, count(*)::int AS count,
            count(*) FILTER (WHERE answer_status = 'ACCEPTED')::int AS accepted,
            count(*) FILTER (WHERE status = 'COMPLETED')::int AS completed,
            (avg(progress) FILTER (WHERE answer_status = 'ACCEPTED'))::float8 AS "averageProgress"
     FROM proposals
     WHERE status <> 'DRAFT' AND published_at IS NOT NULL
       AND ($1::timestamptz IS NULL OR published_at >= $1) AND ($2::timestamptz IS NULL OR published_at < $2)
       AND ($3::varchar IS NULL OR district = $3)
     GROUP BY GROUPING SETS ((), (status)) ORDER BY count DESC, status NULLS FIRST`,
    [p.from, p.to, p.district],
  );
}

export interface ConsultationRow {
  id: string;
  title: string;
  opensAt: Date;
  closesAt: Date;
  districts: string[];
  responses: number;
  conclusionPublished: boolean;
  total: number;
}

/** Consultations opened (by `now`) in the period, concerning the district (city-wide ones do), newest first. */
export function consultations(tx: Tx, p: Period, now: Date, limit: number): Promise<ConsultationRow[]> {
  return tx.query(
    `SELECT id, title, opens_at AS "opensAt", closes_at AS "closesAt", districts, response_count AS responses,
            conclusion_published_at IS NOT NULL AS "conclusionPublished", count(*) OVER ()::int AS total
     FROM consultations
     WHERE opens_at <= $4 AND ($1::timestamptz IS NULL OR opens_at >= $1) AND ($2::timestamptz IS NULL OR opens_at < $2)
       AND ($3::varchar IS NULL OR cardinality(districts) = 0 OR $3 = ANY (districts))
     ORDER BY opens_at DESC, id LIMIT $5`,
    [p.from, p.to, p.district, now, limit],
  );
}
