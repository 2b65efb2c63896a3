import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Clock } from '../common/clock';
import {
  isoSql,
  OpenDataDataset,
  OpenDataProvider,
  OpenDataRows,
  OpenDataset,
  OpenDataVersion,
  openDataVersionOf,
  streamRows,
} from '../common/open-data/open-data';

const STATUSES = ['PUBLISHED', 'UNDER_REVIEW', 'ACCEPTED', 'REJECTED', 'IN_PROGRESS', 'COMPLETED', 'WITHDRAWN'];

/**
 * `proposals`: one row per published proposal (never a draft). No personal data: no author, no
 * text but the public title (none for a proposal hidden by moderation), no supporter.
 */
export const PROPOSALS: OpenDataset = {
  name: 'proposals',
  title: 'Propositions des habitants : statut, soutiens et suite donnée',
  description:
    'Un enregistrement par proposition publiée (jamais un brouillon) : titre, catégorie, quartier, statut, nombre de ' +
    'soutiens et de commentaires, dates de dépôt, de publication et de réponse, avancement. Le nombre de propositions par ' +
    'statut, acceptées (ACCEPTED, IN_PROGRESS, COMPLETED) ou réalisées (COMPLETED), et l’avancement moyen se recalculent ' +
    'depuis ces colonnes. Aucune donnée personnelle : ni auteur, ni texte de la proposition, ni soutiens nominatifs.',
  version: '1.0.0',
  primaryKey: ['proposal_id'],
  fields: [
    {
      name: 'proposal_id',
      title: 'Proposition',
      description: 'Identifiant de la proposition (celui de son adresse sur la plateforme).',
      type: 'string',
      example: '3f0c6d3e-8a55-4d3b-9a43-6a1a1c2b7e10',
      constraints: { required: true, unique: true },
    },
    {
      name: 'title',
      title: 'Titre',
      description: 'Titre public de la proposition ; vide pour une proposition masquée par la modération.',
      type: 'string',
      example: 'Un composteur de quartier',
    },
    {
      name: 'status',
      title: 'Statut',
      description:
        'PUBLISHED (publiée, recueille des soutiens), UNDER_REVIEW (à l’étude), ACCEPTED (acceptée), REJECTED (refusée), ' +
        'IN_PROGRESS (en cours de réalisation), COMPLETED (réalisée), WITHDRAWN (retirée par son auteur).',
      type: 'string',
      example: 'ACCEPTED',
      constraints: { required: true, enum: STATUSES },
    },
    { name: 'category', title: 'Catégorie', description: 'Catégorie ; vide si aucune.', type: 'string', example: 'Environnement' },
    {
      name: 'district',
      title: 'Quartier',
      description: 'Quartier concerné ; vide pour toute la ville.',
      type: 'string',
      example: 'Le Port',
    },
    {
      name: 'supports',
      title: 'Soutiens',
      description: 'Nombre de soutiens reçus.',
      type: 'integer',
      example: '42',
      constraints: { required: true, minimum: 0 },
    },
    {
      name: 'comments',
      title: 'Commentaires',
      description: 'Nombre de commentaires publiés.',
      type: 'integer',
      example: '7',
      constraints: { required: true, minimum: 0 },
    },
    {
      name: 'created_at',
      title: 'Date de création',
      description: 'Date et heure de création. UTC, ISO 8601 à la milliseconde.',
      type: 'datetime',
      example: '2026-03-02T08:15:00.000Z',
      constraints: { required: true },
    },
    {
      name: 'published_at',
      title: 'Date de publication',
      description: 'Date et heure de publication. UTC, ISO 8601 à la milliseconde.',
      type: 'datetime',
      example: '2026-03-02T09:00:00.000Z',
    },
    {
      name: 'answered_at',
      title: 'Date de réponse',
      description: 'Date et heure de la réponse officielle de la mairie ; vide sans réponse. UTC, ISO 8601 à la milliseconde.',
      type: 'datetime',
      example: '2026-04-10T14:00:00.000Z',
    },
    {
      name: 'progress',
      title: 'Avancement',
      description: 'Avancement de la réalisation, en pourcentage (0 tant que rien n’est engagé).',
      type: 'integer',
      example: '40',
      constraints: { required: true, minimum: 0, maximum: 100 },
    },
  ],
};

/** The published proposals, from a cursor in (created_at, id) order. */
@Injectable()
@OpenDataDataset('proposals')
export class ProposalsOpenData implements OpenDataProvider {
  readonly dataset = PROPOSALS;

  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  version(): Promise<OpenDataVersion> {
    return openDataVersionOf(
      this.dataSource,
      `SELECT max(p.updated_at) AS changed, max(p.published_at) AS published, max(p.answered_at) AS answered,
              max(p.hidden_at) AS hidden, count(*)::int AS n, count(p.hidden_at)::int AS hidden_n,
              coalesce(sum(p.support_count), 0)::bigint AS supports, coalesce(sum(p.comment_count), 0)::bigint AS comments,
              coalesce(sum(p.progress), 0)::bigint AS progress,
              coalesce(sum(hashtext(p.id::text || p.status || coalesce(c.name, ''))), 0)::bigint AS statuses
       FROM proposals p LEFT JOIN categories c ON c.id = p.category_id
       WHERE p.status <> 'DRAFT' AND p.created_at <= $1`,
      [this.clock.now()],
    );
  }

  rows(): Promise<OpenDataRows> {
    return streamRows<Record<string, string | number | null>>(
      this.dataSource,
      `/* open-data proposals */ SELECT p.id AS proposal_id, CASE WHEN p.hidden_at IS NULL THEN p.title END AS title, p.status, c.name AS category,
              p.district, p.support_count AS supports, p.comment_count AS comments, ${isoSql('p.created_at')} AS created_at,
              ${isoSql('p.published_at')} AS published_at, ${isoSql('p.answered_at')} AS answered_at, p.progress
       FROM proposals p LEFT JOIN categories c ON c.id = p.category_id
       WHERE p.status <> 'DRAFT' AND p.created_at <= $1
       ORDER BY p.created_at, p.id`,
      [this.clock.now()],
      (r) => ({ ...r }),
    );
  }
}
