/**
 * What the load benchmark asks for, picked by SQL from the seeded database (busy districts, the most
 * discussed proposals, an agent of the busiest department…), and the sessions it uses, opened
 * through the API's `login` mutation as the client does.
 */
import { Pool } from 'pg';
import { postGraphql } from './util';
import { clientDocument } from './documents';

/** A request's statuses that are still to be dealt with (OPEN_STATUSES of the service-requests domain). */
export const OPEN_STATUSES = ['SUBMITTED', 'ACKNOWLEDGED', 'IN_PROGRESS', 'WAITING_FOR_RESIDENT'];

export interface Session {
  userId: string;
  email: string;
  token: string;
}

export interface Fixtures {
  /** Signed-in residents (one per connection, as far as there are). */
  residents: Session[];
  /** An agent of the department with the most open requests, with all of its departments. */
  agent: (Session & { departmentIds: string[] }) | null;
  /** Published proposals still collecting supports, newest first (support, withdraw, comment). */
  openProposals: { id: string; authorId: string }[];
  /** The most discussed proposals (a proposal's page with its first comments). */
  discussedProposals: string[];
  /** Public requests with the longest timelines. */
  publicRequests: string[];
  /** The consultation with the most responses whose results are public. */
  consultationId: string | null;
  /** Active report services with no required field (filing). */
  services: string[];
  districts: string[];
  /** The district with the most proposals, the category with the most, a frequent word. */
  busyDistrict: string | null;
  busyCategoryId: string | null;
  searchWord: string | null;
}

/** Picks the data and signs in `residentCount` residents and one agent with the seed's password. */
export async function loadFixtures(pool: Pool, port: number, password: string, residentCount: number): Promise<Fixtures> {
  const rows = async <T>(sql: string, params: unknown[] = []) => (await pool.query(sql, params)).rows as T[];

  const residents = await rows<{ id: string; email: string }>(
    `SELECT u.id, u.email FROM users u
      WHERE u.deleted_at IS NULL AND u.email_verified_at IS NOT NULL
        AND EXISTS (SELECT 1 FROM user_roles r WHERE r.user_id = u.id AND r.role = 'RESIDENT')
        AND NOT EXISTS (SELECT 1 FROM user_roles r WHERE r.user_id = u.id AND r.role <> 'RESIDENT')
      ORDER BY md5(u.id::text) LIMIT $1`,
    [residentCount],
  );
  if (residents.length === 0) throw new Error('no verified resident in the database: seed it first (npm run bench:seed)');

  // The agent of the department with the most open requests (among departments that have one).
  const [agentRow] = await rows<{ id: string; email: string; departmentIds: string[] }>(
    `WITH open AS (
       SELECT department_id, count(*) AS n FROM service_requests WHERE status = ANY($1::varchar[]) GROUP BY department_id)
     SELECT u.id, u.email, (SELECT array_agg(d.department_id) FROM agent_departments d WHERE d.user_id = u.id) AS "departmentIds"
       FROM agent_departments ad JOIN open o ON o.department_id = ad.department_id JOIN users u ON u.id = ad.user_id
      WHERE u.deleted_at IS NULL
        AND EXISTS (SELECT 1 FROM user_roles r WHERE r.user_id = u.id AND r.role = 'AGENT')
        AND NOT EXISTS (SELECT 1 FROM user_roles r WHERE r.user_id = u.id AND r.role = 'ADMIN')
      ORDER BY o.n DESC, u.email LIMIT 1`,
    [OPEN_STATUSES],
  );

  const openProposals = await rows<{ id: string; authorId: string }>(
    `SELECT id, author_id AS "authorId" FROM proposals
      WHERE status = 'PUBLISHED' AND hidden_at IS NULL AND support_deadline > now()
        -- Room for one support from every session: none of them reaches the threshold meanwhile
        -- (which would close supports and turn the run's withdrawals into errors).
        AND (support_threshold IS NULL OR support_threshold - support_count > $1)
      ORDER BY published_at DESC, id DESC LIMIT 2000`,
    [residentCount],
  );
  const discussedProposals = (
    await rows<{ id: string }>(
      `SELECT id FROM proposals WHERE status <> 'DRAFT' AND hidden_at IS NULL ORDER BY comment_count DESC, id LIMIT 50`,
    )
  ).map((r) => r.id);
  // Sampled rather than ranked: counting events per request would read the whole events table.
  const publicRequests = (
    await rows<{ id: string }>(
      `SELECT r.id FROM service_requests r TABLESAMPLE SYSTEM (5) REPEATABLE (18)
        WHERE r.is_public AND r.duplicate_of_id IS NULL LIMIT 200`,
    )
  ).map((r) => r.id);
  if (publicRequests.length === 0) {
    publicRequests.push(...(await rows<{ id: string }>(`SELECT id FROM service_requests WHERE is_public LIMIT 200`)).map((r) => r.id));
  }
  const [consultation] = await rows<{ id: string }>(
    `SELECT id FROM consultations WHERE opens_at <= now() AND (results_visibility = 'LIVE' OR closes_at <= now())
      ORDER BY response_count DESC, id LIMIT 1`,
  );
  const services = (
    await rows<{ id: string }>(
      `SELECT s.id FROM services s
        WHERE s.active AND s.kind = 'REPORT'
          AND NOT EXISTS (SELECT 1 FROM jsonb_array_elements(s.fields) f WHERE (f->>'required')::boolean)
        ORDER BY s.position, s.id`,
    )
  ).map((r) => r.id);
  const districts = (await rows<{ name: string }>(`SELECT name FROM districts WHERE archived_at IS NULL ORDER BY position, name`)).map(
    (r) => r.name,
  );
  const [busyDistrict] = await rows<{ district: string }>(
    `SELECT district FROM proposals WHERE status <> 'DRAFT' AND district IS NOT NULL GROUP BY district ORDER BY count(*) DESC LIMIT 1`,
  );
  const [busyCategory] = await rows<{ id: string }>(
    `SELECT category_id AS id FROM proposals WHERE status <> 'DRAFT' AND category_id IS NOT NULL
      GROUP BY category_id ORDER BY count(*) DESC LIMIT 1`,
  );
  // A word of four letters or more from the most supported proposal's title (lists find it often).
  const [top] = await rows<{ title: string }>(
    `SELECT title FROM proposals WHERE status <> 'DRAFT' AND hidden_at IS NULL ORDER BY support_count DESC, id LIMIT 1`,
  );
  const searchWord = top?.title.match(/[\p{L}]{4,}/u)?.[0]?.toLowerCase() ?? null;

  const sessions = await signIn(
    port,
    residents.map((r) => ({ userId: r.id, email: r.email })),
    password,
  );
  const [agent] = agentRow ? await signIn(port, [{ userId: agentRow.id, email: agentRow.email }], password) : [];
  return {
    residents: sessions,
    agent: agent ? { ...agent, departmentIds: agentRow.departmentIds } : null,
    openProposals,
    discussedProposals,
    publicRequests,
    consultationId: consultation?.id ?? null,
    services,
    districts,
    busyDistrict: busyDistrict?.district ?? null,
    busyCategoryId: busyCategory?.id ?? null,
    searchWord,
  };
}

/** Signs each user in through the API, a few at a time (argon2 costs tens of milliseconds each). */
async function signIn(port: number, users: { userId: string; email: string }[], password: string): Promise<Session[]> {
  const query = clientDocument('Login');
  const sessions: Session[] = [];
  for (let i = 0; i < users.length; i += 4) {
    const batch = users.slice(i, i + 4);
    const answers = await Promise.all(batch.map((u) => postGraphql(port, { query, variables: { input: { email: u.email, password } } })));
    answers.forEach((answer, j) => {
      const token = (JSON.parse(answer.body) as { data?: { login?: { accessToken?: string } } }).data?.login?.accessToken;
      if (!token) throw new Error(`cannot sign in as ${batch[j].email} (wrong --password?): ${answer.body.slice(0, 300)}`);
      sessions.push({ ...batch[j], token });
    });
  }
  return sessions;
}
