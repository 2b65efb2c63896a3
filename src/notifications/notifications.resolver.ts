import { Args, Context, Int, Mutation, Query, Resolver, Subscription } from '@nestjs/graphql';
import { OpenToSuspended } from '../auth/decorators';
import { CurrentViewer, Viewer } from '../auth/viewer';
import { GraphQLContext } from '../graphql/context';
import {
  FollowArgs,
  FollowStateObject,
  MarkNotificationsReadArgs,
  NotificationConnection,
  NotificationObject,
  NotificationsArgs,
} from './dto/notification.object';
import { NotificationsService } from './notifications.service';
import type { NotificationRow } from './notifications.repository';

@Resolver()
export class NotificationsResolver {
  constructor(private readonly service: NotificationsService) {}

  @Mutation(() => FollowStateObject, {
    description:
      'Follow something to be notified of its changes (idempotent); answers the follow state. NOT_FOUND when it does not exist or is not visible.',
  })
  follow(@Args() args: FollowArgs, @CurrentViewer() viewer: Viewer) {
    return this.service.followTarget(viewer, args.targetType, args.targetId);
  }

  @OpenToSuspended()
  @Mutation(() => FollowStateObject, { description: 'Stop following (idempotent); answers the follow state.' })
  unfollow(@Args() args: FollowArgs, @CurrentViewer() viewer: Viewer) {
    return this.service.unfollowTarget(viewer, args.targetType, args.targetId);
  }

  @Query(() => NotificationConnection, { description: "The viewer's notifications, newest first." })
  async notifications(@Args() args: NotificationsArgs, @CurrentViewer() viewer: Viewer) {
    const page = await this.service.notificationsPage(viewer, args);
    return { ...page, edges: page.edges.map((e) => ({ ...e, node: toObject(e.node) })) };
  }

  @Query(() => Int, { description: "How many of the viewer's notifications are unread." })
  unreadNotificationCount(@CurrentViewer() viewer: Viewer) {
    return this.service.unreadCount(viewer);
  }

  @OpenToSuspended()
  @Mutation(() => Int, { description: 'Mark notifications read (the given ones, or all); returns how many changed.' })
  markNotificationsRead(@Args() args: MarkNotificationsReadArgs, @CurrentViewer() viewer: Viewer) {
    return this.service.markRead(viewer, args.ids);
  }

  @Subscription(() => NotificationObject, {
    description:
      "The signed-in viewer's own new notifications, live (graphql-ws; the access token in the connection parameters " +
      "as `authorization: 'Bearer …'`), each sent once the change that caused it has been saved.",
  })
  notificationAdded(@CurrentViewer() viewer: Viewer, @Context() ctx: GraphQLContext) {
    return this.service.notificationStream(viewer, ctx);
  }
}

function toObject(n: NotificationRow) {
  return { ...n, read: n.readAt !== null };
}
