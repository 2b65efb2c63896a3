import { buildSchema, parse, validate } from 'graphql';
import { aliasRule, depthRule } from './limits';

// A recursive schema, so a query can be made as deep as wanted (the e2e suite checks the real one).
const schema = buildSchema(`type Node { id: ID! child: Node } type Query { node: Node }`);
const nested = (depth: number) => {
  let q = 'id';
  for (let i = 0; i < depth; i++) q = `child { ${q} }`;
  return `{ node { ${q} } }`;
};

describe('depth limit', () => {
  it('passes a query at the limit and refuses one past it', () => {
    expect(validate(schema, parse(nested(8)), [depthRule(10)])).toEqual([]);
    const errors = validate(schema, parse(nested(12)), [depthRule(10)]);
    expect(errors.map((e) => e.message)).toEqual([expect.stringMatching(/exceeds maximum operation depth of 10/)]);
  });
});

describe('alias rule', () => {
  it('counts aliases across the document', () => {
    const q = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: node { id }`).join(' ')} }`;
    expect(validate(schema, parse(q(3)), [aliasRule(3)])).toEqual([]);
    expect(validate(schema, parse(q(4)), [aliasRule(3)])).toHaveLength(1);
  });
});
