import { graphql } from '@/generated';

/** The home page's lists: small pages of the public lists, each with « show more ». */
export const HOME_POPULAR_PROPOSALS = graphql(`
  query HomePopularProposals($first: Int!, $after: String, $orderBy: ProposalOrder) {
    proposals(first: $first, after: $after, orderBy: $orderBy) {
      totalCount
      edges {
        cursor
        node {
          id
          title
          status
          supportCount
          supportThreshold
          district
        }
      }
      pageInfo {
        ...PageInfoFields
      }
    }
  }
`);

export const HOME_RESOLVED_REQUESTS = graphql(`
  query HomeResolvedRequests($first: Int!, $after: String, $filter: ServiceRequestFilter, $orderBy: ServiceRequestOrder) {
    serviceRequests(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
      totalCount
      edges {
        cursor
        node {
          id
          reference
          address
          district
          resolvedAt
          service {
            id
            name
          }
        }
      }
      pageInfo {
        ...PageInfoFields
      }
    }
  }
`);
