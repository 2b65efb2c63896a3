/** Messages of the drafts kept on the device and of the connection banner. French first; English the same keys. */
export const fr = {
  drafts: {
    restored: 'Brouillon restauré : ce texte était gardé sur cet appareil depuis le {savedAt, datetime}.',
    photosNotKept: 'Les photos ne sont pas gardées dans un brouillon : ajoutez-les à nouveau si besoin.',
    discard: 'Effacer le brouillon',
    lost: 'Connexion perdue : rien n’a été envoyé. Votre texte reste gardé sur cet appareil ; quand la connexion reviendra, rien ne partira sans votre accord.',
    back: 'De retour en ligne — Envoyer maintenant ?',
    sendNow: 'Envoyer maintenant',
    offline: 'Vous êtes hors ligne. Ce que vous écrivez est gardé sur cet appareil ; rien ne sera envoyé sans vous.',
  },
};

export const en: typeof fr = {
  drafts: {
    restored: 'Draft restored: this text was kept on this device since {savedAt, datetime}.',
    photosNotKept: 'Photos are not kept in a draft: add them again if needed.',
    discard: 'Discard the draft',
    lost: 'Connection lost: nothing was sent. Your text stays on this device; when the connection is back, nothing is sent without your consent.',
    back: 'Back online — Send now?',
    sendNow: 'Send now',
    offline: 'You are offline. What you write is kept on this device; nothing will be sent without you.',
  },
};

/** What the shell shows on every page (vite.config.ts: shellMessages); the rest comes with the pages. */
export const shellKeys = ['drafts.offline'];
