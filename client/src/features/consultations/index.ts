/** What other features use from consultations: the home page's list of open consultations. */
export { OpenConsultations } from './components/OpenConsultations';
