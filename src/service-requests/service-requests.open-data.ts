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

const STATUSES = ['SUBMITTED', 'ACKNOWLEDGED', 'IN_PROGRESS', 'WAITING_FOR_RESIDENT', 'RESOLVED', 'REJECTED', 'CLOSED'];

/** Map points are snapped to a grid of 0.0005° (about 55 m north–south, 37 m east–west at 48°N). */
export const POINT_GRID = 0.0005;

const ts = (name: string, title: string, description: string, required = false): OpenDataField => ({
  name,
  title,
  description: `${description} UTC, ISO 8601 à la milliseconde.`,
  type: 'datetime',
  example: '2026-03-02T08:15:00.000Z',
  constraints: { required },
});

/**
 * `service-requests`: one row per report (a request to a public service: pothole, streetlight…),
 * never a formality (birth certificate, school enrolment…), which is only counted in
 * `service-requests-formalities`. No personal data: no requester, no agent, no description, no
 * address, no message, no rating; the point is snapped to a ~50 m grid.
 *
 * The dashboard's figures are recomputed from these columns: hours to acknowledge = first
 * acknowledgement − submission; hours to resolve = resolution − submission; resolved within target
 * = hours to resolve ≤ 24 × the service's target days; medians per service, department, district
 * or month of `created_at`.
 */
export const SERVICE_REQUESTS: OpenDataset = {
  name: 'service-requests',
  title: 'Signalements : délais de prise en charge et de résolution',
  description:
    'Un enregistrement par signalement déposé auprès d’un service public de la commune (voirie, éclairage, propreté…) : ' +
    'service, direction, quartier, statut, dates de dépôt, de prise en charge, de résolution et de clôture, délais en heures ' +
    'et respect du délai cible du service. Les démarches administratives ne sont jamais listées (voir le jeu ' +
    '« service-requests-formalities », qui les compte). Aucune donnée personnelle : ni demandeur, ni agent, ni description, ' +
    `ni adresse, ni message ; la position est arrondie à une grille de ${POINT_GRID}° (environ 50 m).`,
  version: '1.0.0',
  primaryKey: ['reference'],
  fields: [
    {
      name: 'reference',
      title: 'Référence',
      description: 'Référence publique du signalement (PAR-année-numéro), celle que donne l’API Open311.',
      type: 'string',
      example: 'PAR-2026-000042',
      constraints: { required: true, unique: true },
    },
    {
      name: 'service_code',
      title: 'Code du service',
      description: 'Code du service saisi (celui de l’API Open311).',
      type: 'string',
      example: 'VOIRIE-NIDS',
      constraints: { required: true },
    },
    {
      name: 'service_name',
      title: 'Service',
      description: 'Nom du service.',
      type: 'string',
      example: 'Nid-de-poule',
      constraints: { required: true },
    },
    {
      name: 'department',
      title: 'Direction',
      description: 'Direction municipale qui traite le signalement (celle du service au dépôt).',
      type: 'string',
      example: 'Voirie',
      constraints: { required: true },
    },
    {
      name: 'district',
      title: 'Quartier',
      description: 'Quartier du lieu signalé ; vide quand il n’est pas connu.',
      type: 'string',
      example: 'Centre-ville',
    },
    {
      name: 'status',
      title: 'Statut',
      description:
        'SUBMITTED (déposé), ACKNOWLEDGED (pris en charge), IN_PROGRESS (en cours), WAITING_FOR_RESIDENT (en attente du ' +
        'demandeur), RESOLVED (résolu), REJECTED (refusé), CLOSED (clos).',
      type: 'string',
      example: 'RESOLVED',
      constraints: { required: true, enum: STATUSES },
    },
    ts('created_at', 'Date de dépôt', 'Date et heure de dépôt.', true),
    ts(
      'acknowledged_at',
      'Date de prise en charge',
      'Première réponse du service (premier changement de statut après le dépôt) ; vide sinon.',
    ),
    ts('resolved_at', 'Date de résolution', 'Dernière résolution (statut RESOLVED) ; vide si non résolu ou rouvert depuis.'),
    ts('closed_at', 'Date de clôture', 'Clôture (statut CLOSED) ; vide sinon.'),
    {
      name: 'target_days',
      title: 'Délai cible',
      description: 'Délai de résolution visé par le service, en jours.',
      type: 'integer',
      example: '7',
      constraints: { required: true, minimum: 1 },
    },
    {
      name: 'hours_to_acknowledge',
      title: 'Heures avant prise en charge',
      description: 'acknowledged_at − created_at, en heures arrondies au centième ; vide si pas encore pris en charge.',
      type: 'number',
      example: '5.25',
      constraints: { minimum: 0 },
    },
    {
      name: 'hours_to_resolve',
      title: 'Heures avant résolution',
      description: 'resolved_at − created_at, en heures arrondies au centième ; vide si non résolu.',
      type: 'number',
      example: '70.5',
      constraints: { minimum: 0 },
    },
    {
      name: 'resolved_within_target',
      title: 'Résolu dans le délai cible',
      description:
        'true si resolved_at − created_at ≤ target_days × 24 h, false sinon ; vide si non résolu. La part des signalements ' +
        'résolus dans le délai est le nombre de true divisé par le nombre de lignes non vides.',
      type: 'boolean',
      example: 'true',
    },
    {
      name: 'lat',
      title: 'Latitude arrondie',
      description: `Latitude (WGS 84) arrondie au multiple de ${POINT_GRID}° le plus proche (environ 55 m) ; vide sans position.`,
      type: 'number',
      example: '48.8565',
      constraints: { minimum: -90, maximum: 90 },
    },
    {
      name: 'lng',
      title: 'Longitude arrondie',
      description: `Longitude (WGS 84) arrondie au multiple de ${POINT_GRID}° le plus proche (environ 37 m à 48° N) ; vide sans position.`,
      type: 'number',
      example: '2.3525',
      constraints: { minimum: -180, maximum: 180 },
    },
  ],
};

interface Row {
  reference: string;
  service_code: string;
  service_name: string;
  department: string;
  district: string | null;
  status: string;
  created_at: string;
  acknowledged_at: string | null;
  resolved_at: string | null;
  closed_at: string | null;
  target_days: number;
  hours_to_acknowledge: number | null;
  hours_to_resolve: number | null;
  resolved_within_target: boolean | null;
  lat: number | null;
  lng: number | null;
}

const hours = (to: string) => `round((extract(epoch FROM (${to} - r.created_at)) / 3600)::numeric, 2)::float8`;
const snap = (col: string) => `(round(${col} / ${POINT_GRID}) * ${POINT_GRID})::numeric(9, 4)::float8`;

/** The reports, from a cursor in keyset order (created_at, id): a few thousand rows or a million, constant memory. */
@Injectable()
@OpenDataDataset('service-requests')
export class ServiceRequestsOpenData implements OpenDataProvider {
  readonly dataset = SERVICE_REQUESTS;

  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async version(): Promise<OpenDataVersion> {
    return openDataVersionOf(
      this.dataSource,
      `SELECT max(r.updated_at) AS changed, count(*)::int AS n,
              (SELECT max(s.updated_at) FROM services s) AS services,
              (SELECT md5(string_agg(d.id || d.name, ',' ORDER BY d.id)) FROM departments d) AS departments
       FROM service_requests r WHERE r.is_public AND r.created_at <= $1`,
      [this.clock.now()],
    );
  }

  rows(): Promise<OpenDataRows> {
    return streamRows<Row>(
      this.dataSource,
      `/* open-data service-requests */ SELECT r.reference, s.code AS service_code, s.name AS service_name, d.name AS department, r.district, r.status,
              ${isoSql('r.created_at')} AS created_at, ${isoSql('r.acknowledged_at')} AS acknowledged_at,
              ${isoSql('r.resolved_at')} AS resolved_at, ${isoSql('r.closed_at')} AS closed_at, s.target_days,
              ${hours('r.acknowledged_at')} AS hours_to_acknowledge, ${hours('r.resolved_at')} AS hours_to_resolve,
              CASE WHEN r.resolved_at IS NOT NULL THEN r.resolved_at - r.created_at <= make_interval(days => s.target_days) END
                AS resolved_within_target,
              ${snap('r.lat')} AS lat, ${snap('r.lng')} AS lng
       FROM service_requests r JOIN services s ON s.id = r.service_id JOIN departments d ON d.id = r.department_id
       WHERE r.is_public AND r.created_at <= $1
       ORDER BY r.created_at, r.id`,
      [this.clock.now()],
      (r) => ({ ...r }),
    );
  }
}

/**
 * `service-requests-formalities`: formalities are never listed one by one (they are private to
 * their requester); this dataset only counts them, by month of filing, service and current status.
 */
export const SERVICE_REQUEST_FORMALITIES: OpenDataset = {
  name: 'service-requests-formalities',
  title: 'Démarches administratives : nombre de demandes par mois, service et statut',
  description:
    'Les démarches (actes d’état civil, inscriptions…) ne sont jamais publiées une à une : ce jeu les compte par mois de dépôt ' +
    '(UTC), service et statut actuel. Aucune donnée personnelle.',
  version: '1.0.0',
  primaryKey: ['month', 'service_code', 'department', 'status'],
  fields: [
    {
      name: 'month',
      title: 'Mois',
      description: 'Mois de dépôt (UTC), AAAA-MM.',
      type: 'string',
      example: '2026-03',
      constraints: { required: true },
    },
    {
      name: 'service_code',
      title: 'Code du service',
      description: 'Code du service de la démarche.',
      type: 'string',
      example: 'ETAT-CIVIL-NAISSANCE',
      constraints: { required: true },
    },
    {
      name: 'service_name',
      title: 'Service',
      description: 'Nom du service.',
      type: 'string',
      example: 'Acte de naissance',
      constraints: { required: true },
    },
    {
      name: 'department',
      title: 'Direction',
      description: 'Direction qui traite la démarche.',
      type: 'string',
      example: 'État civil',
      constraints: { required: true },
    },
    {
      name: 'status',
      title: 'Statut',
      description: 'Statut actuel des demandes comptées (mêmes valeurs que pour les signalements).',
      type: 'string',
      example: 'CLOSED',
      constraints: { required: true, enum: STATUSES },
    },
    {
      name: 'requests',
      title: 'Demandes',
      description: 'Nombre de demandes déposées ce mois-là pour ce service, ayant ce statut aujourd’hui.',
      type: 'integer',
      example: '12',
      constraints: { required: true, minimum: 1 },
    },
  ],
};

@Injectable()
@OpenDataDataset('service-requests-formalities')
export class ServiceRequestFormalitiesOpenData implements OpenDataProvider {
  readonly dataset = SERVICE_REQUEST_FORMALITIES;

  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  version(): Promise<OpenDataVersion> {
    return openDataVersionOf(
      this.dataSource,
      `SELECT max(r.updated_at) AS changed, count(*)::int AS n,
              (SELECT max(s.updated_at) FROM services s) AS services,
              (SELECT md5(string_agg(d.id || d.name, ',' ORDER BY d.id)) FROM departments d) AS departments
       FROM service_requests r WHERE NOT r.is_public AND r.created_at <= $1`,
      [this.clock.now()],
    );
  }

  rows(): Promise<OpenDataRows> {
    return streamRows<Record<string, string | number>>(
      this.dataSource,
      `/* open-data service-requests-formalities */ SELECT to_char(date_trunc('month', r.created_at AT TIME ZONE 'UTC'), 'YYYY-MM') AS month, s.code AS service_code,
              s.name AS service_name, d.name AS department, r.status, count(*)::int AS requests
       FROM service_requests r JOIN services s ON s.id = r.service_id JOIN departments d ON d.id = r.department_id
       WHERE NOT r.is_public AND r.created_at <= $1
       GROUP BY 1, s.code, s.name, d.name, r.status
       ORDER BY 1, s.code, r.status`,
      [this.clock.now()],
      (r) => ({ ...r }),
    );
  }
}
