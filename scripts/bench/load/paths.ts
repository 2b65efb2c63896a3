/**
 * The paths the load benchmark drives: each sends the client's own GraphQL documents (printed from
 * the generated client code, so a change to the client's queries changes the benchmark), with the
 * variables its pages send; each read path also has the best hand-written SQL statement that reads
 * the same data (same page, same fields, counts and viewer state), run at the same concurrency for
 * comparison.
 */
import { clientDocument } from './documents';
import { Fixtures, OPEN_STATUSES, Session } from './fixtures';

/** One GraphQL request as the client sends it. */
export interface Operation {
  query: string;
  variables: Record<string, unknown>;
  token?: string;
}

export interface SqlStatement {
  text: string;
  values: unknown[];
}

/**
 * Every path, in the order they run. A path whose data the database lacks (no agent, no open
 * proposal…) is left out of a run.
 */
export const PATH_NAMES = [
  'home',
  'list-newest',
  'list-supports',
  'list-comments',
  'list-status',
  'list-district',
  'list-category',
  'list-search',
  'proposal',
  'support',
  'withdraw',
  'comment',
  'file',
  'queue',
  'timeline',
  'consultation',
  'dashboard',
] as const;

export interface LoadPath {
  /** Short name, used by `--paths`. */
  name: (typeof PATH_NAMES)[number];
  /** What the table says. */
  label: string;
  kind: 'read' | 'write';
  /**
   * The n-th request of connection `slot`: rotates through the fixtures so that connections ask for
   * different data, the way visitors do.
   */
  next(slot: number, n: number): Operation;
  /** The same data in one hand-written statement (read paths only), with the same rotation. */
  sql?(slot: number, n: number): SqlStatement;
  /** Share of the mixed "real day" (relative). */
  weight: number;
}

const pick = <T>(list: readonly T[], slot: number, n: number): T => list[(slot * 7919 + n) % list.length];

/** The proposal card's fields, author, category and images, as json (the list pages and the home page). */
const CARD_JSON = `json_build_object('id', p.id, 'title', p.title, 'status', p.status, 'hidden', p.hidden_at IS NOT NULL,
  'district', p.district, 'supportCount', p.support_count, 'supportThreshold', p.support_threshold,
  'commentCount', p.comment_count, 'publishedAt', p.published_at, 'createdAt', p.created_at,
  'author', json_build_object('id', u.id, 'displayName', u.display_name),
  'category', CASE WHEN c.id IS NULL THEN NULL ELSE json_build_object('id', c.id, 'name', c.name) END,
  'images', (SELECT COALESCE(json_agg(json_build_object('id', i.id, 'width', i.width, 'height', i.height,
     'placeholder', i.placeholder) ORDER BY i.position), '[]') FROM images i
     WHERE i.attached_type = 'PROPOSAL' AND i.attached_id = p.id))`;

/** A public proposal list: the page (first + 1 rows) in the order asked, and the total count. */
function proposalListSql(where: string, order: string, values: unknown[], limit = 21): SqlStatement {
  const filter = `p.status <> 'DRAFT' AND p.hidden_at IS NULL${where ? ` AND ${where}` : ''}`;
  return {
    text: `SELECT (SELECT count(*) FROM proposals p WHERE ${filter}) AS "totalCount",
      (SELECT COALESCE(json_agg(${CARD_JSON} ORDER BY ${order}), '[]')
         FROM (SELECT * FROM proposals p WHERE ${filter} ORDER BY ${order} LIMIT ${limit}) p
         JOIN users u ON u.id = p.author_id LEFT JOIN categories c ON c.id = p.category_id) AS edges`,
    values,
  };
}

const BY_DATE = `COALESCE(p.published_at, p.created_at) DESC, p.id DESC`;

/** The words of a search as the server turns them into a prefix query (searchQuery, one word here). */
function prefixQuery(word: string): string {
  if (word.length < 4) return word;
  const singular = word.replace(/[sx]$/u, '');
  return singular !== word ? `(${word}:* | ${singular}:*)` : `${word}:*`;
}

/** The last 12 months up to tomorrow's midnight, as the dashboard asks by default. */
function lastYear(): { from: string; to: string } {
  const today = new Date();
  const to = new Date(today.getFullYear(), today.getMonth(), today.getDate() + 1);
  const from = new Date(today.getFullYear(), today.getMonth() - 12, today.getDate() + 1);
  return { from: from.toISOString(), to: to.toISOString() };
}

export function buildPaths(f: Fixtures): LoadPath[] {
  const resident = (slot: number): Session => f.residents[slot % f.residents.length];
  const paths: LoadPath[] = [];

  // The home page: its two lists, each a request of its own (the client sends them separately).
  paths.push({
    name: 'home',
    label: 'home page (3 popular proposals, 3 resolved requests)',
    kind: 'read',
    weight: 20,
    next: (slot, n) =>
      n % 2 === 0
        ? { query: clientDocument('HomePopularProposals'), variables: { first: 3, orderBy: { field: 'SUPPORTS', direction: 'DESC' } } }
        : {
            query: clientDocument('HomeResolvedRequests'),
            variables: { first: 3, filter: {}, orderBy: { field: 'RESOLVED_AT', direction: 'DESC' } },
          },
    sql: (slot, n) =>
      n % 2 === 0
        ? proposalListSql('', 'p.support_count DESC, p.id DESC', [], 4)
        : {
            text: `SELECT (SELECT count(*) FROM service_requests r WHERE r.is_public AND r.resolved_at IS NOT NULL) AS "totalCount",
              (SELECT json_agg(json_build_object('id', r.id, 'reference', r.reference, 'address', r.address, 'district', r.district,
                  'resolvedAt', r.resolved_at, 'service', json_build_object('id', s.id, 'name', s.name)) ORDER BY r.resolved_at DESC, r.id DESC)
                 FROM (SELECT * FROM service_requests r WHERE r.is_public AND r.resolved_at IS NOT NULL
                       ORDER BY r.resolved_at DESC, r.id DESC LIMIT 4) r JOIN services s ON s.id = r.service_id) AS edges`,
            values: [],
          },
  });

  // The proposal list: each order, then each filter (newest first), 20 cards, signed in.
  const lists: {
    name: LoadPath['name'];
    label: string;
    filter: Record<string, unknown>;
    field: string;
    where: string;
    order: string;
    values: unknown[];
  }[] = [
    { name: 'list-newest', label: 'proposal list, newest', filter: {}, field: 'CREATED_AT', where: '', order: BY_DATE, values: [] },
    {
      name: 'list-supports',
      label: 'proposal list, most supported',
      filter: {},
      field: 'SUPPORTS',
      where: '',
      order: 'p.support_count DESC, p.id DESC',
      values: [],
    },
    {
      name: 'list-comments',
      label: 'proposal list, most commented',
      filter: {},
      field: 'COMMENTS',
      where: '',
      order: 'p.comment_count DESC, p.id DESC',
      values: [],
    },
    {
      name: 'list-status',
      label: 'proposal list, status ACCEPTED',
      filter: { status: 'ACCEPTED' },
      field: 'CREATED_AT',
      where: `p.status = $1`,
      order: BY_DATE,
      values: ['ACCEPTED'],
    },
  ];
  if (f.busyDistrict) {
    lists.push({
      name: 'list-district',
      label: `proposal list, district « ${f.busyDistrict} »`,
      filter: { district: f.busyDistrict },
      field: 'CREATED_AT',
      where: `p.district = $1`,
      order: BY_DATE,
      values: [f.busyDistrict],
    });
  }
  if (f.busyCategoryId) {
    lists.push({
      name: 'list-category',
      label: 'proposal list, busiest category',
      filter: { categoryId: f.busyCategoryId },
      field: 'CREATED_AT',
      where: `p.category_id = $1::uuid`,
      order: BY_DATE,
      values: [f.busyCategoryId],
    });
  }
  if (f.searchWord) {
    lists.push({
      name: 'list-search',
      label: `proposal list, search « ${f.searchWord} »`,
      filter: { search: f.searchWord },
      field: 'CREATED_AT',
      where: `p.search_vector @@ to_tsquery('french', parvis_unaccent($1))`,
      order: BY_DATE,
      values: [prefixQuery(f.searchWord)],
    });
  }
  for (const l of lists) {
    paths.push({
      name: l.name,
      label: l.label,
      kind: 'read',
      weight: l.name === 'list-newest' ? 15 : 3,
      next: (slot) => ({
        query: clientDocument('Proposals'),
        variables: {
          first: 20,
          filter: { search: null, status: null, categoryId: null, district: null, ...l.filter },
          orderBy: { field: l.field, direction: 'DESC' },
        },
        token: resident(slot).token,
      }),
      sql: () => proposalListSql(l.where, l.order, l.values),
    });
  }

  // One proposal with its first 20 comments, each with its first 5 replies, as a signed-in resident.
  if (f.discussedProposals.length) {
    paths.push({
      name: 'proposal',
      label: 'a proposal with its first comments',
      kind: 'read',
      weight: 15,
      next: (slot, n) => ({
        query: clientDocument('Proposal'),
        variables: { id: pick(f.discussedProposals, slot, n) },
        token: resident(slot).token,
      }),
      sql: (slot, n) => ({ text: PROPOSAL_PAGE_SQL, values: [pick(f.discussedProposals, slot, n), resident(slot).userId] }),
    });
  }

  // Supports: each connection is one resident going through open proposals it did not write; the
  // withdraw path then takes back the same supports in the same order.
  const supportTargets = (slot: number) => {
    const me = resident(slot).userId;
    return f.openProposals.filter((p) => p.authorId !== me).map((p) => p.id);
  };
  const targetsBySlot = new Map<number, string[]>();
  const target = (slot: number, n: number) => {
    if (!targetsBySlot.has(slot)) targetsBySlot.set(slot, supportTargets(slot));
    const list = targetsBySlot.get(slot)!;
    return list[(Math.floor(slot / f.residents.length) * 101 + n) % list.length];
  };
  if (f.openProposals.length) {
    paths.push({
      name: 'support',
      label: 'support a proposal',
      kind: 'write',
      weight: 4,
      next: (slot, n) => ({ query: clientDocument('SupportProposal'), variables: { id: target(slot, n) }, token: resident(slot).token }),
    });
    paths.push({
      name: 'withdraw',
      label: 'withdraw a support',
      kind: 'write',
      weight: 1,
      next: (slot, n) => ({ query: clientDocument('WithdrawSupport'), variables: { id: target(slot, n) }, token: resident(slot).token }),
    });
    paths.push({
      name: 'comment',
      label: 'add a comment',
      kind: 'write',
      weight: 2,
      next: (slot, n) => ({
        query: clientDocument('AddComment'),
        variables: {
          input: {
            targetType: 'PROPOSAL',
            targetId: pick(f.openProposals, slot, n).id,
            body: `Load test comment ${slot}-${n}: the bench checks that comments keep flowing under load.`,
            parentId: null,
          },
        },
        token: resident(slot).token,
      }),
    });
  }

  if (f.services.length) {
    paths.push({
      name: 'file',
      label: 'file a service request',
      kind: 'write',
      weight: 2,
      next: (slot, n) => ({
        query: clientDocument('CreateServiceRequest'),
        variables: {
          input: {
            serviceId: pick(f.services, slot, n),
            description: `Load test report ${slot}-${n}: a street light is out at the corner.`,
            address: `${1 + ((slot + n) % 200)} rue de la Charge`,
            district: f.districts.length ? pick(f.districts, slot, n) : null,
          },
        },
        token: resident(slot).token,
      }),
    });
  }

  if (f.agent) {
    const agent = f.agent;
    paths.push({
      name: 'queue',
      label: "an agent's queue, first page",
      kind: 'read',
      weight: 6,
      next: () => ({ query: clientDocument('ServiceRequestQueue'), variables: { first: 20, filter: { open: true } }, token: agent.token }),
      sql: () => ({ text: QUEUE_SQL, values: [agent.departmentIds, OPEN_STATUSES] }),
    });
  }

  if (f.publicRequests.length) {
    paths.push({
      name: 'timeline',
      label: "a request's timeline",
      kind: 'read',
      weight: 10,
      next: (slot, n) => ({
        query: clientDocument('ServiceRequest'),
        variables: { id: pick(f.publicRequests, slot, n) },
        token: resident(slot).token,
      }),
      sql: (slot, n) => ({ text: TIMELINE_SQL, values: [pick(f.publicRequests, slot, n), resident(slot).userId] }),
    });
  }

  if (f.consultationId) {
    const id = f.consultationId;
    paths.push({
      name: 'consultation',
      label: 'consultation results',
      kind: 'read',
      weight: 3,
      next: (slot) => ({ query: clientDocument('ConsultationResultsPage'), variables: { id }, token: resident(slot).token }),
      sql: () => ({ text: CONSULTATION_SQL, values: [id] }),
    });
  }

  const period = lastYear();
  paths.push({
    name: 'dashboard',
    label: 'the dashboard (stats, last 12 months)',
    kind: 'read',
    weight: 3,
    next: () => ({ query: clientDocument('DashboardStats'), variables: { ...period, district: null } }),
    sql: () => ({ text: DASHBOARD_SQL, values: [period.from, period.to, OPEN_STATUSES] }),
  });

  return paths;
}

/** The proposal's page: its detail and viewer state, and 20 top-level comments with 5 replies each. */
const PROPOSAL_PAGE_SQL = `
WITH top AS (
  SELECT c.* FROM comments c WHERE c.target_type = 'PROPOSAL' AND c.target_id = $1 AND c.parent_id IS NULL
  ORDER BY c.created_at, c.id LIMIT 21
), replies AS (
  SELECT r.* FROM top t CROSS JOIN LATERAL (
    SELECT * FROM comments r WHERE r.parent_id = t.id ORDER BY r.created_at, r.id LIMIT 6) r
), shown AS (SELECT * FROM top UNION ALL SELECT * FROM replies)
SELECT
  (SELECT json_build_object('id', p.id, 'title', p.title, 'body', p.body, 'status', p.status, 'district', p.district,
     'supportCount', p.support_count, 'supportThreshold', p.support_threshold, 'commentCount', p.comment_count,
     'publishedAt', p.published_at, 'createdAt', p.created_at, 'updatedAt', p.updated_at, 'progress', p.progress,
     'supportDeadline', p.support_deadline, 'thresholdReachedAt', p.threshold_reached_at,
     'location', json_build_object('lat', p.location_lat, 'lng', p.location_lng), 'hiddenReason', p.hidden_reason,
     'author', json_build_object('id', a.id, 'displayName', a.display_name),
     'category', json_build_object('id', cat.id, 'name', cat.name),
     'answer', json_build_object('status', p.answer_status, 'body', p.answer_body, 'at', p.answered_at, 'author', aa.display_name),
     'viewerHasSupported', EXISTS (SELECT 1 FROM proposal_supports s WHERE s.proposal_id = p.id AND s.user_id = $2),
     'followerCount', (SELECT count(*) FROM follows fo WHERE fo.target_type = 'PROPOSAL' AND fo.target_id = p.id),
     'viewerIsFollowing', EXISTS (SELECT 1 FROM follows fo WHERE fo.target_type = 'PROPOSAL' AND fo.target_id = p.id AND fo.user_id = $2),
     'images', (SELECT json_agg(json_build_object('id', i.id, 'width', i.width, 'height', i.height, 'placeholder', i.placeholder)
                ORDER BY i.position) FROM images i WHERE i.attached_type = 'PROPOSAL' AND i.attached_id = p.id),
     'timeline', (SELECT json_agg(json_build_object('id', e.id, 'kind', e.kind, 'fromStatus', e.from_status, 'toStatus', e.to_status,
                    'body', e.body, 'progress', e.progress, 'createdAt', e.created_at, 'author', eu.display_name) ORDER BY e.created_at, e.id)
                  FROM proposal_events e LEFT JOIN users eu ON eu.id = e.author_id WHERE e.proposal_id = p.id))
   FROM proposals p JOIN users a ON a.id = p.author_id LEFT JOIN categories cat ON cat.id = p.category_id
   LEFT JOIN users aa ON aa.id = p.answer_author_id WHERE p.id = $1 AND p.status <> 'DRAFT') AS proposal,
  (SELECT count(*) FROM comments c WHERE c.target_type = 'PROPOSAL' AND c.target_id = $1 AND c.parent_id IS NULL) AS "totalCount",
  (SELECT json_agg(json_build_object('id', c.id, 'parentId', c.parent_id, 'body', c.body, 'score', c.score,
      'deleted', c.deleted_at IS NOT NULL, 'hidden', c.hidden_at IS NOT NULL, 'hiddenReason', c.hidden_reason,
      'createdAt', c.created_at, 'editedAt', c.edited_at, 'author', json_build_object('id', u.id, 'displayName', u.display_name),
      'viewerVote', v.value, 'replyCount', (SELECT count(*) FROM comments r WHERE r.parent_id = c.id)) ORDER BY c.created_at, c.id)
   FROM shown c JOIN users u ON u.id = c.author_id
   LEFT JOIN comment_votes v ON v.comment_id = c.id AND v.user_id = $2) AS comments`;

/** An agent's open requests in their departments, oldest first, 21 rows and the total. */
const QUEUE_SQL = `
SELECT (SELECT count(*) FROM service_requests r WHERE r.department_id = ANY($1::uuid[]) AND r.status = ANY($2::varchar[])) AS "totalCount",
  (SELECT json_agg(json_build_object('id', r.id, 'reference', r.reference, 'status', r.status, 'address', r.address,
      'district', r.district, 'createdAt', r.created_at, 'expectedAt', r.expected_at, 'priority', r.priority,
      'isOverdue', r.expected_at < COALESCE(r.paused_at, now()),
      'service', json_build_object('id', s.id, 'name', s.name),
      'assignee', CASE WHEN a.id IS NULL THEN NULL ELSE json_build_object('id', a.id, 'displayName', a.display_name) END)
      ORDER BY r.created_at, r.id)
   FROM (SELECT * FROM service_requests r WHERE r.department_id = ANY($1::uuid[]) AND r.status = ANY($2::varchar[])
         ORDER BY r.created_at, r.id LIMIT 21) r
   JOIN services s ON s.id = r.service_id LEFT JOIN users a ON a.id = r.assignee_id) AS edges`;

/** A public request as a resident sees it: the request, its public events with their authors, its followers. */
const TIMELINE_SQL = `
SELECT json_build_object('id', r.id, 'reference', r.reference, 'status', r.status, 'description', r.description,
  'address', r.address, 'district', r.district, 'resolution', r.resolution, 'rating', r.rating, 'ratingComment', r.rating_comment,
  'priority', r.priority, 'location', json_build_object('lat', r.lat, 'lng', r.lng), 'fieldValues', r.field_values,
  'expectedAt', r.expected_at, 'createdAt', r.created_at, 'resolvedAt', r.resolved_at, 'closedAt', r.closed_at,
  'requester', json_build_object('id', rq.id, 'displayName', rq.display_name),
  'assignee', json_build_object('id', a.id, 'displayName', a.display_name),
  'service', json_build_object('id', s.id, 'name', s.name, 'kind', s.kind, 'publicRequests', s.requests_public),
  'department', json_build_object('id', d.id, 'name', d.name),
  'duplicateOf', (SELECT json_build_object('id', o.id, 'reference', o.reference) FROM service_requests o WHERE o.id = r.duplicate_of_id),
  'images', (SELECT json_agg(json_build_object('id', i.id, 'width', i.width, 'height', i.height, 'placeholder', i.placeholder,
               'hidden', h.image_id IS NOT NULL, 'hiddenReason', h.hidden_reason) ORDER BY i.position)
             FROM images i LEFT JOIN service_request_hidden_images h ON h.image_id = i.id
             WHERE i.attached_type = 'SERVICE_REQUEST' AND i.attached_id = r.id),
  'events', (SELECT json_agg(json_build_object('id', e.id, 'kind', e.kind, 'fromStatus', e.from_status, 'toStatus', e.to_status,
               'body', e.body, 'byRequester', e.by_requester, 'createdAt', e.created_at, 'payload', e.payload,
               'author', json_build_object('id', eu.id, 'displayName', eu.display_name)) ORDER BY e.seq)
             FROM service_request_events e LEFT JOIN users eu ON eu.id = e.author_id
             WHERE e.request_id = r.id AND e.kind <> 'INTERNAL_NOTE'),
  'followerCount', (SELECT count(*) FROM follows fo WHERE fo.target_type = 'SERVICE_REQUEST' AND fo.target_id = r.id),
  'viewerIsFollowing', EXISTS (SELECT 1 FROM follows fo WHERE fo.target_type = 'SERVICE_REQUEST' AND fo.target_id = r.id AND fo.user_id = $2),
  'viewerIsRequester', r.requester_id = $2) AS request
FROM service_requests r JOIN services s ON s.id = r.service_id JOIN departments d ON d.id = r.department_id
JOIN users rq ON rq.id = r.requester_id LEFT JOIN users a ON a.id = r.assignee_id
WHERE r.id = $1 AND r.is_public`;

/** The results from the kept tallies, and the first 20 free texts of each text question with its count. */
const CONSULTATION_SQL = `
SELECT json_agg(json_build_object('questionId', q.id, 'kind', q.kind, 'responseCount', q.answer_count,
  'scaleSum', q.scale_sum, 'scaleCounts', q.scale_counts,
  'options', (SELECT json_agg(json_build_object('optionId', o.id, 'label', o.label, 'count', o.answer_count, 'rankSum', o.rank_sum)
              ORDER BY o.position) FROM consultation_options o WHERE o.question_id = q.id),
  'texts', CASE WHEN q.kind = 'FREE_TEXT' THEN (SELECT json_agg(t.text) FROM (
              SELECT a.text FROM consultation_answers a WHERE a.question_id = q.id AND a.text IS NOT NULL
              ORDER BY a.response_id LIMIT 21) t) END) ORDER BY q.position) AS results
FROM consultation_questions q WHERE q.consultation_id = $1`;

/** The dashboard's figures over the period, computed fresh (the API may answer from its cache). */
const DASHBOARD_SQL = `
WITH r AS (
  SELECT r.status, r.department_id, r.service_id, r.created_at, r.acknowledged_at, r.resolved_at, r.expected_at,
         extract(epoch FROM r.acknowledged_at - r.created_at) / 3600 AS ack_h,
         extract(epoch FROM r.resolved_at - r.created_at) / 3600 AS res_h
    FROM service_requests r WHERE r.created_at >= $1::timestamptz AND r.created_at < $2::timestamptz
)
SELECT
  (SELECT json_build_object('count', count(*), 'open', count(*) FILTER (WHERE status = ANY($3::varchar[])),
     'resolved', count(resolved_at), 'ack', percentile_cont(0.5) WITHIN GROUP (ORDER BY ack_h),
     'res', percentile_cont(0.5) WITHIN GROUP (ORDER BY res_h),
     'withinTarget', avg((resolved_at <= expected_at)::int) FILTER (WHERE resolved_at IS NOT NULL)) FROM r) AS totals,
  (SELECT json_agg(x) FROM (SELECT status, count(*) FROM r GROUP BY status) x) AS "byStatus",
  (SELECT json_agg(x) FROM (SELECT d.code, d.name, count(*), count(*) FILTER (WHERE r.status = ANY($3::varchar[])) AS open,
     count(r.resolved_at) AS resolved, percentile_cont(0.5) WITHIN GROUP (ORDER BY r.ack_h) AS ack,
     percentile_cont(0.5) WITHIN GROUP (ORDER BY r.res_h) AS res FROM r JOIN departments d ON d.id = r.department_id
     GROUP BY d.code, d.name) x) AS "byDepartment",
  (SELECT json_agg(x) FROM (SELECT s.code, s.name, s.kind, s.target_days, count(*), count(*) FILTER (WHERE r.status = ANY($3::varchar[])) AS open,
     count(r.resolved_at) AS resolved, percentile_cont(0.5) WITHIN GROUP (ORDER BY r.ack_h) AS ack,
     percentile_cont(0.5) WITHIN GROUP (ORDER BY r.res_h) AS res FROM r JOIN services s ON s.id = r.service_id
     GROUP BY s.code, s.name, s.kind, s.target_days) x) AS "byService",
  (SELECT json_agg(x) FROM (SELECT status, count(*) FROM proposals
     WHERE status <> 'DRAFT' AND published_at >= $1::timestamptz AND published_at < $2::timestamptz GROUP BY status) x) AS proposals,
  (SELECT json_agg(x) FROM (SELECT id, title, opens_at, closes_at, response_count FROM consultations
     WHERE opens_at < $2::timestamptz AND closes_at >= $1::timestamptz) x) AS consultations`;
