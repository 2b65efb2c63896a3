import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  buildSchema,
  getNamedType,
  GraphQLArgument,
  GraphQLField,
  GraphQLInputType,
  GraphQLObjectType,
  GraphQLSchema,
  isCompositeType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
} from 'graphql';
import type { TestUser } from '../harness/factories';
import { TestApp } from '../harness/test-app';

/**
 * Malformed input never makes an internal error, and a refused request writes nothing.
 *
 * Walks every query and mutation of the committed schema and sends each a few dozen requests built
 * from plausible arguments with one malformed value injected (NUL bytes, lone surrogates, huge
 * numbers and strings, crafted cursors, bad UUIDs, wrong types, nulls), as variables and as inline
 * literals, by a visitor, a resident and an admin; then documents that attack the server itself
 * (fragment cycles, deep nesting, fragments spread many times, transport mistakes). Deterministic:
 * a seeded PRNG. Each response must carry no INTERNAL_SERVER_ERROR and no HTTP 500, and when it
 * carries an error, no table's row count may have changed. Bounded: about 2,000 requests.
 */

const SEED = 20261129;
const REQUESTS_PER_FIELD = 32;

/** mulberry32: small, seedable, good enough to spread choices. */
function prng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (n: number) => Math.floor(next() * n),
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)],
    chance: (p: number) => next() < p,
  };
}
type Rng = ReturnType<typeof prng>;

const cursor = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64url');
const UUID = '00000000-0000-4000-8000-000000000000';

/** Values that are wrong for any argument, whatever its type. */
const MALFORMED: unknown[] = [
  'a\u0000b',
  '\u0000',
  '\ud800',
  'x\udfffy',
  'marie\ud83d@example.test',
  '',
  ' ',
  'x'.repeat(20_000),
  'not-a-uuid',
  `${UUID}\u0000`,
  UUID.toUpperCase().replace(/0/g, 'G'),
  cursor(['2026-02-30T10:00:00.000000Z', UUID]),
  cursor(['2026-01-01T00:00:00.000000Z', 'nope']),
  cursor([1e300, UUID]),
  cursor([2 ** 31, UUID]),
  cursor(['0000-01-01T00:00:00.000000Z', UUID]),
  cursor({ a: 1 }),
  '%%%not base64%%%',
  '9999-99-99T99:99:99Z',
  '-1',
  1e300,
  -1e300,
  2 ** 31,
  -(2 ** 31) - 1,
  2 ** 53 + 2,
  -1,
  0,
  1.5,
  true,
  null,
  [],
  ['\u0000'],
  {},
  { __proto__: 'x' },
  { nested: { deeper: ['\ud800'] } },
];

interface Pools {
  ids: string[];
}

function plausible(type: GraphQLInputType, rng: Rng, pools: Pools, depth = 0): unknown {
  if (isNonNullType(type)) return plausible(type.ofType, rng, pools, depth);
  if (isListType(type)) return Array.from({ length: rng.int(3) }, () => plausible(type.ofType, rng, pools, depth + 1));
  if (isEnumType(type)) return rng.pick(type.getValues()).name;
  if (isInputObjectType(type)) {
    const out: Record<string, unknown> = {};
    for (const field of Object.values(type.getFields())) {
      if (isNonNullType(field.type) || (depth < 3 && rng.chance(0.5))) out[field.name] = plausible(field.type, rng, pools, depth + 1);
    }
    return out;
  }
  if (isScalarType(type)) {
    switch (type.name) {
      case 'ID':
        return rng.chance(0.7) ? rng.pick(pools.ids) : UUID;
      case 'Int':
        return rng.pick([1, 2, 5, 20, 100]);
      case 'Float':
        return rng.pick([0, 1.5, 47.2, -1.55]);
      case 'Boolean':
        return rng.chance(0.5);
      case 'DateTime':
        return new Date(Date.UTC(2026, rng.int(12), 1 + rng.int(28))).toISOString();
      case 'JSONObject':
        return {};
      default:
        return rng.pick(['Centre-ville', 'Un banc public place du marché', 'resident@example.test', 'parvis-demo-2026', 'x']);
    }
  }
  return null;
}

/** Replaces one value somewhere inside `value` (typed `type`) by a malformed one. */
function inject(type: GraphQLInputType, value: unknown, rng: Rng): unknown {
  const inner = isNonNullType(type) ? type.ofType : type;
  if (isListType(inner) && Array.isArray(value) && value.length && rng.chance(0.6)) {
    const i = rng.int(value.length);
    return value.map((v, j) => (j === i ? inject(inner.ofType, v, rng) : v));
  }
  if (isInputObjectType(inner) && value && typeof value === 'object' && rng.chance(0.7)) {
    const fields = Object.values(inner.getFields());
    const field = rng.pick(fields);
    const current = (value as Record<string, unknown>)[field.name];
    const next = current === undefined ? rng.pick(MALFORMED) : inject(field.type, current, rng);
    return { ...(value as Record<string, unknown>), [field.name]: next };
  }
  if (rng.chance(0.05)) return { ...((value as object) ?? {}), unknownField: 'x' };
  return rng.pick(MALFORMED);
}

/** A GraphQL literal for a JSON-like value (for the inline mode: the parser and coercion see it). */
function literal(value: unknown, type: GraphQLInputType): string {
  const inner = isNonNullType(type) ? type.ofType : type;
  if (value === null || value === undefined) return 'null';
  if (isEnumType(inner) && typeof value === 'string' && /^[_A-Za-z][_0-9A-Za-z]*$/.test(value)) return value;
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '0';
  if (typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return `[${value.map((v) => literal(v, isListType(inner) ? inner.ofType : inner)).join(', ')}]`;
  const fields = isInputObjectType(inner) ? inner.getFields() : {};
  return `{ ${Object.entries(value as Record<string, unknown>)
    .filter(([k]) => /^[_A-Za-z][_0-9A-Za-z]*$/.test(k))
    .map(([k, v]) => `${k}: ${literal(v, fields[k]?.type ?? inner)}`)
    .join(', ')} }`;
}

function selectionOf(field: GraphQLField<unknown, unknown>): string {
  return isCompositeType(getNamedType(field.type)) ? ' { __typename }' : '';
}

/** Fields whose success ends the caller's session or rights: run by a throwaway account only. */
const ENDS_SESSION = new Set(['logout', 'deleteMyAccount', 'changePassword', 'revokeRole', 'revokeOtherSessions', 'revokeSession']);

describe('fuzz: malformed requests', () => {
  let t: TestApp;
  let schema: GraphQLSchema;
  let tableCounts: () => Promise<string>;

  beforeAll(async () => {
    t = await TestApp.start({ LOGIN_MAX_ATTEMPTS_PER_IP: '1000000', LOGIN_MAX_FAILURES_PER_ACCOUNT: '1000000' });
    schema = buildSchema(readFileSync(join(__dirname, '../../schema.graphql'), 'utf8'));
    const tables = (
      await t.sql<{ name: string }>(`SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'migrations'`)
    ).map((r) => r.name);
    const sql = `SELECT ${tables.map((name) => `(SELECT count(*) FROM "${name}") AS "${name}"`).join(', ')}`;
    tableCounts = async () => JSON.stringify((await t.sql(sql))[0]);
  });
  afterAll(() => t?.close());

  it('never answers an internal error, and a refused request writes nothing', async () => {
    const rng = prng(SEED);
    const admin = await t.factories.admin();
    const resident = await t.factories.resident();
    const throwaway = await t.factories.resident();
    const department = await t.factories.department();
    const category = await t.factories.category();
    const proposal = await t.gqlOk<{ createProposal: { id: string } }>(
      `mutation { createProposal(input: { title: "Un banc public", body: "Place du marché, à l'ombre." }) { id } }`,
      {},
      resident.token,
    );
    const pools: Pools = { ids: [admin.id, resident.id, department.id, category.id, proposal.createProposal.id, UUID] };
    const failures: string[] = [];
    let sent = 0;
    let before = await tableCounts();

    const send = async (label: string, body: Record<string, unknown>, user?: TestUser) => {
      const req = t.http.post('/graphql').set('Content-Type', 'application/json');
      if (user) req.set('Authorization', `Bearer ${user.token}`);
      const res = await req.send(body);
      sent += 1;
      const errors = (res.body?.errors ?? []) as { extensions?: { code?: string } }[];
      if (res.status >= 500 || errors.some((e) => e.extensions?.code === 'INTERNAL_SERVER_ERROR')) {
        failures.push(`${label}: HTTP ${res.status} ${JSON.stringify(res.body).slice(0, 300)} <- ${JSON.stringify(body).slice(0, 300)}`);
      }
      // Refused before execution (HTTP 400, no `data`: parse, validation, variables): no resolver
      // ran, so there is nothing to recount; this keeps the run fast on a loaded machine.
      if (res.status === 400 && res.body?.data === undefined) return;
      const after = await tableCounts();
      if (errors.length && after !== before) {
        failures.push(`${label}: refused (${errors[0].extensions?.code}) but rows changed ${before} -> ${after}`);
      }
      before = after;
    };

    for (const [kind, root] of [
      ['query', schema.getQueryType()],
      ['mutation', schema.getMutationType()],
    ] as [string, GraphQLObjectType][]) {
      for (const field of Object.values(root.getFields())) {
        for (let i = 0; i < REQUESTS_PER_FIELD; i++) {
          const user = ENDS_SESSION.has(field.name) ? rng.pick([undefined, throwaway]) : rng.pick([undefined, resident, admin, admin]);
          const args = field.args as readonly GraphQLArgument[];
          const values = args.map((a) => plausible(a.type, rng, pools));
          if (args.length) {
            const k = rng.int(args.length);
            values[k] = inject(args[k].type, values[k], rng);
          }
          const label = `${field.name}#${i}`;
          if (args.length && rng.chance(0.3)) {
            // Inline literals: the parser and literal coercion see the values, not the variables path.
            const argText = args.map((a, j) => `${a.name}: ${literal(values[j], a.type)}`).join(', ');
            await send(label, { query: `${kind} { ${field.name}(${argText})${selectionOf(field)} }` }, user);
          } else {
            const defs = args.map((a, j) => `$v${j}: ${String(a.type)}`).join(', ');
            const argText = args.map((a, j) => `${a.name}: $v${j}`).join(', ');
            const variables = Object.fromEntries(values.map((v, j) => [`v${j}`, v]));
            // Sometimes declare a variable with the wrong type, or send none at all.
            const wrongType = args.length && rng.chance(0.05);
            const declared = wrongType ? defs.replace(/: [^,]+/, ': String') : defs;
            await send(
              label,
              {
                query: `${kind}${args.length ? `(${declared})` : ''} { ${field.name}${args.length ? `(${argText})` : ''}${selectionOf(field)} }`,
                variables: rng.chance(0.03) ? 'not an object' : variables,
              },
              user,
            );
          }
        }
      }
    }

    // Documents that attack the server itself.
    const documents: [string, Record<string, unknown>][] = [
      ['cycle', { query: 'query { ...A } fragment A on Query { districts ...B } fragment B on Query { ...A }' }],
      ['self-cycle', { query: 'query { ...A } fragment A on Query { ...A }' }],
      ['cycle in object', { query: 'query { me { ...U } } fragment U on User { id ...V } fragment V on User { ...U }' }],
      ['deep', { query: `{ ${'me { '.repeat(2000)}id${' }'.repeat(2000)} }` }],
      ['very deep', { query: `{ ${'a { '.repeat(20000)}${' }'.repeat(20000)} }` }],
      ['deep list literal', { query: `{ districts(x: ${'['.repeat(5000)}${']'.repeat(5000)}) }` }],
      [
        'fragments spread many times',
        {
          query: `query { ...F0 } ${Array.from({ length: 30 }, (_, i) => `fragment F${i} on Query { ...F${i + 1} ...F${i + 1} }`).join(' ')} fragment F30 on Query { districts }`,
        },
      ],
      ['persisted mismatch', { query: '{ districts }', extensions: { persistedQuery: { version: 1, sha256Hash: 'a'.repeat(64) } } }],
      ['persisted unknown', { extensions: { persistedQuery: { version: 1, sha256Hash: 'b'.repeat(64) } } }],
      ['persisted bad version', { query: '{ districts }', extensions: { persistedQuery: { version: 'x', sha256Hash: 1 } } }],
      ['subscription', { query: 'subscription { notificationAdded { id } }' }],
      ['subscription with id', { query: `subscription { serviceRequestUpdated(id: "${UUID}") { id } }` }],
      ['no query', {}],
      ['query not a string', { query: { a: 1 } }],
      ['NUL in document', { query: '{ districts \u0000 }' }],
      ['surrogate in document', { query: '{ districts } # \ud800' }],
      ['two operations, no name', { query: 'query A { districts } query B { districts }' }],
      ['unknown operation name', { query: 'query A { districts }', operationName: 'B' }],
      ['operationName not a string', { query: '{ districts }', operationName: 5 }],
      ['variables an array', { query: '{ districts }', variables: [1] }],
      ['extensions a string', { query: '{ districts }', extensions: 'x' }],
      ['introspection cycle', { query: '{ __schema { types { ...T } } } fragment T on __Type { name ofType { ...T } }' }],
    ];
    for (const user of [undefined, admin]) {
      for (const [label, body] of documents) await send(label, body, user);
    }

    expect(failures).toEqual([]);
    expect(sent).toBeGreaterThanOrEqual(2000);
  }, 300_000);
});
