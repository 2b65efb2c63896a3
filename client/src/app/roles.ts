/** The server's Role enum. The client only uses roles to decide what to show; the server decides what is allowed. */
export const ROLES = ['RESIDENT', 'AGENT', 'MODERATOR', 'COUNCIL', 'ADMIN'] as const;
export type Role = (typeof ROLES)[number];
