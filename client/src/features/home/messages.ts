export const fr = {
  home: {
    nav: 'Accueil',
    title: 'Parvis, la place publique de votre commune',
    lead: 'Proposez des idées, débattez, signalez un problème ou faites une démarche, et suivez ce que la mairie en fait — en public.',
    whatTitle: 'Ce que vous pouvez faire ici',
    propose: {
      title: 'Proposer et soutenir',
      body: 'Partagez une idée pour la commune. Au-delà d’un seuil de soutiens, le conseil municipal y répond publiquement.',
      action: 'Voir les propositions',
    },
    report: {
      title: 'Signaler, demander',
      body: 'Un lampadaire en panne, un acte d’état civil : déposez une demande et suivez chaque étape jusqu’à sa résolution.',
      action: 'Faire une demande',
    },
    follow: {
      title: 'Suivre une demande',
      body: 'Avec sa référence (PAR-…), voyez où en est une demande et ce que la mairie a fait, sans compte.',
      action: 'Retrouver une demande',
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
    lead: 'Propose ideas, debate, report a problem or start a formality, and follow what the town hall does with it — in public.',
    whatTitle: 'What you can do here',
    propose: {
      title: 'Propose and support',
      body: 'Share an idea for the commune. Past a threshold of supporters, the council answers it publicly.',
      action: 'See the proposals',
    },
    report: {
      title: 'Report, request',
      body: 'A broken streetlight, a birth certificate: file a request and follow every step until it is resolved.',
      action: 'Make a request',
    },
    follow: {
      title: 'Follow a request',
      body: 'With its reference (PAR-…), see where a request stands and what the town hall did, no account needed.',
      action: 'Find a request',
    },
    account: {
      title: 'Take part',
      visitor: 'Everything can be read without an account. To take part, create one in a minute.',
      resident: 'Hello {name}! You can take part.',
    },
  },
};
