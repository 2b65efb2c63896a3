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

/** Where Move up / Move down sends a service within its group. */
export enum ServiceMoveDirection {
  UP = 'UP',
  DOWN = 'DOWN',
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
  REQUESTER_EMAILED = 'REQUESTER_EMAILED',
}

/** How staff reach the requester (contactRequester). */
export enum ContactChannel {
  /** A public update on the timeline (followers notified, the requester among them). */
  TIMELINE = 'TIMELINE',
  /** An e-mail to the requester's address, which staff never see; the timeline records it for the requester and staff. */
  EMAIL = 'EMAIL',
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
  RESOLVED_AT = 'RESOLVED_AT',
}

export enum ServiceRequestOrderDirection {
  ASC = 'ASC',
  DESC = 'DESC',
}

registerEnumType(ServiceKind, {
  name: 'ServiceKind',
  description: 'REPORT: a problem in public space (public); FORMALITY: an administrative procedure (private).',
  valuesMap: {
    REPORT: { description: 'A problem in public space (pothole, streetlight out): its requests are public and shown on the map.' },
    FORMALITY: {
      description:
        'An administrative procedure (birth certificate, school enrolment): its requests are private to the requester and staff.',
    },
  },
});
registerEnumType(ServiceFieldKind, {
  name: 'ServiceFieldKind',
  description: 'The kind of value an extra field of a service takes.',
  valuesMap: {
    TEXT: { description: "Free text, up to the field's maxLength (default 1000 characters)." },
    NUMBER: { description: "A number written with digits, within the field's min and max when set." },
    DATE: { description: 'A calendar date written YYYY-MM-DD.' },
    SINGLE_CHOICE: { description: "The value of one of the field's options." },
    YES_NO: { description: 'true or false.' },
  },
});
registerEnumType(ServiceMoveDirection, {
  name: 'ServiceMoveDirection',
  description: 'One place towards the top (UP) or the bottom (DOWN) of its group.',
  valuesMap: {
    UP: { description: 'Before the active service above it.' },
    DOWN: { description: 'After the active service below it.' },
  },
});
registerEnumType(ServiceRequestStatus, {
  name: 'ServiceRequestStatus',
  description: 'SUBMITTED → ACKNOWLEDGED → IN_PROGRESS (⇄ WAITING_FOR_RESIDENT, clock paused) → RESOLVED | REJECTED → CLOSED.',
  valuesMap: {
    SUBMITTED: { description: 'Filed by the resident; no answer from staff yet.' },
    ACKNOWLEDGED: { description: 'Staff have seen it and taken it on.' },
    IN_PROGRESS: { description: 'Being handled (also where a reply or a reopen brings it back).' },
    WAITING_FOR_RESIDENT: {
      description: 'Staff asked the requester for something; the clock towards the expected date is paused until they reply.',
    },
    RESOLVED: { description: 'Done; the resolution says what was done. The requester may rate it, and reopen it within 30 days.' },
    REJECTED: { description: 'Refused; the resolution says why.' },
    CLOSED: { description: 'Finished: closed by staff after RESOLVED or REJECTED, or closed as a duplicate of another request.' },
  },
});
registerEnumType(ServiceRequestEventKind, {
  name: 'ServiceRequestEventKind',
  description: 'What an event of a request timeline records.',
  valuesMap: {
    CREATED: { description: 'The request was filed.' },
    STATUS_CHANGED: { description: 'Staff moved it to another status, with the public message if any.' },
    PUBLIC_UPDATE: { description: 'A public update from staff (followers are notified).' },
    INTERNAL_NOTE: { description: 'A note between staff, never shown to the requester or the public.' },
    ASSIGNED: { description: 'It was assigned to an agent, or unassigned.' },
    RESIDENT_REPLY: { description: "The requester's reply while it was waiting for them (shown to the requester and staff only)." },
    MARKED_DUPLICATE: { description: 'It was closed as a duplicate of another request.' },
    RATED: { description: 'The requester rated the answer.' },
    PRIORITY_CHANGED: { description: 'Staff changed its priority (staff only).' },
    REQUESTER_EMAILED: {
      description:
        'Staff e-mailed a message to the requester through the platform (its text; never the address; requester and staff only).',
    },
  },
});
registerEnumType(ContactChannel, {
  name: 'ContactChannel',
  description: 'How staff send a message to the requester.',
  valuesMap: {
    TIMELINE: { description: 'A public update on the timeline (followers, the requester among them, are notified).' },
    EMAIL: {
      description: 'An e-mail to the requester (staff never see the address); recorded on the timeline for the requester and staff.',
    },
  },
});
registerEnumType(ServiceRequestPriority, {
  name: 'ServiceRequestPriority',
  description: 'How urgent staff judge a request (NORMAL until staff change it).',
  valuesMap: {
    LOW: { description: 'Can wait.' },
    NORMAL: { description: 'The default.' },
    HIGH: { description: 'To handle before the normal ones.' },
    URGENT: { description: 'To handle at once.' },
  },
});
registerEnumType(ServiceRequestOrderField, {
  name: 'ServiceRequestOrderField',
  description: 'Sort keys of request lists.',
  valuesMap: {
    CREATED_AT: { description: 'When it was filed.' },
    EXPECTED_AT: {
      description: 'The expected date as stored (a request currently waiting for the resident sorts by its date before the pause).',
    },
    RESOLVED_AT: {
      description:
        'When it was resolved; lists only requests resolved and not reopened since (resolved, or closed after being resolved), e.g. the home page’s « recently resolved ».',
    },
  },
});
registerEnumType(ServiceRequestOrderDirection, {
  name: 'ServiceRequestOrderDirection',
  description: 'Ascending or descending.',
  valuesMap: {
    ASC: { description: 'Oldest or earliest first.' },
    DESC: { description: 'Newest or latest first.' },
  },
});
