/**
 * Drafts kept on the device, for the forms of other features: `useFormDraft` (one call per form)
 * and `<DraftNotice>` (restored draft, lost connection, « Envoyer maintenant »). See
 * app/drafts.ts for what is stored and when it is forgotten.
 */
export { useFormDraft, type FormDraft } from './hooks/useFormDraft';
export { DraftNotice } from './components/DraftNotice';
export { useOnline } from './components/ConnectionBanner';
