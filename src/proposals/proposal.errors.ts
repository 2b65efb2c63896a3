/** Machine reasons the proposals domain answers with (the client translates them). */
export const ProposalError = {
  /** Unknown id, or a draft seen by someone other than its author (NOT_FOUND). */
  PROPOSAL_NOT_FOUND: 'PROPOSAL_NOT_FOUND',
  /** Only its author may do this (FORBIDDEN). */
  NOT_AUTHOR: 'NOT_AUTHOR',
  /** Only the council may do this (FORBIDDEN). */
  COUNCIL_ONLY: 'COUNCIL_ONLY',
  /** Signed-in residents only (FORBIDDEN). */
  RESIDENT_ONLY: 'RESIDENT_ONLY',
  /** The change is not in the lifecycle graph from the current status (CONFLICT; details from/to). */
  INVALID_TRANSITION: 'INVALID_TRANSITION',
  /** Only a draft can be edited (CONFLICT). */
  NOT_DRAFT: 'NOT_DRAFT',
  /** Supports are not being collected: not published, answered, or the period has ended (CONFLICT). */
  SUPPORTS_CLOSED: 'SUPPORTS_CLOSED',
  /** Drafts cannot be commented on (CONFLICT). */
  COMMENTS_CLOSED: 'COMMENTS_CLOSED',
  /** Hidden by a moderator: it takes no new supports or comments until restored (CONFLICT). */
  PROPOSAL_HIDDEN: 'PROPOSAL_HIDDEN',
} as const;
