import type { CommuneView } from './commune-identity.service';

/** The installed app's icons, drawn by scripts/make-icons.ts into the client's public folder. */
const ICONS = [
  { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
  { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
  { src: '/icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
];

/** A launcher shows about this many characters under an icon. */
const SHORT_NAME_MAX = 12;

/**
 * The web app manifest (`GET /manifest.webmanifest`): the app a resident installs carries the
 * commune's name (« Parvis – Saint-Parvis », « Saint-Parvis » under the icon when it is short
 * enough) and its colour in the title bar; Parvis alone until the commune is set up.
 */
export function webAppManifest(commune: Pick<CommuneView, 'name' | 'primaryColor' | 'defaultLanguage'>) {
  const name = commune.name?.trim() || null;
  return {
    id: '/',
    name: name ? `Parvis – ${name}` : 'Parvis',
    short_name: name && name.length <= SHORT_NAME_MAX ? name : 'Parvis',
    description:
      commune.defaultLanguage === 'en'
        ? 'Parvis: the town hall’s public square, online. Proposals, consultations, requests and reports.'
        : 'Parvis : la place publique de la mairie, en ligne. Propositions, consultations, demandes et signalements.',
    lang: commune.defaultLanguage,
    dir: 'ltr',
    start_url: '/',
    scope: '/',
    display: 'standalone',
    theme_color: commune.primaryColor,
    background_color: '#ffffff',
    icons: ICONS,
  };
}
