/** Machine reasons of the commune's identity, districts and legal pages (the client translates them). */
export const CommuneSetupError = {
  /** Only admins may change the commune (FORBIDDEN). */
  ADMIN_ONLY: 'ADMIN_ONLY',
  /** Unknown district id (NOT_FOUND). */
  DISTRICT_NOT_FOUND: 'DISTRICT_NOT_FOUND',
  /** Another district has this name, whatever its case (CONFLICT, field `input.name`). */
  DISTRICT_NAME_TAKEN: 'DISTRICT_NAME_TAKEN',
  /** A district cannot be merged into itself (BAD_USER_INPUT, field `intoId`). */
  MERGE_INTO_ITSELF: 'MERGE_INTO_ITSELF',
  /** The district to merge into is archived (CONFLICT, field `intoId`): restore it first. */
  MERGE_INTO_ARCHIVED: 'MERGE_INTO_ARCHIVED',
  /** The colours do not contrast enough (BAD_USER_INPUT, field `input.primaryTextColor`). */
  INSUFFICIENT_CONTRAST: 'INSUFFICIENT_CONTRAST',
  /** The shape is not a valid GeoJSON Polygon or MultiPolygon (BAD_USER_INPUT, field `input.shape`). */
  INVALID_SHAPE: 'INVALID_SHAPE',
} as const;
