import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { createDraft } from '../harness/proposals';
import { TestApp } from '../harness/test-app';

/** What the database itself refuses, whatever code writes to it; and who may import whose entities. */
describe('schema: constraints the database enforces', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await TestApp.start();
  });
  afterAll(async () => {
    await t?.close();
  });

  /** Runs `sql` and returns the PostgreSQL error (code and constraint), or null if it succeeded. */
  const refusal = (sql: string, params: unknown[] = []) =>
    t.sql(sql, params).then(
      () => null,
      (e: { code: string; constraint?: string }) => ({ code: e.code, constraint: e.constraint }),
    );

  it('keeps one account per e-mail whatever its case', async () => {
    const user = await t.factories.resident();
    const err = await refusal(`INSERT INTO users (email, display_name) VALUES ($1, 'Twin')`, [user.email.toUpperCase()]);
    expect(err).toEqual({ code: '23505', constraint: 'uq_users_email_lower' });
    expect(await t.sql('SELECT count(*)::int AS n FROM users WHERE lower(email) = lower($1)', [user.email])).toEqual([{ n: 1 }]);
  });

  it('refuses coordinates off the globe, unknown statuses and progress beyond 0–100', async () => {
    const author = await t.factories.resident();
    const proposal = await createDraft(t, author);
    const cases: [string, string][] = [
      ['UPDATE proposals SET location_lat = 91, location_lng = 0 WHERE id = $1', 'ck_proposals_location_range'],
      ['UPDATE proposals SET location_lat = 0, location_lng = -180.5 WHERE id = $1', 'ck_proposals_location_range'],
      ["UPDATE proposals SET status = 'ARCHIVED' WHERE id = $1", 'ck_proposals_status'],
      ["UPDATE proposals SET answer_status = 'MAYBE' WHERE id = $1", 'ck_proposals_answer_status'],
      ['UPDATE proposals SET progress = 101 WHERE id = $1', 'ck_proposals_progress'],
      [
        `INSERT INTO proposal_events (proposal_id, kind, from_status, to_status) VALUES ($1, 'PUBLISHED', 'DRAFT', 'LIVE')`,
        'ck_proposal_events_to_status',
      ],
    ];
    for (const [sql, constraint] of cases) expect(await refusal(sql, [proposal.id])).toEqual({ code: '23514', constraint });
    const [row] = await t.sql('SELECT status, progress, location_lat FROM proposals WHERE id = $1', [proposal.id]);
    expect(row).toEqual({ status: 'DRAFT', progress: 0, location_lat: null });
  });

  it('keeps one image per position on a target', async () => {
    const owner = await t.factories.resident();
    const target = '00000000-0000-4000-8000-000000000001';
    const insert = (id: string) =>
      refusal(
        `INSERT INTO images (id, owner_id, source_format, source_bytes, width, height, placeholder, attached_type, attached_id, position, attached_at)
         VALUES ($1, $2, 'jpeg', 100, 10, 10, '#aabbcc', 'PROPOSAL', $3, 1, now())`,
        [id, owner.id, target],
      );
    expect(await insert('00000000-0000-4000-8000-00000000000a')).toBeNull();
    expect(await insert('00000000-0000-4000-8000-00000000000b')).toEqual({
      code: '23505',
      constraint: 'uq_images_attached_type_attached_id_position',
    });
  });

  it('never hard-deletes an author: accounts are anonymised, so a delete is refused and the content stays', async () => {
    const author = await t.factories.resident();
    const proposal = await createDraft(t, author);
    expect(await refusal('DELETE FROM users WHERE id = $1', [author.id])).toEqual({ code: '23503', constraint: 'fk_proposals_author_id' });
    expect(await t.sql('SELECT author_id FROM proposals WHERE id = $1', [proposal.id])).toEqual([{ author_id: author.id }]);
    // Every key to users from another domain follows the same rule.
    const policies = await t.sql(
      `SELECT conrelid::regclass::text AS "table", conname, confdeltype FROM pg_constraint
        WHERE contype = 'f' AND confrelid = 'users'::regclass
          AND conrelid::regclass::text NOT IN ('sessions', 'refresh_tokens', 'user_roles', 'agent_departments', 'account_tokens')`,
    );
    expect(policies.length).toBeGreaterThanOrEqual(13);
    expect(policies.filter((p) => p.confdeltype !== 'r')).toEqual([]);
  });
});

describe('layering: other domains refer to identity and commune by id', () => {
  const src = join(__dirname, '..', '..', 'src');
  const files = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? files(path) : path.endsWith('.ts') ? [path] : [];
    });

  it.each(['identity', 'commune'])('no file outside src/%s imports its entities', (domain) => {
    const offenders = files(src)
      .filter((f) => !relative(src, f).startsWith(`${domain}/`))
      .filter((f) => new RegExp(`from '[./]*/${domain}/[\\w-]+\\.entity'`).test(readFileSync(f, 'utf8')))
      .map((f) => relative(src, f));
    expect(offenders).toEqual([]);
  });
});
