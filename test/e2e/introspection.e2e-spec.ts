import { TestApp } from '../harness/test-app';

/** The schema is public by choice outside production, private in production unless configured. */

const post = (t: TestApp, query: string, variables: Record<string, unknown> = {}) =>
  t.http.post('/graphql').set('Content-Type', 'application/json').send({ query, variables });

const misspelled = async (t: TestApp) => {
  const field = await post(t, '{ districtz }');
  const variable = await post(t, 'query($r: Role) { users(first: 1, role: $r) { totalCount } }', { r: 'ADMIM' });
  return [field.body.errors[0].message as string, variable.body.errors[0].message as string];
};

describe('introspection and field suggestions', () => {
  it('are on outside production by default', async () => {
    const t = await TestApp.start();
    try {
      expect(t.config.GRAPHQL_INTROSPECTION).toBe(true);
      const res = await post(t, '{ __schema { queryType { name } } }');
      expect(res.body.data.__schema.queryType.name).toBe('Query');
      const [field, variable] = await misspelled(t);
      expect(field).toMatch(/Did you mean .*"districts"/);
      expect(variable).toMatch(/Did you mean/);
    } finally {
      await t.close();
    }
  });

  it('are off in production: no schema, no "Did you mean" (validation and variables alike)', async () => {
    const t = await TestApp.start({ NODE_ENV: 'production' });
    try {
      expect(t.config.GRAPHQL_INTROSPECTION).toBe(false);
      const res = await post(t, '{ __schema { queryType { name } } }');
      expect(res.status).toBe(400);
      expect(res.body.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(res.body.data).toBeUndefined();
      const typeName = await post(t, '{ __type(name: "User") { fields { name } } }');
      expect(typeName.body.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
      const [field, variable] = await misspelled(t);
      expect(field).toBe('Cannot query field "districtz" on type "Query".');
      expect(variable).not.toMatch(/Did you mean/);
      // Ordinary queries, __typename included, still work.
      const ok = await post(t, '{ __typename districts }');
      expect(ok.body.data.__typename).toBe('Query');
    } finally {
      await t.close();
    }
  });

  it('can be turned on in production by configuration', async () => {
    const t = await TestApp.start({ NODE_ENV: 'production', GRAPHQL_INTROSPECTION: 'true' });
    try {
      const res = await post(t, '{ __schema { queryType { name } } }');
      expect(res.body.data.__schema.queryType.name).toBe('Query');
      expect((await misspelled(t))[0]).toMatch(/Did you mean/);
    } finally {
      await t.close();
    }
  });
});
