import { registerEnumType } from '@nestjs/graphql';
import type { Viewer } from '../auth/viewer';

/** What can be followed. Each domain registers its own type (see NotificationsService.registerTarget). */
export enum FollowTargetType {
  PROPOSAL = 'PROPOSAL',
  FORUM_TOPIC = 'FORUM_TOPIC',
  CONSULTATION = 'CONSULTATION',
  SERVICE_REQUEST = 'SERVICE_REQUEST',
}

registerEnumType(FollowTargetType, {
  name: 'FollowTargetType',
  description: 'The kinds of things a user can follow to be notified of their changes.',
});

/**
 * A domain's answer to "may this viewer follow this target?": true only when the target exists and
 * the viewer may see it. Ids reach it unchecked (they may not be UUIDs).
 */
export interface FollowTarget {
  canFollow(viewer: Viewer, targetId: string): Promise<boolean>;
}

/** A target as notifications name it. */
export interface TargetRef {
  targetType: FollowTargetType;
  targetId: string;
}
