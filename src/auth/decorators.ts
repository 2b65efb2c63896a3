import { SetMetadata } from '@nestjs/common';
import { Role } from './role';

export const PUBLIC_KEY = 'parvis:public';
export const ROLES_KEY = 'parvis:roles';

/** Open to visitors. Without it, an operation needs a signed-in user. */
export const Public = () => SetMetadata(PUBLIC_KEY, true);

/** Needs one of these roles (ADMIN always passes). Checked on the server by AuthGuard. */
export const Roles = (...roles: Role[]) => SetMetadata(ROLES_KEY, roles);

export const OPEN_TO_SUSPENDED_KEY = 'parvis:open-to-suspended';

/**
 * A write a suspended account may still make (sign in and out, refresh, its password and sessions,
 * reading its notifications, unfollowing, exporting or deleting its data). Every other mutation and
 * REST write is refused to a suspended viewer (FORBIDDEN ACCOUNT_SUSPENDED) by the moderation
 * domain's guard: the default is deny, so a new mutation is covered without anyone remembering it.
 */
export const OpenToSuspended = () => SetMetadata(OPEN_TO_SUSPENDED_KEY, true);
