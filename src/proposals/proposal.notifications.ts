/** Proposals as the generic domains name them (comments, follows, notifications, photos). */
export const PROPOSAL_TARGET = 'PROPOSAL';

/** The web client's page of a proposal (for moderators and notifications that link to it). */
export const proposalPath = (id: string) => `/proposals/${id}`;

/**
 * The notification kinds this domain writes, all with targetType PROPOSAL and targetId the
 * proposal's id. Every payload carries `title` (the proposal's title when it happened), so a
 * notification list renders without asking for the proposal. Payloads hold only public facts
 * (status, the council's public text, the percentage); the actor is never notified.
 */
export const ProposalNotification = {
  /**
   * Followers, when a PUBLISHED proposal goes UNDER_REVIEW: { title, fromStatus, toStatus,
   * cause: 'THRESHOLD_REACHED' (a support reached the threshold; message null) | 'COUNCIL'
   * (the council's public message), message, supportCount }.
   */
  UNDER_REVIEW: 'PROPOSAL_UNDER_REVIEW',
  /** Followers, the council's official answer: { title, fromStatus, toStatus: ACCEPTED | REJECTED, message }. */
  ANSWERED: 'PROPOSAL_ANSWERED',
  /**
   * Followers, a progress update: { title, progress (0-100), message, fromStatus, toStatus }
   * (both statuses null when the status stayed IN_PROGRESS; ACCEPTED → IN_PROGRESS otherwise).
   */
  PROGRESS: 'PROPOSAL_PROGRESS',
  /** Followers, the final update: { title, fromStatus: IN_PROGRESS, toStatus: COMPLETED, progress: 100, message }. */
  COMPLETED: 'PROPOSAL_COMPLETED',
  /** Followers, its author withdrew it: { title, fromStatus, toStatus: WITHDRAWN }. */
  WITHDRAWN: 'PROPOSAL_WITHDRAWN',
  /**
   * Its author only, someone else commented or replied on it: { title, commentId, parentId }
   * (parentId null for a top-level comment). The text is not copied: a moderator may hide it.
   */
  COMMENTED: 'PROPOSAL_COMMENTED',
} as const;

/** Why a proposal went under review (the `cause` of PROPOSAL_UNDER_REVIEW). */
export const UnderReviewCause = { THRESHOLD_REACHED: 'THRESHOLD_REACHED', COUNCIL: 'COUNCIL' } as const;
