import { FieldNode, GraphQLObjectType, GraphQLResolveInfo, Kind, SelectionSetNode } from 'graphql';
import { getArgumentValues } from 'graphql/execution/values';
import { MAX_PAGE_SIZE } from '../graphql/pagination';

/**
 * How many replies a query asks under each comment of the connection being resolved
 * (`edges { node { replies(first: n) } }`, through fragments and variables), so the page of
 * comments and the first replies of each are read in one statement instead of one per level.
 * Null (no read ahead) when replies are not asked, asked from a cursor, asked twice with different
 * arguments, or with a size the `replies` field itself will refuse: that field still validates its
 * arguments and reads what was not read ahead.
 */
export function repliesAskedUnder(info: GraphQLResolveInfo): number | null {
  const comment = info.schema.getType('Comment');
  if (!(comment instanceof GraphQLObjectType)) return null;
  const definition = comment.getFields().replies;
  const replies = fieldsNamed(fieldsNamed(fieldsNamed(info.fieldNodes, 'edges', info), 'node', info), 'replies', info);
  if (!definition || replies.length === 0) return null;
  let asked: Record<string, unknown>[];
  try {
    asked = replies.map((field) => getArgumentValues(definition, field, info.variableValues));
  } catch {
    // Arguments GraphQL cannot read: no read ahead, the `replies` field reports them.
    return null;
  }
  const first = asked[0].first;
  const same = asked.every((a) => a.first === first && a.after == null);
  return same && typeof first === 'number' && Number.isInteger(first) && first >= 1 && first <= MAX_PAGE_SIZE ? first : null;
}

/** The fields called `name` selected under these fields, fragments spread and inlined. */
function fieldsNamed(parents: readonly FieldNode[], name: string, info: GraphQLResolveInfo): FieldNode[] {
  const found: FieldNode[] = [];
  const visit = (set: SelectionSetNode | undefined) => {
    for (const selection of set?.selections ?? []) {
      if (selection.kind === Kind.FIELD) {
        if (selection.name.value === name) found.push(selection);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        visit(selection.selectionSet);
      } else {
        visit(info.fragments[selection.name.value]?.selectionSet);
      }
    }
  };
  for (const parent of parents) visit(parent.selectionSet);
  return found;
}
