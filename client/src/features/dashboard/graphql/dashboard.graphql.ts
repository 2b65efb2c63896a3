import { graphql } from '@/generated';
import type { DashboardStatsQuery, PublicReportsQuery } from '@/generated/graphql';

/** What the dashboard and the bilan both show of a period: its bounds and the requests' totals. */
export const STATS_TOTALS = graphql(`
  fragment StatsTotals on PublicStats {
    from
    to
    district
    generatedAt
    count
    open
    resolved
    medianHoursToAcknowledge
    medianHoursToResolve
    shareResolvedWithinTarget
  }
`);

/** The public dashboard: one query, cached by the server until the data change. */
export const DASHBOARD_STATS = graphql(`
  query DashboardStats($from: DateTime, $to: DateTime, $district: String) {
    stats(from: $from, to: $to, district: $district) {
      ...StatsTotals
      requestsByStatus {
        key
        count
      }
      requestsByDepartment {
        code
        name
        count
        open
        resolved
        medianHoursToAcknowledge
        medianHoursToResolve
        shareResolvedWithinTarget
        oldestOpen {
          reference
          serviceName
          status
          submittedAt
          ageDays
        }
      }
      requestsByService {
        code
        name
        kind
        departmentCode
        targetDays
        count
        open
        resolved
        medianHoursToAcknowledge
        medianHoursToResolve
        shareResolvedWithinTarget
      }
      proposalsByStatus {
        key
        count
      }
      proposals {
        published
        accepted
        completed
        averageProgress
      }
      consultationCount
      consultationParticipation {
        id
        title
        opensAt
        closesAt
        responses
        eligibleResidents
        shareOfEligible
      }
    }
  }
`);

/** The “bilan de mandat”: totals and the month-by-month series over a long period. */
export const BILAN_STATS = graphql(`
  query BilanStats($from: DateTime, $to: DateTime, $district: String) {
    stats(from: $from, to: $to, district: $district) {
      ...StatsTotals
      proposals {
        published
        accepted
        completed
      }
      consultationCount
      requestsByMonth {
        month
        count
        open
        resolved
        medianHoursToAcknowledge
        medianHoursToResolve
        shareResolvedWithinTarget
      }
    }
  }
`);

/** The filters' choices: the commune's districts and the services (formalities are never listed). */
export const REPORT_FILTERS = graphql(`
  query DashboardFilters {
    districts
    services {
      id
      name
      kind
    }
  }
`);

/** Public reports, newest first, with their place for the map (formalities are hidden by the server). */
export const PUBLIC_REPORTS = graphql(`
  query PublicReports($first: Int!, $after: String, $filter: ServiceRequestFilter, $orderBy: ServiceRequestOrder) {
    serviceRequests(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
      totalCount
      pageInfo {
        ...PageInfoFields
      }
      edges {
        cursor
        node {
          id
          reference
          status
          address
          district
          createdAt
          isOverdue
          location {
            lat
            lng
          }
          service {
            id
            name
          }
        }
      }
    }
  }
`);

export type DashboardStatsData = DashboardStatsQuery['stats'];
export type PublicReportNode = PublicReportsQuery['serviceRequests']['edges'][number]['node'];
