import type { ApolloCache } from '@apollo/client';

/**
 * After an admin change, the lists other screens offer (departments and categories without the
 * archived ones, the residents' catalogue) may no longer be right: they are dropped from the cache
 * and fetched again when next shown. The admin lists (`includeArchived`, `includeInactive`) are
 * kept: the mutation's answer updates them through the normalised cache.
 */
export function dropOfferedLists(cache: ApolloCache, field: 'departments' | 'categories' | 'services') {
  cache.modify({
    id: 'ROOT_QUERY',
    fields: {
      [field]: (existing: unknown, { storeFieldName, DELETE }: { storeFieldName: string; DELETE: unknown }) =>
        /"include(Archived|Inactive)":true/.test(storeFieldName) ? existing : DELETE,
    },
  });
}
