import { ArgsType, Field, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsEnum, IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { Language } from '../../commune/dto/commune-setup.enums';
import { NotificationChannel } from '../notification-emails.service';
import { NotificationFrequency } from '../notification-mail-texts';

registerEnumType(NotificationFrequency, {
  name: 'NotificationFrequency',
  description: 'How often a kind of notification is e-mailed.',
  valuesMap: {
    IMMEDIATE: { description: 'One e-mail per notification, as it happens.' },
    DAILY_DIGEST: { description: 'Listed in one e-mail a day (06:00 UTC) with the others of the day.' },
    NEVER: { description: 'Never e-mailed (still shown in the notifications page).' },
  },
});
registerEnumType(NotificationChannel, {
  name: 'NotificationChannel',
  description: 'Where a notification is sent besides the app (in-app notifications are always kept).',
  valuesMap: { EMAIL: { description: 'By e-mail, to the account’s address.' } },
});

@ObjectType('NotificationPreference', { description: 'How often the viewer gets one kind of notification by e-mail.' })
export class NotificationPreferenceObject {
  @Field({ description: 'The notification kind (e.g. PROPOSAL_ANSWERED), as in Notification.kind.' })
  kind: string;

  @Field(() => NotificationChannel, { description: 'The channel.' })
  channel: NotificationChannel;

  @Field(() => NotificationFrequency, { description: 'The current choice (the default until the viewer chooses).' })
  frequency: NotificationFrequency;

  @Field(() => NotificationFrequency, { description: 'What the kind is set to for someone who never chose.' })
  defaultFrequency: NotificationFrequency;

  @Field({ description: 'What the kind is about, in the requested language (plain text).' })
  label: string;

  @Field({ description: 'The domain the kind belongs to (e.g. proposals), to group kinds.' })
  group: string;

  @Field({ description: 'The group’s heading in the requested language (plain text).' })
  groupLabel: string;
}

@ArgsType()
export class NotificationPreferencesArgs {
  @Field(() => Language, { nullable: true, description: 'The language of the labels (default French).' })
  @IsOptional()
  @IsEnum(Language)
  locale?: Language | null;
}

@ArgsType()
export class SetNotificationPreferenceArgs extends NotificationPreferencesArgs {
  @Field({ description: 'A notification kind listed by notificationPreferences.' })
  @IsString()
  @MaxLength(60)
  kind: string;

  @Field(() => NotificationChannel, { description: 'The channel (EMAIL).' })
  @IsIn(Object.values(NotificationChannel))
  channel: NotificationChannel;

  @Field(() => NotificationFrequency, { description: 'IMMEDIATE, DAILY_DIGEST or NEVER.' })
  @IsIn(Object.values(NotificationFrequency))
  frequency: NotificationFrequency;
}

@ArgsType()
export class UnsubscribeArgs extends NotificationPreferencesArgs {
  @Field({ description: 'The token of the unsubscribe link (its `token` parameter).' })
  @IsString()
  @MaxLength(200)
  token: string;
}

@ObjectType('UnsubscribeLink', { description: 'What an unsubscribe link turns off.' })
export class UnsubscribeLinkObject {
  @Field({ description: 'The notification kind (or DAILY_DIGEST: every kind sent daily).' })
  kind: string;

  @Field({ description: 'What it is about, in the requested language.' })
  label: string;
}
