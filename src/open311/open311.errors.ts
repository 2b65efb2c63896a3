/** Machine reasons the Open311 domain answers with (the client translates those of the key mutations). */
export const Open311Reason = {
  /** Unknown API key id, or already revoked (NOT_FOUND). */
  API_KEY_NOT_FOUND: 'API_KEY_NOT_FOUND',
  /** At most MAX_ACTIVE_KEYS keys are active at once (CONFLICT): revoke one first. */
  TOO_MANY_API_KEYS: 'TOO_MANY_API_KEYS',
  /** POST without an api_key, or with an unknown or revoked one (FORBIDDEN; Open311 403). */
  API_KEY_INVALID: 'API_KEY_INVALID',
  /** Too many requests posted with this key in the window (RATE_LIMITED; Open311 429). */
  API_KEY_RATE_LIMITED: 'API_KEY_RATE_LIMITED',
  /** Too many GET requests from this IP address in a minute (RATE_LIMITED; Open311 429). */
  READS_RATE_LIMITED: 'READS_RATE_LIMITED',
  /** No such service among those offered through Open311 (NOT_FOUND). */
  SERVICE_NOT_FOUND: 'SERVICE_NOT_FOUND',
  /** No such public request (NOT_FOUND). */
  REQUEST_NOT_FOUND: 'REQUEST_NOT_FOUND',
  /** A parameter is missing or malformed (BAD_USER_INPUT; Open311 400, the field named). */
  INVALID_PARAMETER: 'INVALID_PARAMETER',
} as const;
