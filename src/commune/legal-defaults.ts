import { AccessibilityConformance, Language, LegalPageKind } from './dto/commune-setup.enums';

/**
 * The legal pages' default texts, in French and English, filled with what the commune's identity
 * says. They describe what this software really does (what it stores, for how long, how a resident
 * exports or deletes their data) and must change when it does. Admins may replace each one.
 * Format: the Markdown subset the client renders as text (## headings, paragraphs, - lists,
 * [links](url), **bold**); no HTML.
 */
export interface LegalFacts {
  name: string | null;
  address: string | null;
  phone: string | null;
  email: string | null;
  website: string | null;
  publicationDirector: string | null;
  host: string | null;
  dpoContact: string | null;
  accessibilityAuditDate: string | null;
  accessibilityAuditRate: number | null;
  accessibilityAuditor: string | null;
  accessibilityConformance: AccessibilityConformance;
  /** PUBLIC_URL, when configured. */
  siteUrl: string | null;
  /** REFRESH_TOKEN_TTL_DAYS: an unused session ends after this long. */
  sessionDays: number;
  /** The date the statement was drawn up (YYYY-MM-DD): the identity's last change. */
  statementDate: string | null;
}

export const LEGAL_SLUGS: Record<LegalPageKind, string> = {
  [LegalPageKind.LEGAL_NOTICE]: 'mentions-legales',
  [LegalPageKind.PRIVACY]: 'privacy',
  [LegalPageKind.ACCESSIBILITY]: 'accessibility',
  [LegalPageKind.TERMS]: 'terms',
};

const TITLES: Record<Language, Record<LegalPageKind, string>> = {
  [Language.FR]: {
    [LegalPageKind.LEGAL_NOTICE]: 'Mentions légales',
    [LegalPageKind.PRIVACY]: 'Politique de confidentialité',
    [LegalPageKind.ACCESSIBILITY]: 'Déclaration d’accessibilité',
    [LegalPageKind.TERMS]: 'Conditions d’utilisation',
  },
  [Language.EN]: {
    [LegalPageKind.LEGAL_NOTICE]: 'Legal notice',
    [LegalPageKind.PRIVACY]: 'Privacy notice',
    [LegalPageKind.ACCESSIBILITY]: 'Accessibility statement',
    [LegalPageKind.TERMS]: 'Terms of use',
  },
};

export function defaultLegalPage(kind: LegalPageKind, language: Language, facts: LegalFacts): { title: string; body: string } {
  const texts = language === Language.EN ? EN : FR;
  return { title: TITLES[language][kind], body: texts[kind](facts).trim() };
}

/** Text as a Markdown line: no character starts a heading, list or link by accident. */
function plain(text: string): string {
  return text.replace(/([\\[\]*_#`])/g, '\\$1');
}

function contactLines(f: LegalFacts, labels: { phone: string; email: string; website: string }): string {
  const lines: string[] = [];
  if (f.address)
    lines.push(
      ...f.address
        .split(/\r?\n/)
        .map((l) => plain(l.trim()))
        .filter(Boolean),
    );
  if (f.phone) lines.push(`${labels.phone} : ${plain(f.phone)}`);
  if (f.email) lines.push(`${labels.email} : [${plain(f.email)}](mailto:${f.email})`);
  if (f.website) lines.push(`${labels.website} : [${plain(f.website)}](${f.website.replace(/\(/g, '%28').replace(/\)/g, '%29')})`);
  return lines.map((l) => `- ${l}`).join('\n');
}

function frDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(y, m - 1, d)));
}

function enDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(y, m - 1, d)));
}

// ---- French ----

const frCommune = (f: LegalFacts) => (f.name ? `la commune de ${plain(f.name)}` : 'la commune');
const frSite = (f: LegalFacts) => (f.siteUrl ? `le site ${plain(f.siteUrl)}` : 'ce site');
const frContact = (f: LegalFacts) => contactLines(f, { phone: 'Téléphone', email: 'Courriel', website: 'Site internet' });
const frReach = (f: LegalFacts) =>
  f.email ? `écrivez à la mairie ([${plain(f.email)}](mailto:${f.email}))` : 'adressez-vous à la mairie (coordonnées ci-dessus)';

const FR: Record<LegalPageKind, (f: LegalFacts) => string> = {
  [LegalPageKind.LEGAL_NOTICE]: (f) => `
## Éditeur du site

Ce site est édité par ${frCommune(f)}.

${frContact(f)}

## Directeur de la publication

${f.publicationDirector ? plain(f.publicationDirector) : 'Le maire, représentant légal de la commune.'}

## Hébergement

${f.host ? plain(f.host).replace(/\r?\n/g, ', ') : 'L’hébergeur n’a pas encore été indiqué sur cette page : la mairie communique son nom et ses coordonnées sur simple demande.'}

## Logiciel

Ce site fonctionne avec Parvis, un logiciel libre distribué sous licence AGPL-3.0 ou ultérieure.

## Contenus publiés par les habitants

Les propositions, commentaires et signalements sont publiés par leurs auteurs, qui en sont responsables, dans le respect des [conditions d’utilisation](/legal/terms).

## Données personnelles et accessibilité

Voir la [politique de confidentialité](/legal/privacy) et la [déclaration d’accessibilité](/legal/accessibility).
`,

  [LegalPageKind.PRIVACY]: (f) => `
## Responsable du traitement

${f.name ? `La commune de ${plain(f.name)}` : 'La commune'}, représentée par son maire, est responsable des données personnelles traitées sur ${frSite(f)}.

${frContact(f)}

## Délégué à la protection des données

${f.dpoContact ? `Vous pouvez joindre le délégué à la protection des données (DPO) de la commune : ${plain(f.dpoContact)}.` : 'Vous pouvez joindre le délégué à la protection des données (DPO) de la commune par l’intermédiaire de la mairie.'}

## Les données que nous traitons, et pourquoi

- **Votre compte** : adresse électronique, nom d’affichage, quartier si vous l’indiquez, et votre mot de passe, conservé uniquement sous forme d’empreinte (argon2id). Ils servent à vous identifier et à vous permettre de participer.
- **Vos connexions** : pour chaque session, l’appareil (navigateur) et l’adresse IP, pour que vous puissiez voir et fermer vos sessions depuis votre compte et pour protéger celui-ci. Les tentatives de connexion sont comptées quelques minutes par adresse IP et par compte pour bloquer les attaques ; ce décompte n’est pas conservé.
- **Vos contributions** : propositions, soutiens, commentaires et votes sur les commentaires, réponses aux consultations, demandes et signalements (description, lieu, adresse, photos, informations demandées par le service), abonnements et notifications. Ils servent à faire vivre la participation, à traiter vos demandes et à rendre compte publiquement de l’action municipale.
- **Vos photos** : les informations cachées dans les fichiers (lieu GPS, appareil, date) sont supprimées dès l’envoi.

## Ce qui est public

Vos propositions et commentaires sont publiés avec votre nom d’affichage. Les signalements d’un problème dans l’espace public sont publiés sans votre nom. Les démarches administratives (actes d’état civil, inscriptions…) ne sont visibles que de vous et des agents du service concerné. Les réponses aux consultations sont comptées dans des résultats publics ; les réponses écrites y sont publiées sans leur auteur.

## Base légale

Ces traitements sont nécessaires à l’exécution d’une mission d’intérêt public dont la commune est investie (article 6, paragraphe 1, point e du RGPD) : associer les habitants à la vie locale et traiter leurs demandes.

## Destinataires

Seuls les élus et agents habilités de la commune y ont accès, chacun pour ce qui le concerne (par exemple, les agents du service chargé de votre demande). Vos données ne sont ni vendues ni cédées. L’hébergeur du site (voir les [mentions légales](/legal/mentions-legales)) les conserve pour le compte de la commune.

## Durées de conservation

- **Votre compte** est conservé tant que vous ne le supprimez pas ; vous pouvez le supprimer à tout moment.
- **Une session** inutilisée pendant ${f.sessionDays} jours prend fin.
- **Une photo envoyée mais jamais jointe** à une contribution est supprimée au bout de 24 heures.
- **À la suppression de votre compte**, celui-ci est anonymisé et vos sessions fermées ; vos propositions, commentaires et demandes restent publiés, signés « Compte supprimé », et vos réponses aux consultations restent comptées sans plus aucun lien avec vous.
- **Les demandes et contributions** sont conservées le temps nécessaire au suivi des services municipaux et à l’information du public, puis selon les règles des archives publiques.

## Vos droits et comment les exercer

Vous disposez d’un droit d’accès, de rectification, d’effacement, de limitation, d’opposition et de portabilité de vos données (articles 15 à 21 du RGPD).

- **Accès et portabilité** : sur la page [Mon compte](/account), « Télécharger mes données » vous remet, dans un fichier, tout ce que ce site conserve sur vous.
- **Effacement** : sur la page [Mon compte](/account), « Supprimer mon compte ».
- **Rectification, limitation, opposition**, et toute question : ${frReach(f)}${f.dpoContact ? ' ou au délégué à la protection des données' : ''}. La commune vous répond dans un délai d’un mois.

## Cookies

Ce site ne dépose aucun cookie et n’utilise aucun outil de mesure d’audience ni de publicité. Votre navigateur garde seulement, sur votre appareil, votre connexion et la langue choisie.

## Réclamation

Si vous estimez que vos droits ne sont pas respectés, vous pouvez adresser une réclamation à la Commission nationale de l’informatique et des libertés (CNIL) : en ligne sur [cnil.fr](https://www.cnil.fr/fr/plaintes), ou par courrier à CNIL, 3 place de Fontenoy, TSA 80715, 75334 Paris Cedex 07.
`,

  [LegalPageKind.ACCESSIBILITY]: (f) => {
    const level =
      f.accessibilityConformance === AccessibilityConformance.FULL
        ? 'totalement conforme'
        : f.accessibilityConformance === AccessibilityConformance.NONE
          ? 'non conforme'
          : 'partiellement conforme';
    const audit =
      f.accessibilityAuditDate !== null && f.accessibilityAuditRate !== null
        ? `L’audit de conformité réalisé le ${frDate(f.accessibilityAuditDate)}${f.accessibilityAuditor ? ` par ${plain(f.accessibilityAuditor)}` : ''} révèle que ${f.accessibilityAuditRate} % des critères du RGAA version 4.1 sont respectés.`
        : 'Aucun audit de conformité n’a encore été réalisé. L’interface est conçue pour respecter les critères des WCAG 2.1 au niveau AA et vérifiée par des tests automatisés à chaque évolution, mais seul un audit permet de déclarer un taux de conformité.';
    return `
${f.name ? `La commune de ${plain(f.name)}` : 'La commune'} s’engage à rendre ses sites internet accessibles, conformément à l’article 47 de la loi n° 2005-102 du 11 février 2005.

Cette déclaration d’accessibilité s’applique à ${frSite(f)}.

## État de conformité

${f.siteUrl ? `Le site ${plain(f.siteUrl)}` : 'Ce site'} est **${level}** avec le référentiel général d’amélioration de l’accessibilité (RGAA), version 4.1.

## Résultats des tests

${audit}

## Contenus non accessibles

- Les documents PDF joints aux consultations sont publiés tels qu’ils ont été fournis et peuvent ne pas être accessibles ; la mairie en communique le contenu sous une autre forme sur demande.
- Les photos publiées par les habitants n’ont pas d’autre description que leur position dans la contribution.

## Établissement de cette déclaration

${f.statementDate ? `Cette déclaration a été établie le ${frDate(f.statementDate)}.` : 'Cette déclaration sera datée lors de l’enregistrement de l’identité de la commune.'} Technologies utilisées : HTML5, CSS, JavaScript, WAI-ARIA.

## Retour d’information et contact

Si vous n’arrivez pas à accéder à un contenu ou à un service, contactez la mairie pour être orienté vers une alternative accessible ou obtenir le contenu sous une autre forme.

${frContact(f)}

## Voies de recours

Si vous avez signalé à la mairie un défaut d’accessibilité qui vous empêche d’accéder à un contenu ou à un service et que vous n’avez pas obtenu de réponse satisfaisante, vous pouvez :

- écrire un message au [Défenseur des droits](https://formulaire.defenseurdesdroits.fr/) ;
- contacter [le délégué du Défenseur des droits dans votre région](https://www.defenseurdesdroits.fr/saisir/delegues) ;
- envoyer un courrier par la poste (gratuit, ne pas mettre de timbre) : Défenseur des droits, Libre réponse 71120, 75342 Paris CEDEX 07.
`;
  },

  [LegalPageKind.TERMS]: (f) => `
## Objet

${frSite(f).replace(/^./, (c) => c.toUpperCase())} permet aux habitants de ${f.name ? plain(f.name) : 'la commune'} de proposer des projets, de les soutenir et d’en débattre, de répondre aux consultations du conseil municipal, de faire des demandes à la mairie et d’en suivre le traitement. Il est édité par ${frCommune(f)} (voir les [mentions légales](/legal/mentions-legales)). L’utiliser vaut acceptation des présentes conditions.

## Votre compte

La création d’un compte est gratuite. Un compte est personnel : gardez votre mot de passe pour vous. Votre nom d’affichage accompagne vos propositions et commentaires publics. Vous pouvez supprimer votre compte à tout moment depuis la page [Mon compte](/account).

## Règles de publication

Vos contributions sont publiques (sauf les démarches administratives). Respectez la loi et les autres : pas d’injures, de propos diffamatoires, discriminatoires ou haineux, de harcèlement, de publicité, ni d’informations personnelles sur d’autres personnes. Restez sur le sujet et ne publiez que des photos que vous avez le droit de diffuser, sans visage reconnaissable sans accord.

La mairie peut masquer une contribution contraire à ces règles et suspendre un compte qui les enfreint.

## Demandes et signalements

Une demande faite sur ce site n’est pas un service d’urgence : en cas de danger, appelez le 112 (ou le 15, le 17, le 18). Les délais affichés pour chaque service sont des objectifs, non des engagements.

## Données personnelles

Leur traitement est décrit dans la [politique de confidentialité](/legal/privacy).

## Évolution des conditions

Ces conditions peuvent évoluer ; la date de leur dernière mise à jour figure en haut de cette page. Elles sont soumises au droit français.
`,
};

// ---- English ----

const enCommune = (f: LegalFacts) => (f.name ? `the commune of ${plain(f.name)}` : 'the commune');
const enSite = (f: LegalFacts) => (f.siteUrl ? `the website ${plain(f.siteUrl)}` : 'this website');
const enContact = (f: LegalFacts) => contactLines(f, { phone: 'Phone', email: 'E-mail', website: 'Website' });
const enReach = (f: LegalFacts) =>
  f.email ? `write to the town hall ([${plain(f.email)}](mailto:${f.email}))` : 'contact the town hall (details above)';

const EN: Record<LegalPageKind, (f: LegalFacts) => string> = {
  [LegalPageKind.LEGAL_NOTICE]: (f) => `
## Publisher

This website is published by ${enCommune(f)}.

${enContact(f)}

## Director of publication

${f.publicationDirector ? plain(f.publicationDirector) : 'The mayor, legal representative of the commune.'}

## Hosting

${f.host ? plain(f.host).replace(/\r?\n/g, ', ') : 'The host is not given on this page yet: the town hall gives its name and contact details on request.'}

## Software

This website runs Parvis, free software under the AGPL-3.0-or-later licence.

## What residents publish

Proposals, comments and reports are published by their authors, who are responsible for them, under the [terms of use](/legal/terms).

## Personal data and accessibility

See the [privacy notice](/legal/privacy) and the [accessibility statement](/legal/accessibility).
`,

  [LegalPageKind.PRIVACY]: (f) => `
## Controller

${f.name ? `The commune of ${plain(f.name)}` : 'The commune'}, represented by its mayor, is the controller of the personal data processed on ${enSite(f)}.

${enContact(f)}

## Data protection officer

${f.dpoContact ? `You can reach the commune's data protection officer (DPO): ${plain(f.dpoContact)}.` : "You can reach the commune's data protection officer (DPO) through the town hall."}

## What we process, and why

- **Your account**: e-mail address, display name, district if you give it, and your password, kept only as a hash (argon2id). To identify you and let you take part.
- **Your sign-ins**: for each session, the device (browser) and IP address, so you can see and end your sessions from your account, and to protect it. Sign-in attempts are counted for a few minutes per IP address and per account to stop attacks; that count is not kept.
- **Your contributions**: proposals, supports, comments and votes on comments, answers to consultations, requests and reports (description, place, address, photos, information the service asks for), follows and notifications. To run participation, handle your requests and report publicly on what the town hall does.
- **Your photos**: the information hidden in the files (GPS location, device, date) is removed on upload.

## What is public

Your proposals and comments are published with your display name. Reports of a problem in a public space are published without your name. Administrative formalities (civil status certificates, enrolments…) are seen only by you and the staff of the department in charge. Answers to consultations are counted in public results; written answers are published without their author.

## Legal basis

This processing is necessary for a task carried out in the public interest vested in the commune (GDPR article 6(1)(e)): involving residents in local life and handling their requests.

## Recipients

Only the commune's authorised councillors and staff can access it, each for their own part (for example the staff of the department handling your request). Your data is neither sold nor shared. The website's host (see the [legal notice](/legal/mentions-legales)) stores it on the commune's behalf.

## How long we keep it

- **Your account** is kept until you delete it; you can delete it at any time.
- **A session** unused for ${f.sessionDays} days ends.
- **A photo uploaded but never attached** to a contribution is deleted after 24 hours.
- **When you delete your account**, it is anonymised and your sessions are ended; your proposals, comments and requests stay published, signed "Deleted account", and your answers to consultations stay counted with no link to you.
- **Requests and contributions** are kept as long as the town hall's services and public information need them, then under the rules on public archives.

## Your rights and how to use them

You have the rights of access, rectification, erasure, restriction, objection and portability (GDPR articles 15 to 21).

- **Access and portability**: on the [My account](/account) page, "Download my data" gives you a file with everything this website keeps about you.
- **Erasure**: on the [My account](/account) page, "Delete my account".
- **Rectification, restriction, objection**, and any question: ${enReach(f)}${f.dpoContact ? ' or the data protection officer' : ''}. The commune answers within one month.

## Cookies

This website sets no cookies and uses no audience measurement or advertising tools. Your browser only keeps, on your device, your sign-in and the language you chose.

## Complaints

If you think your rights are not respected, you can complain to the French data protection authority (CNIL): online at [cnil.fr](https://www.cnil.fr/fr/plaintes), or by post to CNIL, 3 place de Fontenoy, TSA 80715, 75334 Paris Cedex 07, France.
`,

  [LegalPageKind.ACCESSIBILITY]: (f) => {
    const level =
      f.accessibilityConformance === AccessibilityConformance.FULL
        ? 'fully compliant'
        : f.accessibilityConformance === AccessibilityConformance.NONE
          ? 'not compliant'
          : 'partially compliant';
    const audit =
      f.accessibilityAuditDate !== null && f.accessibilityAuditRate !== null
        ? `The compliance audit made on ${enDate(f.accessibilityAuditDate)}${f.accessibilityAuditor ? ` by ${plain(f.accessibilityAuditor)}` : ''} found that ${f.accessibilityAuditRate}% of the criteria of RGAA version 4.1 are met.`
        : 'No compliance audit has been made yet. The interface is designed to meet WCAG 2.1 level AA and checked by automated tests at every change, but only an audit can state a compliance rate.';
    return `
${f.name ? `The commune of ${plain(f.name)}` : 'The commune'} is committed to making its websites accessible, under article 47 of French law no. 2005-102 of 11 February 2005.

This accessibility statement applies to ${enSite(f)}.

## Compliance status

${f.siteUrl ? `The website ${plain(f.siteUrl)}` : 'This website'} is **${level}** with the French accessibility framework (RGAA), version 4.1.

## Test results

${audit}

## Content that is not accessible

- PDF documents attached to consultations are published as supplied and may not be accessible; the town hall provides their content in another form on request.
- Photos published by residents have no description other than their position in the contribution.

## Preparation of this statement

${f.statementDate ? `This statement was drawn up on ${enDate(f.statementDate)}.` : "This statement will be dated when the commune's identity is saved."} Technologies used: HTML5, CSS, JavaScript, WAI-ARIA.

## Feedback and contact

If you cannot access some content or a service, contact the town hall to be directed to an accessible alternative or to get the content in another form.

${enContact(f)}

## Remedies

If you reported to the town hall an accessibility defect that keeps you from some content or service and did not get a satisfactory answer, you can:

- write to the [Défenseur des droits](https://formulaire.defenseurdesdroits.fr/) (the French rights ombudsman);
- contact [the Défenseur des droits' delegate in your region](https://www.defenseurdesdroits.fr/saisir/delegues);
- send a letter by post (free, no stamp needed): Défenseur des droits, Libre réponse 71120, 75342 Paris CEDEX 07, France.
`;
  },

  [LegalPageKind.TERMS]: (f) => `
## Purpose

${enSite(f).replace(/^./, (c) => c.toUpperCase())} lets the residents of ${f.name ? plain(f.name) : 'the commune'} propose projects, support and discuss them, answer the council's consultations, and make requests to the town hall and follow them. It is published by ${enCommune(f)} (see the [legal notice](/legal/mentions-legales)). Using it means accepting these terms.

## Your account

Creating an account is free. An account is personal: keep your password to yourself. Your display name goes with your public proposals and comments. You can delete your account at any time from the [My account](/account) page.

## Publishing rules

Your contributions are public (except administrative formalities). Respect the law and other people: no insults, defamatory, discriminatory or hateful content, harassment, advertising, or personal information about others. Stay on topic, and only post photos you have the right to share, with no recognisable face without consent.

The town hall may hide a contribution that breaks these rules and suspend an account that breaks them.

## Requests and reports

A request made on this website is not an emergency service: in danger, call 112. The times shown for each service are targets, not commitments.

## Personal data

How it is processed is described in the [privacy notice](/legal/privacy).

## Changes

These terms may change; the date of their last update is shown at the top of this page. They are governed by French law.
`,
};
