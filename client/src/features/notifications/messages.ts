/**
 * Messages of the notifications feature. The service's TARGET_NOT_FOUND (follow) is left to the
 * generic errors.NOT_FOUND sentence: comments answer the same reason, and a key may exist once.
 */
export const fr = {
  notifications: {
    nav: 'Notifications',
    unreadInNav_one: 'Notifications, {count} non lue',
    unreadInNav_other: 'Notifications, {count} non lues',
    title: 'Notifications',
    titleUnread_one: 'Notifications ({count} non lue)',
    titleUnread_other: 'Notifications ({count} non lues)',
    lead: 'Les nouvelles de ce que vous suivez, les plus récentes d’abord.',
    unreadOnly: 'Non lues seulement',
    markAllRead: 'Tout marquer comme lu',
    allMarked_one: '{count} notification marquée comme lue.',
    allMarked_other: '{count} notifications marquées comme lues.',
    markRead: 'Marquer comme lue',
    markReadLabel: 'Marquer comme lue la notification du {date}',
    read: 'Lue',
    unread: 'Non lue',
    empty: 'Aucune notification pour le moment. Suivez une proposition ou une demande pour être prévenu·e de ses suites.',
    emptyUnread: 'Aucune notification non lue.',
    listLabel: 'Mes notifications',
    unknownKind: 'Du nouveau sur un élément que vous suivez.',
    preferences: {
      title: 'Notifications par e-mail',
      lead: 'Choisissez, pour chaque sorte de notification, si elle vous est envoyée par e-mail tout de suite, dans un résumé quotidien (vers 7 h) ou jamais. Elles restent toujours dans la page Notifications. Les e-mails partent une fois votre adresse vérifiée.',
      backToAccount: 'Retour à mon compte',
      link: 'Notifications par e-mail',
      linkLead: 'Choisir ce qui vous est envoyé par e-mail, et quand.',
      frequency: { IMMEDIATE: 'Tout de suite', DAILY_DIGEST: 'Dans le résumé quotidien', NEVER: 'Jamais' },
      default: 'Par défaut : {frequency}',
      saved: 'Enregistré : « {label} » — {frequency}.',
    },
    unsubscribe: {
      title: 'Se désabonner des e-mails',
      invalid: 'Ce lien de désabonnement n’est pas valable. Vérifiez qu’il est complet, ou gérez vos e-mails depuis votre compte.',
      ask: 'Ne plus recevoir par e-mail : « {label} » ? Les notifications resteront visibles sur le site.',
      confirm: 'Me désabonner',
      done: 'C’est fait : vous ne recevrez plus d’e-mails pour « {label} ».',
      manage: 'Gérer mes notifications par e-mail',
      manageSignIn: 'Se connecter pour gérer mes notifications par e-mail',
    },
  },
};

export const en: typeof fr = {
  notifications: {
    nav: 'Notifications',
    unreadInNav_one: 'Notifications, {count} unread',
    unreadInNav_other: 'Notifications, {count} unread',
    title: 'Notifications',
    titleUnread_one: 'Notifications ({count} unread)',
    titleUnread_other: 'Notifications ({count} unread)',
    lead: 'News about what you follow, newest first.',
    unreadOnly: 'Unread only',
    markAllRead: 'Mark all as read',
    allMarked_one: '{count} notification marked as read.',
    allMarked_other: '{count} notifications marked as read.',
    markRead: 'Mark as read',
    markReadLabel: 'Mark as read the notification of {date}',
    read: 'Read',
    unread: 'Unread',
    empty: 'No notifications yet. Follow a proposal or a request to be told what becomes of it.',
    emptyUnread: 'No unread notifications.',
    listLabel: 'My notifications',
    unknownKind: 'Something new about something you follow.',
    preferences: {
      title: 'E-mail notifications',
      lead: 'For each kind of notification, choose whether it is e-mailed to you at once, in a daily digest (around 7 am) or never. They always stay on the Notifications page. E-mails are sent once your address is verified.',
      backToAccount: 'Back to my account',
      link: 'E-mail notifications',
      linkLead: 'Choose what is e-mailed to you, and when.',
      frequency: { IMMEDIATE: 'At once', DAILY_DIGEST: 'In the daily digest', NEVER: 'Never' },
      default: 'Default: {frequency}',
      saved: 'Saved: “{label}” — {frequency}.',
    },
    unsubscribe: {
      title: 'Unsubscribe from e-mails',
      invalid: 'This unsubscribe link is not valid. Check it is complete, or manage your e-mails from your account.',
      ask: 'Stop receiving by e-mail: “{label}”? The notifications will stay visible on the website.',
      confirm: 'Unsubscribe me',
      done: 'Done: you will no longer receive e-mails for “{label}”.',
      manage: 'Manage my e-mail notifications',
      manageSignIn: 'Sign in to manage my e-mail notifications',
    },
  },
};

/** What the shell shows on every page (vite.config.ts: shellMessages); the rest comes with the pages. */
export const shellKeys = [
  'notifications.nav',
  'notifications.unreadInNav',
  'notifications.preferences.link',
  'notifications.preferences.linkLead',
  'notifications.preferences.title',
  'notifications.unknownKind',
];
