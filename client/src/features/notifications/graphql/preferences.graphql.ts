import { graphql } from '@/generated';

/** One kind's e-mail preference, labelled in the page's language. */
export const NOTIFICATION_PREFERENCE = graphql(`
  fragment NotificationPreferenceFields on NotificationPreference {
    kind
    channel
    frequency
    defaultFrequency
    label
    group
    groupLabel
  }
`);

export const NOTIFICATION_PREFERENCES = graphql(`
  query NotificationPreferences($locale: Language) {
    notificationPreferences(locale: $locale) {
      ...NotificationPreferenceFields
    }
  }
`);

export const SET_NOTIFICATION_PREFERENCE = graphql(`
  mutation SetNotificationPreference($kind: String!, $frequency: NotificationFrequency!, $locale: Language) {
    setNotificationPreference(kind: $kind, channel: EMAIL, frequency: $frequency, locale: $locale) {
      ...NotificationPreferenceFields
    }
  }
`);

/** What an unsubscribe link turns off (no sign-in); null for an invalid token. */
export const UNSUBSCRIBE_LINK = graphql(`
  query UnsubscribeLink($token: String!, $locale: Language) {
    unsubscribeLink(token: $token, locale: $locale) {
      kind
      label
    }
  }
`);

export const UNSUBSCRIBE = graphql(`
  mutation Unsubscribe($token: String!, $locale: Language) {
    unsubscribe(token: $token, locale: $locale) {
      kind
      label
    }
  }
`);
