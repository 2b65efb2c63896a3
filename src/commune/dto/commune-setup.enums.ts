import { registerEnumType } from '@nestjs/graphql';

/** A language of the interface (the values are the codes stored and used in URLs). */
export enum Language {
  FR = 'fr',
  EN = 'en',
}

registerEnumType(Language, {
  name: 'Language',
  description: 'A language of the interface.',
  valuesMap: { FR: { description: 'French (the default).' }, EN: { description: 'English.' } },
});

/** The legal pages every French public website has. */
export enum LegalPageKind {
  LEGAL_NOTICE = 'LEGAL_NOTICE',
  PRIVACY = 'PRIVACY',
  ACCESSIBILITY = 'ACCESSIBILITY',
  TERMS = 'TERMS',
}

registerEnumType(LegalPageKind, {
  name: 'LegalPageKind',
  description: 'A legal page of the site.',
  valuesMap: {
    LEGAL_NOTICE: { description: 'Mentions légales: the publisher, the director of publication, the host.' },
    PRIVACY: { description: 'The privacy notice (RGPD): what is collected, why, for how long, the rights and how to use them.' },
    ACCESSIBILITY: { description: 'The accessibility statement (déclaration d’accessibilité, RGAA 4.1) with its conformity level.' },
    TERMS: { description: 'The terms of use.' },
  },
});

/** Where the site stands against RGAA, from the recorded audit. */
export enum AccessibilityConformance {
  FULL = 'FULL',
  PARTIAL = 'PARTIAL',
  NONE = 'NONE',
}

registerEnumType(AccessibilityConformance, {
  name: 'AccessibilityConformance',
  description: 'The conformity level the accessibility statement declares (RGAA 4.1).',
  valuesMap: {
    FULL: { description: 'Totalement conforme: an audit found every applicable criterion met.' },
    PARTIAL: {
      description: 'Partiellement conforme: an audit found at least half of the criteria met, or no audit is recorded yet.',
    },
    NONE: { description: 'Non conforme: an audit found less than half of the criteria met.' },
  },
});
