/** What other features use from the commune feature. */
export { SetupBanner } from './components/SetupBanner';
export { SignUpConsent } from './components/SignUpConsent';
export { useSetupLanding } from './hooks/useSetupLanding';
export { DistrictSuggestion } from './components/DistrictSuggestion';
