import { Transform } from 'node:stream';
import type { OpenDataRow, OpenDataset } from '../common/open-data/open-data';
import { WinnerSelector } from './budget.policy';

const STATUSES = ['SUBMITTED', 'NOT_FEASIBLE', 'MERGED', 'SELECTED', 'NOT_SELECTED', 'IN_PROGRESS', 'COMPLETED'];

/**
 * `budget-results`: one row per project of every edition whose results are public (from its
 * results phase on), with its place in its envelope's results. No personal data: no author, no
 * ballot, no name; a project hidden by moderation keeps its row (it counts in the results) without
 * its title.
 */
export const BUDGET_RESULTS: OpenDataset = {
  name: 'budget-results',
  title: 'Budget participatif : résultats des votes et suivi des projets',
  description:
    'Un enregistrement par projet déposé dans une édition du budget participatif dont les résultats sont publiés : ' +
    'enveloppe, coût retenu, votes, rang, sélection et avancement des travaux. Dans chaque enveloppe, les projets ' +
    'réalisables sont classés par votes décroissants, puis coût croissant, puis date de dépôt, puis identifiant ; en ' +
    'descendant le classement, un projet ayant au moins une voix est retenu si son coût tient dans ce qui reste de ' +
    'l’enveloppe. Aucune donnée personnelle.',
  version: '1.0.0',
  primaryKey: ['project_id'],
  fields: [
    { name: 'edition_id', title: 'Édition', description: 'Identifiant de l’édition.', type: 'string', constraints: { required: true } },
    {
      name: 'edition_title',
      title: 'Titre de l’édition',
      description: 'Titre de l’édition.',
      type: 'string',
      constraints: { required: true },
    },
    {
      name: 'envelope_id',
      title: 'Enveloppe',
      description: 'Identifiant de l’enveloppe.',
      type: 'string',
      constraints: { required: true },
    },
    {
      name: 'envelope_name',
      title: 'Nom de l’enveloppe',
      description: 'Nom de l’enveloppe.',
      type: 'string',
      constraints: { required: true },
    },
    {
      name: 'envelope_amount',
      title: 'Montant de l’enveloppe',
      description: 'Montant de l’enveloppe, en euros.',
      type: 'integer',
      constraints: { required: true, minimum: 0 },
    },
    {
      name: 'district',
      title: 'Quartier',
      description: 'Quartier de l’enveloppe ; vide pour une enveloppe de toute la ville.',
      type: 'string',
    },
    {
      name: 'project_id',
      title: 'Projet',
      description: 'Identifiant du projet.',
      type: 'string',
      constraints: { required: true, unique: true },
    },
    {
      name: 'project_title',
      title: 'Titre du projet',
      description: 'Titre du projet ; vide pour un projet masqué par la modération.',
      type: 'string',
    },
    {
      name: 'submitted_at',
      title: 'Date de dépôt',
      description: 'Date et heure de dépôt (UTC, à la milliseconde), qui départage les égalités.',
      type: 'datetime',
      constraints: { required: true },
    },
    {
      name: 'status',
      title: 'Statut',
      description:
        'SUBMITTED (non instruit), NOT_FEASIBLE (non réalisable), MERGED (fusionné dans un autre), SELECTED (lauréat), ' +
        'NOT_SELECTED (non retenu), IN_PROGRESS (travaux en cours), COMPLETED (réalisé).',
      type: 'string',
      constraints: { required: true, enum: STATUSES },
    },
    {
      name: 'feasible_cost',
      title: 'Coût retenu',
      description: 'Coût estimé par les services pour un projet réalisable, en euros ; vide sinon.',
      type: 'integer',
      constraints: { minimum: 0 },
    },
    {
      name: 'votes',
      title: 'Votes',
      description: 'Votes reçus par un projet réalisable ; vide sinon.',
      type: 'integer',
      constraints: { minimum: 0 },
    },
    {
      name: 'rank',
      title: 'Rang',
      description: 'Rang dans les résultats de l’enveloppe (1 : premier) ; vide pour un projet non soumis au vote.',
      type: 'integer',
      constraints: { minimum: 1 },
    },
    { name: 'selected', title: 'Retenu', description: 'Le projet est lauréat.', type: 'boolean', constraints: { required: true } },
    {
      name: 'works_status',
      title: 'État des travaux',
      description: 'IN_PROGRESS ou COMPLETED pour un lauréat dont les travaux ont commencé ; vide sinon.',
      type: 'string',
      constraints: { enum: ['IN_PROGRESS', 'COMPLETED'] },
    },
    {
      name: 'progress',
      title: 'Avancement',
      description: 'Avancement des travaux d’un lauréat, en pourcentage ; vide sinon.',
      type: 'integer',
      constraints: { minimum: 0, maximum: 100 },
    },
    {
      name: 'actual_cost',
      title: 'Coût réel',
      description: 'Coût réel déclaré avec les travaux, en euros ; vide tant qu’il n’est pas connu.',
      type: 'integer',
      constraints: { minimum: 0 },
    },
  ],
};

/** A project as the open data's cursor yields it (see `BudgetsRepository.streamResults`). */
export interface StreamedResult {
  editionId: string;
  editionTitle: string;
  envelopeId: string;
  envelopeName: string;
  envelopeAmount: number;
  district: string | null;
  projectId: string;
  projectTitle: string;
  hidden: boolean;
  submittedAt: string;
  review: string;
  cost: number | null;
  voteCount: number;
  workStatus: string | null;
  progress: number;
  actualCost: number | null;
}

/**
 * Turns the cursor's rows (by envelope, feasible projects first in ranking order) into the
 * dataset's rows, running the results' greedy selection envelope by envelope as they pass: only
 * the current envelope's running total is held.
 */
export function budgetResultRows(): Transform {
  let envelope: string | null = null;
  let selector: WinnerSelector | null = null;
  return new Transform({
    objectMode: true,
    transform(r: StreamedResult, _enc, done) {
      if (r.envelopeId !== envelope) {
        envelope = r.envelopeId;
        selector = new WinnerSelector(r.envelopeAmount);
      }
      const feasible = r.review === 'FEASIBLE';
      const placed = feasible && selector ? selector.next({ votes: r.voteCount, cost: r.cost ?? 0 }) : null;
      const winner = placed?.selected ?? false;
      const status = !feasible ? r.review : winner ? (r.workStatus ?? 'SELECTED') : 'NOT_SELECTED';
      const row: OpenDataRow = {
        edition_id: r.editionId,
        edition_title: r.editionTitle,
        envelope_id: r.envelopeId,
        envelope_name: r.envelopeName,
        envelope_amount: r.envelopeAmount,
        district: r.district,
        project_id: r.projectId,
        project_title: r.hidden ? null : r.projectTitle,
        submitted_at: r.submittedAt,
        status,
        feasible_cost: feasible ? r.cost : null,
        votes: feasible ? r.voteCount : null,
        rank: placed?.rank ?? null,
        selected: winner,
        works_status: winner ? r.workStatus : null,
        progress: winner ? r.progress : null,
        actual_cost: winner ? r.actualCost : null,
      };
      done(null, row);
    },
  });
}
