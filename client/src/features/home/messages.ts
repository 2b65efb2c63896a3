export const fr = {
  home: {
    nav: 'Accueil',
    title: 'Parvis, la place publique de votre commune',
    lead: 'Proposez des idées, débattez, répondez aux consultations, signalez un problème et suivez ce que la mairie en fait — en public.',
    whatTitle: 'Ce que vous pouvez faire ici',
    propose: { title: 'Proposer et soutenir', body: 'Partagez une idée pour la commune. Au-delà d’un seuil de soutiens, le conseil municipal y répond publiquement.' },
    consult: { title: 'Donner votre avis', body: 'Le conseil lance des consultations : répondez-y et découvrez les résultats et ce qu’il en a conclu.' },
    report: { title: 'Signaler, demander', body: 'Un lampadaire en panne, un acte d’état civil : déposez une demande et suivez chaque étape jusqu’à sa résolution.' },
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
    lead: 'Propose ideas, debate, answer consultations, report a problem and follow what the town hall does with it — in public.',
    whatTitle: 'What you can do here',
    propose: { title: 'Propose and support', body: 'Share an idea for the commune. Past a threshold of supporters, the council answers it publicly.' },
    consult: { title: 'Have your say', body: 'The council runs consultations: answer them, then see the results and what the council concluded.' },
    report: { title: 'Report, request', body: 'A broken streetlight, a birth certificate: file a request and follow every step until it is resolved.' },
    account: {
      title: 'Take part',
      visitor: 'Everything can be read without an account. To take part, create one in a minute.',
      resident: 'Hello {name}! You can take part.',
    },
  },
};
