import { gql, type TypedDocumentNode } from '@apollo/client';
import { PAGE_INFO, type Connection } from '@/app';
import type { GalleryImage } from '@/ui';

/**
 * Documents of the service-requests feature. Lists ask for pages of 20 and only the fields their
 * view shows: the server's cost limit counts page size × fields.
 */

export type ServiceKind = 'REPORT' | 'FORMALITY';
export type ServiceFieldKind = 'TEXT' | 'NUMBER' | 'DATE' | 'SINGLE_CHOICE' | 'YES_NO';
export type RequestStatus = 'SUBMITTED' | 'ACKNOWLEDGED' | 'IN_PROGRESS' | 'WAITING_FOR_RESIDENT' | 'RESOLVED' | 'REJECTED' | 'CLOSED';
export type Priority = 'LOW' | 'NORMAL' | 'HIGH' | 'URGENT';
export type EventKind =
  | 'CREATED'
  | 'STATUS_CHANGED'
  | 'PUBLIC_UPDATE'
  | 'INTERNAL_NOTE'
  | 'ASSIGNED'
  | 'RESIDENT_REPLY'
  | 'MARKED_DUPLICATE'
  | 'RATED'
  | 'PRIORITY_CHANGED';

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

export interface ServiceField {
  code: string;
  label: string;
  kind: ServiceFieldKind;
  required: boolean;
  description: string | null;
  options: { value: string; label: string }[];
  min: number | null;
  max: number | null;
  maxLength: number | null;
}

export interface Service {
  id: string;
  code: string;
  name: string;
  description: string;
  kind: ServiceKind;
  group: string;
  targetDays: number;
  fields: ServiceField[];
  department: { id: string; name: string };
}

/** One selection for a service's fields everywhere, so cached copies never lose sub-fields. */
const SERVICE_FIELD_FIELDS = gql`
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
`;

export const SERVICES: TypedDocumentNode<{ services: Service[] }, Record<string, never>> = gql`
  query ServiceCatalogue {
    services {
      id
      code
      name
      description
      kind
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
  ${SERVICE_FIELD_FIELDS}
`;

export const DISTRICTS: TypedDocumentNode<{ districts: string[] }, Record<string, never>> = gql`
  query ServiceRequestDistricts {
    districts
  }
`;

export interface Person {
  id: string;
  displayName: string;
}

export interface RequestEvent {
  id: string;
  kind: EventKind;
  fromStatus: RequestStatus | null;
  toStatus: RequestStatus | null;
  body: string | null;
  byRequester: boolean;
  createdAt: string;
  rating: number | null;
  originalReference: string | null;
  priority: Priority | null;
  /** Staff only (null for others). */
  author: Person | null;
  assignee: Person | null;
  /** RESIDENT_REPLY: the photos sent with it (to the requester and staff only). */
  images: GalleryImage[];
}

/**
 * One selection of an image everywhere, so cached copies never lack a size. Private photos (a
 * formality's, a reply's) come with signed URLs that expire after an hour or two: the request
 * page asks again (cache-and-network) each time it is shown.
 */
const REQUEST_IMAGE = gql`
  fragment ServiceRequestImage on Image {
    id
    width
    height
    placeholder
    thumb: url(variant: THUMB)
    large: url(variant: LARGE)
  }
`;

const EVENT_FIELDS = gql`
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
  ${REQUEST_IMAGE}
`;

/** Everything the request page shows; every mutation on a request returns it, so the cache updates in place. */
export interface RequestDetail {
  id: string;
  reference: string;
  status: RequestStatus;
  description: string;
  address: string | null;
  district: string | null;
  resolution: string | null;
  rating: number | null;
  ratingComment: string | null;
  priority: Priority | null;
  location: { lat: number; lng: number } | null;
  /** Those filed with it, then those of the requester's replies (the latter to the requester and staff). */
  images: GalleryImage[];
  fieldValues: { code: string; label: string | null; value: string }[];
  requester: Person | null;
  assignee: Person | null;
  service: { id: string; name: string; kind: ServiceKind; fields: ServiceField[] };
  department: { id: string; name: string };
  events: RequestEvent[];
  followerCount: number;
  viewerIsFollowing: boolean;
  viewerIsRequester: boolean;
  viewerCanManage: boolean;
  expectedAt: string;
  isOverdue: boolean;
  duplicateOf: { id: string; reference: string } | null;
  createdAt: string;
  resolvedAt: string | null;
  closedAt: string | null;
}

const REQUEST_FIELDS = gql`
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
      value
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
      fields {
        ...ServiceFieldFields
      }
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
  ${EVENT_FIELDS}
  ${SERVICE_FIELD_FIELDS}
`;

export const SERVICE_REQUEST: TypedDocumentNode<{ serviceRequest: RequestDetail | null }, { id: string }> = gql`
  query ServiceRequest($id: ID!) {
    serviceRequest(id: $id) {
      ...ServiceRequestDetailFields
    }
  }
  ${REQUEST_FIELDS}
`;

/** The request after each change, live (graphql-ws), as this viewer may see it. */
export const SERVICE_REQUEST_UPDATED: TypedDocumentNode<{ serviceRequestUpdated: RequestDetail }, { id: string }> = gql`
  subscription ServiceRequestUpdated($id: ID!) {
    serviceRequestUpdated(id: $id) {
      ...ServiceRequestDetailFields
    }
  }
  ${REQUEST_FIELDS}
`;

/** The public view by reference: never who filed it (not even asked for). */
export interface PublicRequest {
  id: string;
  reference: string;
  status: RequestStatus;
  description: string;
  address: string | null;
  district: string | null;
  service: { id: string; name: string; kind: ServiceKind };
  /** The public photos (a report's, as filed). */
  images: GalleryImage[];
  events: Pick<
    RequestEvent,
    'id' | 'kind' | 'fromStatus' | 'toStatus' | 'body' | 'byRequester' | 'createdAt' | 'rating' | 'originalReference'
  >[];
  followerCount: number;
  expectedAt: string;
  isOverdue: boolean;
  createdAt: string;
  resolvedAt: string | null;
}

export const REQUEST_BY_REFERENCE: TypedDocumentNode<{ serviceRequestByReference: PublicRequest | null }, { reference: string }> = gql`
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
  ${REQUEST_IMAGE}
`;

/** Looks a reference up to get the id (marking a duplicate by reference). */
export const REQUEST_ID_BY_REFERENCE: TypedDocumentNode<
  { serviceRequestByReference: { id: string; reference: string } | null },
  { reference: string }
> = gql`
  query ServiceRequestIdByReference($reference: String!) {
    serviceRequestByReference(reference: $reference) {
      id
      reference
    }
  }
`;

export interface MyRequestItem {
  id: string;
  reference: string;
  status: RequestStatus;
  createdAt: string;
  isOverdue: boolean;
  service: { id: string; name: string };
}

export const MY_REQUESTS: TypedDocumentNode<{ myServiceRequests: Connection<MyRequestItem> }, { first: number; after?: string | null }> =
  gql`
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
    ${PAGE_INFO}
  `;

export interface RequestFilter {
  status?: RequestStatus[];
  open?: boolean;
  serviceId?: string;
  assigneeId?: string;
  unassigned?: boolean;
  district?: string;
  overdue?: boolean;
  near?: { lat: number; lng: number; radiusMeters: number };
}

export interface QueueItem {
  id: string;
  reference: string;
  status: RequestStatus;
  address: string | null;
  district: string | null;
  createdAt: string;
  expectedAt: string;
  isOverdue: boolean;
  priority: Priority | null;
  service: { id: string; name: string };
  assignee: Person | null;
}

export const QUEUE: TypedDocumentNode<
  { serviceRequests: Connection<QueueItem> },
  { first: number; after?: string | null; filter: RequestFilter }
> = gql`
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
  ${PAGE_INFO}
`;

export interface NearbyItem {
  id: string;
  reference: string;
  status: RequestStatus;
  description: string;
  address: string | null;
  createdAt: string;
  distanceMeters: number | null;
  viewerIsFollowing: boolean;
}

/** Open requests of one service around a point, nearest first (offered before filing a report). */
export const NEARBY: TypedDocumentNode<{ serviceRequests: { edges: { node: NearbyItem }[] } }, { filter: RequestFilter }> = gql`
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
`;

export interface CreateRequestInput {
  serviceId: string;
  description: string;
  location?: { lat: number; lng: number } | null;
  address?: string | null;
  district?: string | null;
  fieldValues?: { code: string; value: string }[];
  /** The photos, in order (at most 6). */
  imageIds?: string[];
}

export const CREATE_REQUEST: TypedDocumentNode<{ createServiceRequest: { id: string; reference: string } }, { input: CreateRequestInput }> =
  gql`
    mutation CreateServiceRequest($input: CreateServiceRequestInput!) {
      createServiceRequest(input: $input) {
        id
        reference
      }
    }
  `;

type OnRequest<K extends string> = { [key in K]: RequestDetail };

export const CHANGE_STATUS: TypedDocumentNode<
  OnRequest<'changeServiceRequestStatus'>,
  { id: string; status: RequestStatus; message?: string | null }
> = gql`
  mutation ChangeServiceRequestStatus($id: ID!, $status: ServiceRequestStatus!, $message: String) {
    changeServiceRequestStatus(id: $id, status: $status, message: $message) {
      ...ServiceRequestDetailFields
    }
  }
  ${REQUEST_FIELDS}
`;

export const ASSIGN: TypedDocumentNode<OnRequest<'assignServiceRequest'>, { id: string; assigneeId: string | null }> = gql`
  mutation AssignServiceRequest($id: ID!, $assigneeId: ID) {
    assignServiceRequest(id: $id, assigneeId: $assigneeId) {
      ...ServiceRequestDetailFields
    }
  }
  ${REQUEST_FIELDS}
`;

export const SET_PRIORITY: TypedDocumentNode<OnRequest<'setServiceRequestPriority'>, { id: string; priority: Priority }> = gql`
  mutation SetServiceRequestPriority($id: ID!, $priority: ServiceRequestPriority!) {
    setServiceRequestPriority(id: $id, priority: $priority) {
      ...ServiceRequestDetailFields
    }
  }
  ${REQUEST_FIELDS}
`;

export const ADD_NOTE: TypedDocumentNode<{ addServiceRequestNote: RequestEvent }, { id: string; body: string; internal: boolean }> = gql`
  mutation AddServiceRequestNote($id: ID!, $body: String!, $internal: Boolean!) {
    addServiceRequestNote(id: $id, body: $body, internal: $internal) {
      ...ServiceRequestEventFields
    }
  }
  ${EVENT_FIELDS}
`;

export const MARK_DUPLICATE: TypedDocumentNode<OnRequest<'markServiceRequestDuplicate'>, { id: string; originalId: string }> = gql`
  mutation MarkServiceRequestDuplicate($id: ID!, $originalId: ID!) {
    markServiceRequestDuplicate(id: $id, originalId: $originalId) {
      ...ServiceRequestDetailFields
    }
  }
  ${REQUEST_FIELDS}
`;

export const REPLY: TypedDocumentNode<OnRequest<'replyToServiceRequest'>, { id: string; body: string; imageIds?: string[] | null }> = gql`
  mutation ReplyToServiceRequest($id: ID!, $body: String!, $imageIds: [ID!]) {
    replyToServiceRequest(id: $id, body: $body, imageIds: $imageIds) {
      ...ServiceRequestDetailFields
    }
  }
  ${REQUEST_FIELDS}
`;

export const RATE: TypedDocumentNode<OnRequest<'rateServiceRequest'>, { id: string; rating: number; comment?: string | null }> = gql`
  mutation RateServiceRequest($id: ID!, $rating: Int!, $comment: String) {
    rateServiceRequest(id: $id, rating: $rating, comment: $comment) {
      ...ServiceRequestDetailFields
    }
  }
  ${REQUEST_FIELDS}
`;

export const REOPEN: TypedDocumentNode<OnRequest<'reopenServiceRequest'>, { id: string; reason: string }> = gql`
  mutation ReopenServiceRequest($id: ID!, $reason: String!) {
    reopenServiceRequest(id: $id, reason: $reason) {
      ...ServiceRequestDetailFields
    }
  }
  ${REQUEST_FIELDS}
`;

export interface ResponseTemplate {
  id: string;
  title: string;
  body: string;
}

export const RESPONSE_TEMPLATES: TypedDocumentNode<{ responseTemplates: ResponseTemplate[] }, { departmentId: string }> = gql`
  query ResponseTemplates($departmentId: ID!) {
    responseTemplates(departmentId: $departmentId) {
      id
      title
      body
    }
  }
`;
