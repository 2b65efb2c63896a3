import { registerEnumType } from '@nestjs/graphql';

export enum ServiceKind {
  /** A problem in public space (pothole, streetlight out): public, shown on the map. */
  REPORT = 'REPORT',
  /** An administrative procedure (birth certificate, school enrolment): private to the requester and staff. */
  FORMALITY = 'FORMALITY',
}

export enum ServiceFieldKind {
  TEXT = 'TEXT',
  NUMBER = 'NUMBER',
  DATE = 'DATE',
  SINGLE_CHOICE = 'SINGLE_CHOICE',
  YES_NO = 'YES_NO',
}

export enum ServiceRequestStatus {
  SUBMITTED = 'SUBMITTED',
  ACKNOWLEDGED = 'ACKNOWLEDGED',
  IN_PROGRESS = 'IN_PROGRESS',
  WAITING_FOR_RESIDENT = 'WAITING_FOR_RESIDENT',
  RESOLVED = 'RESOLVED',
  REJECTED = 'REJECTED',
  CLOSED = 'CLOSED',
}

export enum ServiceRequestEventKind {
  CREATED = 'CREATED',
  STATUS_CHANGED = 'STATUS_CHANGED',
  PUBLIC_UPDATE = 'PUBLIC_UPDATE',
  INTERNAL_NOTE = 'INTERNAL_NOTE',
  ASSIGNED = 'ASSIGNED',
  RESIDENT_REPLY = 'RESIDENT_REPLY',
  MARKED_DUPLICATE = 'MARKED_DUPLICATE',
  RATED = 'RATED',
  PRIORITY_CHANGED = 'PRIORITY_CHANGED',
}

export enum ServiceRequestPriority {
  LOW = 'LOW',
  NORMAL = 'NORMAL',
  HIGH = 'HIGH',
  URGENT = 'URGENT',
}

export enum ServiceRequestOrderField {
  CREATED_AT = 'CREATED_AT',
  EXPECTED_AT = 'EXPECTED_AT',
}

export enum ServiceRequestOrderDirection {
  ASC = 'ASC',
  DESC = 'DESC',
}

registerEnumType(ServiceKind, {
  name: 'ServiceKind',
  description: 'REPORT: a problem in public space (public); FORMALITY: an administrative procedure (private).',
});
registerEnumType(ServiceFieldKind, { name: 'ServiceFieldKind', description: 'The kind of value an extra field of a service takes.' });
registerEnumType(ServiceRequestStatus, {
  name: 'ServiceRequestStatus',
  description:
    'SUBMITTED → ACKNOWLEDGED → IN_PROGRESS (⇄ WAITING_FOR_RESIDENT, clock paused) → RESOLVED | REJECTED → CLOSED.',
});
registerEnumType(ServiceRequestEventKind, { name: 'ServiceRequestEventKind', description: 'What an event of a request timeline records.' });
registerEnumType(ServiceRequestPriority, { name: 'ServiceRequestPriority', description: 'How urgent staff judge a request.' });
registerEnumType(ServiceRequestOrderField, { name: 'ServiceRequestOrderField', description: 'Sort keys of request lists.' });
registerEnumType(ServiceRequestOrderDirection, { name: 'ServiceRequestOrderDirection', description: 'Ascending or descending.' });
