import type { TypePolicies } from '@apollo/client';
import { relayStylePagination } from '@apollo/client/utilities';

/**
 * The commune and the checklist are singletons (no id): one cached object each, which every query
 * and mutation selecting them updates. Legal pages are known by kind and language; the districts'
 * admin list pages with "load more".
 */
export const typePolicies: TypePolicies = {
  Commune: { keyFields: [] },
  CommuneSetup: { keyFields: [] },
  LegalPage: { keyFields: ['kind', 'language'] },
  Query: { fields: { districtList: relayStylePagination(['includeArchived']) } },
};
