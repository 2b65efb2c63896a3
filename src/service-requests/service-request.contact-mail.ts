import { defineTemplate } from '../mail/templates';

export interface ContactRequesterMailParams {
  displayName: string;
  reference: string;
  body: string;
  url: string;
}

/**
 * The e-mail an agent sends the requester through the platform (contactRequester): the message,
 * the request's reference and its link. The town hall writes: no agent's name or address.
 */
export const contactRequesterMail = defineTemplate<ContactRequesterMailParams>({
  fr: (p) => ({
    subject: `Message de la mairie sur votre demande ${p.reference}`,
    greeting: `Bonjour ${p.displayName},`,
    blocks: [
      { paragraph: `La mairie vous écrit au sujet de votre demande ${p.reference} :` },
      { quote: p.body },
      { action: { label: 'Voir la demande', url: p.url } },
    ],
    footer: [
      'Ce message vous est envoyé par la plateforme : les agents ne voient pas votre adresse. Pour répondre, passez par la page de la demande.',
    ],
  }),
  en: (p) => ({
    subject: `Message from the town hall about your request ${p.reference}`,
    greeting: `Hello ${p.displayName},`,
    blocks: [
      { paragraph: `The town hall writes to you about your request ${p.reference}:` },
      { quote: p.body },
      { action: { label: 'See the request', url: p.url } },
    ],
    footer: ['This message is sent by the platform: agents do not see your address. To answer, use the request’s page.'],
  }),
});
