import type { Viewer } from '../auth/viewer';
import { Capability } from '../common/capability';
import { OpenEnum } from '../graphql/open-enum';

/**
 * What can be followed: one value per domain that declares a `@Followable` provider (the public
 * enum `FollowTargetType` keeps its name; its values are what this server serves).
 */
export const FollowTargetTypes = new OpenEnum('FollowTargetType', 'The kinds of things a user can follow to be notified of their changes.');
export const FollowTargetType = FollowTargetTypes.values;
/** A follow target type's name, e.g. `PROPOSAL`: a string registered by its domain. */
export type FollowTargetType = string;

/**
 * A domain's answer to "may this viewer follow this target?": true only when the target exists and
 * the viewer may see it. Ids reach it checked as UUIDs.
 */
export interface FollowTarget {
  canFollow(viewer: Viewer, targetId: string): Promise<boolean>;
}

export const FOLLOW_TARGETS = new Capability<FollowTarget>('follow target', (type, description) =>
  FollowTargetTypes.add(type, description),
);

/**
 * Declares that the decorated provider makes records of `type` followable. `description` is the
 * enum value's description in the public schema (who may follow, who follows automatically).
 */
export const Followable = (type: string, description: string) => FOLLOW_TARGETS.provider(type, description);

/** A target as notifications name it. */
export interface TargetRef {
  targetType: FollowTargetType;
  targetId: string;
}
