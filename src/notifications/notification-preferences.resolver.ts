import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { OpenToSuspended, Public } from '../auth/decorators';
import { CurrentViewer, Viewer } from '../auth/viewer';
import {
  NotificationPreferenceObject,
  NotificationPreferencesArgs,
  SetNotificationPreferenceArgs,
  UnsubscribeArgs,
  UnsubscribeLinkObject,
} from './dto/notification-preference.object';
import { asLocale, NotificationEmailsService } from './notification-emails.service';

@Resolver()
export class NotificationPreferencesResolver {
  constructor(private readonly emails: NotificationEmailsService) {}

  @Query(() => [NotificationPreferenceObject], {
    description: "The viewer's e-mail preference for every kind of notification, grouped by domain (`group`), in display order.",
  })
  notificationPreferences(@Args() args: NotificationPreferencesArgs, @CurrentViewer() viewer: Viewer) {
    return this.emails.preferences(viewer, asLocale(args.locale));
  }

  @OpenToSuspended()
  @Mutation(() => NotificationPreferenceObject, {
    description: 'Set how often one kind of notification is e-mailed to the viewer. BAD_USER_INPUT (field `kind`) for an unknown kind.',
  })
  setNotificationPreference(@Args() args: SetNotificationPreferenceArgs, @CurrentViewer() viewer: Viewer) {
    return this.emails.setPreference(viewer, args.kind, args.channel, args.frequency, asLocale(args.locale));
  }

  @Public()
  @Query(() => UnsubscribeLinkObject, {
    nullable: true,
    description: 'What the unsubscribe link with this token turns off (no sign-in); null when the token is not valid.',
  })
  unsubscribeLink(@Args() args: UnsubscribeArgs) {
    return this.emails.describeToken(args.token, asLocale(args.locale));
  }

  @Public()
  @OpenToSuspended()
  @Mutation(() => UnsubscribeLinkObject, {
    description:
      'Turn off the e-mails an unsubscribe link names (no sign-in; idempotent). BAD_USER_INPUT (field `token`) when the token is not valid.',
  })
  async unsubscribe(@Args() args: UnsubscribeArgs) {
    const { kind } = await this.emails.unsubscribe(args.token);
    return this.emails.describeToken(args.token, asLocale(args.locale)) ?? { kind, label: kind };
  }
}
