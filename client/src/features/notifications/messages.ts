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
  },
};
