import { SetMetadata } from '@nestjs/common';
import { Role } from './role';

export const PUBLIC_KEY = 'parvis:public';
export const ROLES_KEY = 'parvis:roles';

/** Open to visitors. Without it, an operation needs a signed-in user. */
export const Public = () => SetMetadata(PUBLIC_KEY, true);

/** Needs one of these roles (ADMIN always passes). Checked on the server by AuthGuard. */
export const Roles = (...roles: Role[]) => SetMetadata(ROLES_KEY, roles);
