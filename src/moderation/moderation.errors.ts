/** Machine reasons the moderation domain answers with (the client translates them). */
export const ModerationError = {
  /** The item does not exist, is not visible to the viewer, or its type is served by no domain (NOT_FOUND). */
  TARGET_NOT_FOUND: 'TARGET_NOT_FOUND',
  /** One cannot flag one's own content (FORBIDDEN). */
  OWN_CONTENT: 'OWN_CONTENT',
  /** The item is already hidden (CONFLICT). */
  ALREADY_HIDDEN: 'ALREADY_HIDDEN',
  /** Restoring an item that is not hidden (CONFLICT). */
  NOT_HIDDEN: 'NOT_HIDDEN',
  /** Dismissing flags on an item that has no open flag (CONFLICT). */
  NO_OPEN_FLAGS: 'NO_OPEN_FLAGS',
  /** Moderators and admins only (FORBIDDEN). */
  MODERATOR_ONLY: 'MODERATOR_ONLY',
  /** Unknown or deleted account (NOT_FOUND). */
  USER_NOT_FOUND: 'USER_NOT_FOUND',
  /** A moderator cannot suspend (or lift the suspension of) themselves (FORBIDDEN). */
  CANNOT_SUSPEND_SELF: 'CANNOT_SUSPEND_SELF',
  /** Admins are not suspended: an admin's role is revoked instead (FORBIDDEN). */
  CANNOT_SUSPEND_ADMIN: 'CANNOT_SUSPEND_ADMIN',
  /** Only an admin suspends a moderator, or lifts a moderator's suspension (FORBIDDEN). */
  CANNOT_SUSPEND_MODERATOR: 'CANNOT_SUSPEND_MODERATOR',
  /** Lifting a suspension the account does not have (CONFLICT). */
  NOT_SUSPENDED: 'NOT_SUSPENDED',
  /** Another moderator changed this account's suspension at the same moment: try again (CONFLICT). */
  SUSPENSION_CHANGED: 'SUSPENSION_CHANGED',
  /**
   * The viewer's account is suspended: every write but a few (sign-in and out, password, sessions,
   * notifications read, unfollow, data export and deletion) is refused (FORBIDDEN; extensions
   * `suspendedUntil`, ISO 8601, and `suspensionReason`, the moderator's words).
   */
  ACCOUNT_SUSPENDED: 'ACCOUNT_SUSPENDED',
} as const;
