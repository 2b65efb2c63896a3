export const fr = {
  home: {
    nav: 'Accueil',
    title: 'Parvis, la place publique de votre commune',
    commune: 'Mairie de {name}.',
    lead: 'Proposez des idées, débattez, signalez un problème ou faites une démarche, et suivez ce que la mairie en fait — en public.',
    actionsLabel: 'Actions principales',
    propose: { action: 'Proposer une idée' },
    report: { action: 'Signaler un problème, faire une démarche' },
    follow: { action: 'Suivre une demande' },
    proposals: {
      title: 'Propositions les plus soutenues',
      empty: 'Aucune proposition publiée pour l’instant.',
      supports_one: '{count} soutien sur {threshold}',
      supports_other: '{count} soutiens sur {threshold}',
      all: 'Voir toutes les propositions',
    },
    resolved: {
      title: 'Demandes résolues récemment',
      titleDistrict: 'Demandes résolues récemment à {district}',
      empty: 'Aucune demande résolue pour l’instant.',
      on: '{reference}, résolue le {date}',
    },
    account: {
      title: 'Participer',
      visitor: 'Tout est consultable sans compte. Pour participer, créez un compte en une minute.',
      resident: 'Bonjour {name} ! Vous pouvez participer.',
    },
  },
};

export const en: typeof fr = {
  home: {
    nav: 'Home',
    title: 'Parvis, your commune’s public square',
    commune: 'Town hall of {name}.',
    lead: 'Propose ideas, debate, report a problem or start a formality, and follow what the town hall does with it — in public.',
    actionsLabel: 'Main actions',
    propose: { action: 'Propose an idea' },
    report: { action: 'Report a problem, make a request' },
    follow: { action: 'Follow a request' },
    proposals: {
      title: 'Most supported proposals',
      empty: 'No proposal published yet.',
      supports_one: '{count} supporter of {threshold}',
      supports_other: '{count} supporters of {threshold}',
      all: 'See all proposals',
    },
    resolved: {
      title: 'Recently resolved requests',
      titleDistrict: 'Recently resolved requests in {district}',
      empty: 'No request resolved yet.',
      on: '{reference}, resolved on {date}',
    },
    account: {
      title: 'Take part',
      visitor: 'Everything can be read without an account. To take part, create one in a minute.',
      resident: 'Hello {name}! You can take part.',
    },
  },
};

/** What the shell shows on every page (vite.config.ts: shellMessages); the rest comes with the pages. */
export const shellKeys = ['home'];
