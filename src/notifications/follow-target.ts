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
  valuesMap: {
    // Until a domain registers its target (registerTarget), following that kind answers NOT_FOUND: say so.
    PROPOSAL: {
      description:
        'A proposal the viewer can see (a draft: only its author). Its author follows it from creation and each supporter from their support.',
    },
    FORUM_TOPIC: { description: 'A forum topic. Not followable yet: follow answers NOT_FOUND for now.' },
    CONSULTATION: { description: 'A consultation. Not followable yet: follow answers NOT_FOUND for now.' },
    SERVICE_REQUEST: { description: 'A service request the viewer can see (a formality: only its requester and staff).' },
  },
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
