import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Clock } from '../common/clock';
import {
  isoSql,
  OpenDataDataset,
  OpenDataField,
  OpenDataProvider,
  OpenDataRows,
  OpenDataset,
  OpenDataVersion,
  openDataVersionOf,
  streamRows,
} from '../common/open-data/open-data';
import { SCALE_MAX, SCALE_MIN } from './consultation.policy';

const KINDS = ['SINGLE_CHOICE', 'MULTIPLE_CHOICE', 'RANKING', 'SCALE', 'FREE_TEXT'];

const field = (
  name: string,
  type: OpenDataField['type'],
  title: string,
  description: string,
  example: string,
  constraints?: OpenDataField['constraints'],
): OpenDataField => ({ name, type, title, description, example, ...(constraints ? { constraints } : {}) });

/**
 * `consultations`: a long (tidy) table of the consultations and their results. One row per
 * consultation × question × answer item: an option of a choice or ranking question, a value of a
 * scale question (1 to 5), a single row for a free-text question (its number of answers, never the
 * answers). The consultation's own columns repeat on each of its rows; a consultation whose results
 * are not public yet (results after closing, still open) or without questions has one row, the
 * question columns empty. No personal data: no respondent, no answer text, no comment.
 */
export const CONSULTATIONS: OpenDataset = {
  name: 'consultations',
  title: 'Consultations : participation et résultats',
  description:
    'Une ligne par consultation ouverte ou close, question et élément de réponse (option d’une question à choix ou de ' +
    `classement, valeur de ${SCALE_MIN} à ${SCALE_MAX} d’une échelle, une seule ligne pour une question libre) : ` +
    'participation (réponses, habitants éligibles, taux), conclusion publiée, et pour chaque élément le nombre de réponses ' +
    'et sa part. Les réponses libres ne sont jamais publiées, seulement comptées. Une consultation dont les résultats ne ' +
    'sont pas encore publics (publiés à la clôture) n’a qu’une ligne, sans colonnes de question. Aucune donnée personnelle.',
  version: '1.0.0',
  primaryKey: ['consultation_id', 'question_id', 'item'],
  fields: [
    field('consultation_id', 'string', 'Consultation', 'Identifiant de la consultation.', '0b9d7c1e-2f7a-4a8e-9d11-5c4b2a7e9f01', {
      required: true,
    }),
    field('consultation_title', 'string', 'Titre', 'Titre de la consultation.', 'Réaménagement de la place du marché', {
      required: true,
    }),
    field('opens_at', 'datetime', 'Ouverture', 'Ouverture des réponses. UTC, ISO 8601 à la milliseconde.', '2026-03-01T08:00:00.000Z', {
      required: true,
    }),
    field('closes_at', 'datetime', 'Clôture', 'Clôture des réponses. UTC, ISO 8601 à la milliseconde.', '2026-03-31T22:00:00.000Z', {
      required: true,
    }),
    field('state', 'string', 'État', 'OPEN (en cours) ou CLOSED (close) à la date du fichier.', 'CLOSED', {
      required: true,
      enum: ['OPEN', 'CLOSED'],
    }),
    field('responses', 'integer', 'Réponses', 'Nombre d’habitants ayant répondu.', '312', { required: true, minimum: 0 }),
    field(
      'eligible_residents',
      'integer',
      'Habitants éligibles',
      'Comptes d’habitants actifs pouvant répondre (ceux des quartiers de la consultation, ou tous), comptés à la date du fichier.',
      '5120',
      { required: true, minimum: 0 },
    ),
    field(
      'participation',
      'number',
      'Taux de participation',
      'responses ÷ eligible_residents, de 0 à 1, arrondi à 4 décimales ; vide sans habitant éligible.',
      '0.0609',
      { minimum: 0 },
    ),
    field('conclusion_published', 'boolean', 'Conclusion publiée', 'La mairie a publié la suite donnée à la consultation.', 'true', {
      required: true,
    }),
    field(
      'results_public',
      'boolean',
      'Résultats publics',
      'Les résultats sont publics (dès l’ouverture, ou à la clôture selon la consultation) ; sinon les colonnes suivantes sont vides.',
      'true',
      { required: true },
    ),
    field('question_id', 'string', 'Question', 'Identifiant de la question.', '7c2e…'),
    field('question_position', 'integer', 'Rang de la question', 'Place de la question dans le questionnaire (1 : première).', '1', {
      minimum: 1,
    }),
    field(
      'question_kind',
      'string',
      'Type de question',
      'SINGLE_CHOICE (choix unique), MULTIPLE_CHOICE (choix multiples), RANKING (classement), SCALE (échelle de 1 à 5), FREE_TEXT (réponse libre, jamais publiée).',
      'SINGLE_CHOICE',
      { enum: KINDS },
    ),
    field('question', 'string', 'Intitulé', 'Intitulé de la question, écrit par la mairie.', 'Faut-il planter des arbres ?'),
    field('question_answers', 'integer', 'Réponses à la question', 'Nombre de réponses ayant répondu à cette question.', '300', {
      minimum: 0,
    }),
    field(
      'scale_average',
      'number',
      'Moyenne de l’échelle',
      'SCALE : valeur moyenne des réponses (arrondie à 4 décimales) ; vide sinon ou sans réponse.',
      '3.8',
      { minimum: SCALE_MIN, maximum: SCALE_MAX },
    ),
    field(
      'item',
      'integer',
      'Élément',
      'Rang de l’option (choix, classement) ou valeur de l’échelle ; 0 pour la ligne unique d’une question libre.',
      '1',
      { minimum: 0 },
    ),
    field('option_id', 'string', 'Option', 'Identifiant de l’option (questions à choix et de classement) ; vide sinon.', '9a1d…'),
    field('label', 'string', 'Libellé', 'Libellé de l’option, ou valeur de l’échelle ; vide pour une question libre.', 'Oui'),
    field(
      'count',
      'integer',
      'Nombre',
      'Réponses ayant choisi cette option ou cette valeur ; vide pour une question libre (voir question_answers).',
      '180',
      { minimum: 0 },
    ),
    field(
      'share',
      'number',
      'Part',
      'count ÷ question_answers, de 0 à 1, arrondi à 4 décimales (0 sans réponse) ; vide pour une question libre.',
      '0.6',
      { minimum: 0, maximum: 1 },
    ),
    field(
      'average_rank',
      'number',
      'Rang moyen',
      'RANKING : rang moyen donné à l’option (1 : première), arrondi à 4 décimales ; vide sinon ou sans réponse.',
      '1.75',
      { minimum: 1 },
    ),
  ],
};

const r4 = (expr: string) => `round((${expr})::numeric, 4)::float8`;

/** Consultations (opened) and their public results, from a cursor in (opens_at, id, question, item) order. */
@Injectable()
@OpenDataDataset('consultations')
export class ConsultationsOpenData implements OpenDataProvider {
  readonly dataset = CONSULTATIONS;

  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  version(): Promise<OpenDataVersion> {
    return openDataVersionOf(
      this.dataSource,
      `SELECT max(c.updated_at) AS changed, max(c.opens_at) AS opened, max(c.closes_at) FILTER (WHERE c.closes_at <= $1) AS closed,
              max(c.conclusion_published_at) AS concluded,
              (SELECT max(r.created_at) FROM consultation_responses r) AS answered,
              count(*)::int AS n, count(*) FILTER (WHERE c.closes_at <= $1)::int AS closed_n,
              coalesce(sum(c.response_count), 0)::bigint AS responses,
              (SELECT coalesce(sum(q.answer_count), 0) + coalesce(sum(q.scale_sum), 0) FROM consultation_questions q) AS answers,
              (SELECT coalesce(sum(o.answer_count), 0) + coalesce(sum(o.rank_sum), 0) FROM consultation_options o) AS choices,
              (SELECT count(*)::text || ':' || coalesce(sum(hashtext(coalesce(u.district, ''))), 0)::text
                 FROM users u JOIN user_roles ur ON ur.user_id = u.id AND ur.role = 'RESIDENT' WHERE u.deleted_at IS NULL) AS residents
       FROM consultations c WHERE c.opens_at <= $1`,
      [this.clock.now()],
    );
  }

  rows(): Promise<OpenDataRows> {
    return streamRows<Record<string, string | number | boolean | null>>(
      this.dataSource,
      `/* open-data consultations */ WITH c AS (
         SELECT c.id, c.title, c.opens_at, c.closes_at, c.response_count, c.conclusion_published_at IS NOT NULL AS conclusion_published,
                (c.results_visibility = 'LIVE' OR c.closes_at <= $1) AS results_public,
                (SELECT count(*) FROM users u JOIN user_roles ur ON ur.user_id = u.id AND ur.role = 'RESIDENT'
                 WHERE u.deleted_at IS NULL AND (cardinality(c.districts) = 0 OR u.district = ANY (c.districts)))::int AS eligible
         FROM consultations c WHERE c.opens_at <= $1
       )
       SELECT c.id AS consultation_id, c.title AS consultation_title, ${isoSql('c.opens_at')} AS opens_at,
              ${isoSql('c.closes_at')} AS closes_at, CASE WHEN c.closes_at <= $1 THEN 'CLOSED' ELSE 'OPEN' END AS state,
              c.response_count AS responses, c.eligible AS eligible_residents,
              CASE WHEN c.eligible > 0 THEN ${r4('c.response_count::float8 / c.eligible')} END AS participation,
              c.conclusion_published, c.results_public,
              q.id AS question_id, q.position AS question_position, q.kind AS question_kind, q.prompt AS question,
              q.answer_count AS question_answers,
              CASE WHEN q.kind = 'SCALE' AND q.answer_count > 0 THEN ${r4('q.scale_sum::float8 / q.answer_count')} END AS scale_average,
              i.item, i.option_id, i.label, i.count,
              CASE WHEN q.kind <> 'FREE_TEXT' THEN
                CASE WHEN q.answer_count > 0 THEN ${r4('i.count::float8 / q.answer_count')} ELSE 0 END END AS share,
              i.average_rank
       FROM c
       LEFT JOIN consultation_questions q ON q.consultation_id = c.id AND c.results_public
       LEFT JOIN LATERAL (
         SELECT o.position AS item, o.id::text AS option_id, o.label, o.answer_count AS count,
                CASE WHEN q.kind = 'RANKING' AND o.answer_count > 0 THEN ${r4('o.rank_sum::float8 / o.answer_count')} END AS average_rank
         FROM consultation_options o WHERE o.question_id = q.id AND q.kind <> 'SCALE' AND q.kind <> 'FREE_TEXT'
         UNION ALL
         SELECT v, NULL, v::text, q.scale_counts[v - ${SCALE_MIN} + 1], NULL
         FROM generate_series(${SCALE_MIN}, ${SCALE_MAX}) v WHERE q.kind = 'SCALE'
         UNION ALL
         SELECT 0, NULL, NULL, NULL, NULL WHERE q.kind = 'FREE_TEXT'
       ) i ON true
       ORDER BY c.opens_at, c.id, q.position, i.item`,
      [this.clock.now()],
      (r) => ({ ...r }),
    );
  }
}
