import { defineTemplate } from '../mail/templates';

/** The e-mails of accounts: links to verify an address, reset a password, confirm a new address, and the notice to the old one. */

interface LinkParams {
  name: string;
  url: string;
}

export const VERIFY_EMAIL_MAIL = defineTemplate<LinkParams & { hours: number }>({
  fr: ({ name, url, hours }) => ({
    subject: 'Confirmez votre adresse e-mail',
    greeting: `Bonjour ${name},`,
    blocks: [
      { paragraph: 'Pour confirmer que cette adresse est bien la vôtre, suivez ce lien :' },
      { action: { label: 'Confirmer mon adresse', url } },
      { paragraph: `Ce lien est valable ${hours} heures et ne sert qu’une fois. Si vous n’avez pas créé de compte, ignorez ce message.` },
    ],
  }),
  en: ({ name, url, hours }) => ({
    subject: 'Confirm your e-mail address',
    greeting: `Hello ${name},`,
    blocks: [
      { paragraph: 'To confirm that this address is yours, follow this link:' },
      { action: { label: 'Confirm my address', url } },
      { paragraph: `This link is valid for ${hours} hours and works once. If you did not create an account, ignore this message.` },
    ],
  }),
});

export const RESET_PASSWORD_MAIL = defineTemplate<LinkParams & { minutes: number }>({
  fr: ({ name, url, minutes }) => ({
    subject: 'Réinitialisez votre mot de passe',
    greeting: `Bonjour ${name},`,
    blocks: [
      { paragraph: 'Une réinitialisation du mot de passe de votre compte a été demandée. Pour choisir un nouveau mot de passe :' },
      { action: { label: 'Choisir un nouveau mot de passe', url } },
      {
        paragraph: `Ce lien est valable ${minutes} minutes et ne sert qu’une fois ; toutes vos sessions seront fermées. Si vous n’êtes pas à l’origine de cette demande, ignorez ce message : votre mot de passe reste le même.`,
      },
    ],
  }),
  en: ({ name, url, minutes }) => ({
    subject: 'Reset your password',
    greeting: `Hello ${name},`,
    blocks: [
      { paragraph: 'Someone asked to reset the password of your account. To choose a new password:' },
      { action: { label: 'Choose a new password', url } },
      {
        paragraph: `This link is valid for ${minutes} minutes and works once; every session will be signed out. If you did not ask for it, ignore this message: your password stays the same.`,
      },
    ],
  }),
});

export const CHANGE_EMAIL_MAIL = defineTemplate<LinkParams & { hours: number }>({
  fr: ({ name, url, hours }) => ({
    subject: 'Confirmez votre nouvelle adresse e-mail',
    greeting: `Bonjour ${name},`,
    blocks: [
      {
        paragraph:
          'Vous avez demandé à utiliser cette adresse pour votre compte. Elle ne remplacera l’ancienne qu’une fois ce lien suivi :',
      },
      { action: { label: 'Confirmer ma nouvelle adresse', url } },
      { paragraph: `Ce lien est valable ${hours} heures et ne sert qu’une fois. Si vous n’avez rien demandé, ignorez ce message.` },
    ],
  }),
  en: ({ name, url, hours }) => ({
    subject: 'Confirm your new e-mail address',
    greeting: `Hello ${name},`,
    blocks: [
      { paragraph: 'You asked to use this address for your account. It replaces the old one only once this link is followed:' },
      { action: { label: 'Confirm my new address', url } },
      { paragraph: `This link is valid for ${hours} hours and works once. If you asked for nothing, ignore this message.` },
    ],
  }),
});

export const EMAIL_CHANGED_MAIL = defineTemplate<{ name: string; newEmail: string; url: string }>({
  fr: ({ name, newEmail, url }) => ({
    subject: 'L’adresse e-mail de votre compte a changé',
    greeting: `Bonjour ${name},`,
    blocks: [
      { paragraph: `Votre compte utilise désormais l’adresse ${newEmail} : les messages n’arriveront plus à celle-ci.` },
      { paragraph: 'Si vous n’êtes pas à l’origine de ce changement, contactez la mairie sans attendre.' },
      { action: { label: 'Aller sur le site', url } },
    ],
  }),
  en: ({ name, newEmail, url }) => ({
    subject: 'The e-mail address of your account changed',
    greeting: `Hello ${name},`,
    blocks: [
      { paragraph: `Your account now uses the address ${newEmail}: messages will no longer come to this one.` },
      { paragraph: 'If you did not make this change, contact the town hall at once.' },
      { action: { label: 'Go to the site', url } },
    ],
  }),
});
