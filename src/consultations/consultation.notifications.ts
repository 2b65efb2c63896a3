/** Consultations as the generic domains name them (comments, follows, notifications, photos). */
export const CONSULTATION_TARGET = 'CONSULTATION';

/**
 * The notification kinds this domain writes, all with targetType CONSULTATION and targetId the
 * consultation's id. Payloads carry `title` (the consultation's title then) and only public facts.
 */
export const ConsultationNotification = {
  /**
   * Every participant (whoever responded, still linked to an account) and every follower, when the
   * council publishes its conclusion: { title, conclusion } (the conclusion's text). The council
   * member who published it is not notified.
   */
  CONCLUSION_PUBLISHED: 'CONSULTATION_CONCLUSION_PUBLISHED',
  /** Its creator, someone commented or replied on it: { title, commentId, parentId }. */
  COMMENTED: 'CONSULTATION_COMMENTED',
} as const;
