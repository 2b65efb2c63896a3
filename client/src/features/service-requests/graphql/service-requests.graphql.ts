import { graphql } from '@/generated';
import type {
  CreateServiceRequestInput,
  NearbyServiceRequestsQuery,
  ResponseTemplatesQuery,
  ServiceCatalogueQuery,
  ServiceFieldFieldsFragment,
  ServiceRequestDetailFieldsFragment,
  ServiceRequestEventFieldsFragment,
  ServiceRequestFilter,
  ServiceRequestPriority,
  ServiceRequestStatus,
} from '@/generated/graphql';

/**
 * Documents of the service-requests feature. Lists ask for pages of 20 and only the fields their
 * view shows: the server's cost limit counts page size × fields.
 */

export type { ServiceFieldKind, ServiceKind } from '@/generated/graphql';
export type RequestStatus = ServiceRequestStatus;
export type Priority = ServiceRequestPriority;
export type { ContactChannel } from '@/generated/graphql';

export type ServiceField = ServiceFieldFieldsFragment;
export type Service = ServiceCatalogueQuery['services'][number];
/** A timeline event (internal notes and their authors reach staff only). */
export type RequestEvent = ServiceRequestEventFieldsFragment;
/** A request as its page shows it (to the requester and staff: the private parts too). */
export type RequestDetail = ServiceRequestDetailFieldsFragment;
export type RequestFilter = ServiceRequestFilter;
export type NearbyItem = NearbyServiceRequestsQuery['serviceRequests']['edges'][number]['node'];
/** The filing form's answer (photos in order, at most 6). */
export type CreateRequestInput = CreateServiceRequestInput;
export type ResponseTemplate = ResponseTemplatesQuery['responseTemplates'][number];

export const STATUSES: RequestStatus[] = [
  'SUBMITTED',
  'ACKNOWLEDGED',
  'IN_PROGRESS',
  'WAITING_FOR_RESIDENT',
  'RESOLVED',
  'REJECTED',
  'CLOSED',
];
export const PRIORITIES: Priority[] = ['LOW', 'NORMAL', 'HIGH', 'URGENT'];

/** One selection for a service's fields everywhere, so cached copies never lose sub-fields. */
export const SERVICE_FIELD_FIELDS = graphql(`
  fragment ServiceFieldFields on ServiceField {
    code
    label
    kind
    required
    description
    options {
      value
      label
    }
    min
    max
    maxLength
  }
`);

export const SERVICES = graphql(`
  query ServiceCatalogue {
    services {
      id
      code
      name
      description
      kind
      publicRequests
      group
      targetDays
      fields {
        ...ServiceFieldFields
      }
      department {
        id
        name
      }
    }
  }
`);

export const DISTRICTS = graphql(`
  query ServiceRequestDistricts {
    districts
  }
`);

/**
 * One selection of an image everywhere, so cached copies never lack a size. Private photos (a
 * formality's, a reply's) come with signed URLs that expire after an hour or two: the request
 * page asks again (cache-and-network) each time it is shown.
 */
export const REQUEST_IMAGE = graphql(`
  fragment ServiceRequestImage on Image {
    id
    width
    height
    placeholder
    hidden
    hiddenReason
    thumb: url(variant: THUMB)
    large: url(variant: LARGE)
  }
`);

export const EVENT_FIELDS = graphql(`
  fragment ServiceRequestEventFields on ServiceRequestEvent {
    id
    kind
    fromStatus
    toStatus
    body
    byRequester
    createdAt
    rating
    originalReference
    priority
    author {
      id
      displayName
    }
    assignee {
      id
      displayName
    }
    images {
      ...ServiceRequestImage
    }
  }
`);

export const REQUEST_FIELDS = graphql(`
  fragment ServiceRequestDetailFields on ServiceRequest {
    id
    reference
    status
    description
    address
    district
    resolution
    rating
    ratingComment
    priority
    location {
      lat
      lng
    }
    images {
      ...ServiceRequestImage
    }
    fieldValues {
      code
      label
      kind
      value
      optionLabel
    }
    requester {
      id
      displayName
    }
    assignee {
      id
      displayName
    }
    service {
      id
      name
      kind
      publicRequests
    }
    department {
      id
      name
    }
    events {
      ...ServiceRequestEventFields
    }
    followerCount
    viewerIsFollowing
    viewerIsRequester
    viewerCanManage
    expectedAt
    isOverdue
    duplicateOf {
      id
      reference
    }
    createdAt
    resolvedAt
    closedAt
  }
`);

export const SERVICE_REQUEST = graphql(`
  query ServiceRequest($id: ID!) {
    serviceRequest(id: $id) {
      ...ServiceRequestDetailFields
    }
  }
`);

/** The request after each change, live (graphql-ws), as this viewer may see it. */
export const SERVICE_REQUEST_UPDATED = graphql(`
  subscription ServiceRequestUpdated($id: ID!) {
    serviceRequestUpdated(id: $id) {
      ...ServiceRequestDetailFields
    }
  }
`);

export const REQUEST_BY_REFERENCE = graphql(`
  query ServiceRequestByReference($reference: String!) {
    serviceRequestByReference(reference: $reference) {
      id
      reference
      status
      description
      address
      district
      service {
        id
        name
        kind
      }
      images {
        ...ServiceRequestImage
      }
      events {
        id
        kind
        fromStatus
        toStatus
        body
        byRequester
        createdAt
        rating
        originalReference
      }
      followerCount
      expectedAt
      isOverdue
      createdAt
      resolvedAt
    }
  }
`);

/** Looks a reference up to get the id (marking a duplicate by reference). */
export const REQUEST_ID_BY_REFERENCE = graphql(`
  query ServiceRequestIdByReference($reference: String!) {
    serviceRequestByReference(reference: $reference) {
      id
      reference
    }
  }
`);

export const MY_REQUESTS = graphql(`
  query MyServiceRequests($first: Int!, $after: String) {
    myServiceRequests(first: $first, after: $after) {
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
          createdAt
          isOverdue
          service {
            id
            name
          }
        }
      }
    }
  }
`);

export const QUEUE = graphql(`
  query ServiceRequestQueue($first: Int!, $after: String, $filter: ServiceRequestFilter) {
    serviceRequests(first: $first, after: $after, filter: $filter) {
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
          expectedAt
          isOverdue
          priority
          service {
            id
            name
          }
          assignee {
            id
            displayName
          }
        }
      }
    }
  }
`);

/** Open requests of one service around a point, nearest first (offered before filing a report). */
export const NEARBY = graphql(`
  query NearbyServiceRequests($filter: ServiceRequestFilter) {
    serviceRequests(first: 5, filter: $filter) {
      edges {
        node {
          id
          reference
          status
          description
          address
          createdAt
          distanceMeters
          viewerIsFollowing
        }
      }
    }
  }
`);

export const CREATE_REQUEST = graphql(`
  mutation CreateServiceRequest($input: CreateServiceRequestInput!) {
    createServiceRequest(input: $input) {
      id
      reference
    }
  }
`);

export const CHANGE_STATUS = graphql(`
  mutation ChangeServiceRequestStatus($id: ID!, $status: ServiceRequestStatus!, $message: String) {
    changeServiceRequestStatus(id: $id, status: $status, message: $message) {
      ...ServiceRequestDetailFields
    }
  }
`);

export const ASSIGN = graphql(`
  mutation AssignServiceRequest($id: ID!, $assigneeId: ID) {
    assignServiceRequest(id: $id, assigneeId: $assigneeId) {
      ...ServiceRequestDetailFields
    }
  }
`);

export const SET_PRIORITY = graphql(`
  mutation SetServiceRequestPriority($id: ID!, $priority: ServiceRequestPriority!) {
    setServiceRequestPriority(id: $id, priority: $priority) {
      ...ServiceRequestDetailFields
    }
  }
`);

export const ADD_NOTE = graphql(`
  mutation AddServiceRequestNote($id: ID!, $body: String!, $internal: Boolean!) {
    addServiceRequestNote(id: $id, body: $body, internal: $internal) {
      ...ServiceRequestEventFields
    }
  }
`);

/** Staff: a message to the requester, by e-mail (the address stays on the server) or on the timeline. */
export const CONTACT_REQUESTER = graphql(`
  mutation ContactRequester($id: ID!, $body: String!, $channel: ContactChannel!) {
    contactRequester(id: $id, body: $body, channel: $channel) {
      ...ServiceRequestEventFields
    }
  }
`);

export const MARK_DUPLICATE = graphql(`
  mutation MarkServiceRequestDuplicate($id: ID!, $originalId: ID!) {
    markServiceRequestDuplicate(id: $id, originalId: $originalId) {
      ...ServiceRequestDetailFields
    }
  }
`);

export const REPLY = graphql(`
  mutation ReplyToServiceRequest($id: ID!, $body: String!, $imageIds: [ID!]) {
    replyToServiceRequest(id: $id, body: $body, imageIds: $imageIds) {
      ...ServiceRequestDetailFields
    }
  }
`);

export const RATE = graphql(`
  mutation RateServiceRequest($id: ID!, $rating: Int!, $comment: String) {
    rateServiceRequest(id: $id, rating: $rating, comment: $comment) {
      ...ServiceRequestDetailFields
    }
  }
`);

export const REOPEN = graphql(`
  mutation ReopenServiceRequest($id: ID!, $reason: String!) {
    reopenServiceRequest(id: $id, reason: $reason) {
      ...ServiceRequestDetailFields
    }
  }
`);

export const RESPONSE_TEMPLATES = graphql(`
  query ResponseTemplates($departmentId: ID!) {
    responseTemplates(departmentId: $departmentId) {
      id
      title
      body
    }
  }
`);
