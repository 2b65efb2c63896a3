import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { Role } from './role';

/** Who is making the request, as loaded once per request from the access token's session. */
export interface Viewer {
  id: string;
  sessionId: string;
  displayName: string;
  roles: Role[];
  /** Departments an AGENT works for. */
  departmentIds: string[];
}

/** ADMIN holds every right; any other role must be held itself. */
export function hasRole(viewer: Viewer | null | undefined, ...roles: Role[]): boolean {
  if (!viewer) return false;
  if (viewer.roles.includes(Role.ADMIN)) return true;
  return roles.some((r) => viewer.roles.includes(r));
}

/** True for admins and for agents of the department. */
export function worksFor(viewer: Viewer | null | undefined, departmentId: string): boolean {
  if (!viewer) return false;
  if (viewer.roles.includes(Role.ADMIN)) return true;
  return viewer.roles.includes(Role.AGENT) && viewer.departmentIds.includes(departmentId);
}

export function requestOf(context: ExecutionContext): RequestWithViewer {
  if (context.getType<string>() === 'graphql') {
    return GqlExecutionContext.create(context).getContext().req;
  }
  return context.switchToHttp().getRequest();
}

export interface RequestWithViewer {
  headers: Record<string, string | string[] | undefined>;
  ip?: string;
  id?: string | number;
  user?: Viewer | null;
  /** The one check of the access token, shared by the request's root fields. */
  viewerCheck?: Promise<void>;
  /** When the verified access token expires (set with `user`). */
  tokenExpiresAt?: Date;
  body?: unknown;
}

/** The signed-in viewer, or null for visitors (on `@Public()` operations). */
export const CurrentViewer = createParamDecorator(
  (_: unknown, context: ExecutionContext): Viewer | null => requestOf(context).user ?? null,
);
