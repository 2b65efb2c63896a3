import { Role } from '../auth/role';
import type { Viewer } from '../auth/viewer';

/**
 * Who may change the commune's identity, districts and legal pages: admins only (default deny;
 * the resolvers' @Roles(ADMIN) says the same before the service checks it again).
 */
export function canAdministerCommune(viewer: Viewer | null | undefined): boolean {
  return !!viewer && viewer.roles.includes(Role.ADMIN);
}
