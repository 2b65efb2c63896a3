/**
 * What other features use from moderation: « Signaler » on any flaggable item (and « Modérer » for
 * moderators), the notice shown in place of hidden content, and the suspension card of the admin's
 * user page.
 */
export { ReportButton, type ReportButtonProps } from './components/ReportButton';
export { HiddenNotice } from './components/HiddenNotice';
export { UserSuspensionCard } from './components/UserSuspensionCard';
export type { FlagTarget, FlagTargetType } from './graphql/moderation.graphql';
