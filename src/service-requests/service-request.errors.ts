/** The reasons (extensions.reason) this domain answers with; clients translate them. */
export const ServiceRequestReason = {
  SERVICE_CODE_TAKEN: 'SERVICE_CODE_TAKEN',
  SERVICE_NOT_FOUND: 'SERVICE_NOT_FOUND',
  /** A withdrawn service has no place in the catalogue's order (bring it back first). */
  SERVICE_WITHDRAWN: 'SERVICE_WITHDRAWN',
  REQUEST_NOT_FOUND: 'REQUEST_NOT_FOUND',
  TEMPLATE_NOT_FOUND: 'TEMPLATE_NOT_FOUND',
  TEMPLATE_TITLE_TAKEN: 'TEMPLATE_TITLE_TAKEN',
  /** Only agents of the owning department (and admins) may do this. */
  NOT_DEPARTMENT_STAFF: 'NOT_DEPARTMENT_STAFF',
  /** Only the resident who filed the request may do this. */
  NOT_REQUESTER: 'NOT_REQUESTER',
  /** Filters on assignee or priority are for staff. */
  STAFF_ONLY_FILTER: 'STAFF_ONLY_FILTER',
  INVALID_TRANSITION: 'INVALID_TRANSITION',
  MESSAGE_REQUIRED: 'MESSAGE_REQUIRED',
  NOT_WAITING_FOR_RESIDENT: 'NOT_WAITING_FOR_RESIDENT',
  NOT_RESOLVED: 'NOT_RESOLVED',
  REOPEN_WINDOW_PASSED: 'REOPEN_WINDOW_PASSED',
  ALREADY_RATED: 'ALREADY_RATED',
  REQUEST_CLOSED: 'REQUEST_CLOSED',
  NOT_OPEN: 'NOT_OPEN',
  ORIGINAL_IS_DUPLICATE: 'ORIGINAL_IS_DUPLICATE',
  ORIGINAL_NOT_SHAREABLE: 'ORIGINAL_NOT_SHAREABLE',
  /** A public report and a private formality never merge, in either direction. */
  ORIGINAL_OTHER_KIND: 'ORIGINAL_OTHER_KIND',
  /** The requester cannot be e-mailed (their account was deleted): write on the timeline instead. */
  REQUESTER_UNREACHABLE: 'REQUESTER_UNREACHABLE',
} as const;
