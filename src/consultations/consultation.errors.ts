/** Machine reasons the consultations domain answers with (the client translates them). */
export const ConsultationError = {
  /** Unknown id (NOT_FOUND). */
  CONSULTATION_NOT_FOUND: 'CONSULTATION_NOT_FOUND',
  /** Only the council may do this (FORBIDDEN). */
  COUNCIL_ONLY: 'COUNCIL_ONLY',
  /** Editing is possible only before the consultation opens (CONFLICT). */
  NOT_EDITABLE: 'NOT_EDITABLE',
  /** A response exists: the questions can no longer change (CONFLICT). */
  QUESTIONS_FROZEN: 'QUESTIONS_FROZEN',
  /** Answers are taken only while the consultation is open (CONFLICT). */
  NOT_OPEN: 'NOT_OPEN',
  /** The viewer has already answered (CONFLICT): one response per resident. */
  ALREADY_RESPONDED: 'ALREADY_RESPONDED',
  /** The viewer's district is not among those consulted (FORBIDDEN). */
  NOT_ELIGIBLE: 'NOT_ELIGIBLE',
  /** Signed-in residents only (FORBIDDEN). */
  RESIDENT_ONLY: 'RESIDENT_ONLY',
  /** A conclusion needs a closed consultation (CONFLICT). */
  NOT_CLOSED: 'NOT_CLOSED',
  /** The answers break their questions' rules; `fields` name each question at fault (BAD_USER_INPUT). */
  INVALID_ANSWERS: 'INVALID_ANSWERS',
  /** The questions break their kinds' rules; `fields` name each one (BAD_USER_INPUT). */
  INVALID_QUESTIONS: 'INVALID_QUESTIONS',
  /** An uploaded document is not a PDF (BAD_USER_INPUT). */
  NOT_A_PDF: 'NOT_A_PDF',
  /** A document upload without a file in the field `file` (BAD_USER_INPUT). */
  FILE_REQUIRED: 'FILE_REQUIRED',
  /** Unknown document (NOT_FOUND). */
  DOCUMENT_NOT_FOUND: 'DOCUMENT_NOT_FOUND',
} as const;

/**
 * Why the viewer cannot answer (the `reason` of `viewerCanRespond`), checked in this order:
 * signed out, already answered, not open, not eligible.
 */
export enum RespondRefusal {
  NOT_SIGNED_IN = 'NOT_SIGNED_IN',
  ALREADY_RESPONDED = 'ALREADY_RESPONDED',
  NOT_OPEN = 'NOT_OPEN',
  NOT_ELIGIBLE = 'NOT_ELIGIBLE',
}
