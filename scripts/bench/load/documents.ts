/**
 * The client's GraphQL documents, as its pages send them: read from the client's generated code
 * (`client/src/generated/graphql.ts`, one `export const XDocument = {…AST…} as unknown as
 * DocumentNode<…>` per operation, fragments inlined). The client is an ES module package, so the
 * file is read rather than imported; a change to the client's queries changes the benchmark.
 */
import { DocumentNode, print } from 'graphql';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const GENERATED = join(__dirname, '../../../client/src/generated/graphql.ts');
let source: string | null = null;
const printed = new Map<string, string>();

/** The query text of the client's operation `name` (e.g. `Proposals`, `SupportProposal`). */
export function clientDocument(name: string): string {
  const cached = printed.get(name);
  if (cached) return cached;
  source ??= readFileSync(GENERATED, 'utf8');
  const match = source.match(new RegExp(`^export const ${name}Document = (\\{.*\\}) as unknown as DocumentNode<`, 'm'));
  if (!match) throw new Error(`the client has no operation ${name} (looked in ${GENERATED})`);
  const text = print(JSON.parse(match[1]) as DocumentNode);
  printed.set(name, text);
  return text;
}
