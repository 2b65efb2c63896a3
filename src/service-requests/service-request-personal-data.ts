import { Injectable } from '@nestjs/common';
import type { Tx } from '../database/transaction';
import { PersonalDataContributor, PersonalDataSection } from '../identity/personal-data';
import { Access, VISIBLE_EVENT_KINDS } from './service-request.policy';

const MAX_REQUESTS = 5000;
const MAX_EVENTS = 50000;

/**
 * The requests a user filed in their data export, each with the timeline its requester sees (public
 * events and their own replies; never internal notes or priority changes, which are staff's).
 * Deletion keeps the requests (the town hall's work on them stays) under the anonymised account.
 */
@Injectable()
@PersonalDataSection('serviceRequests')
export class ServiceRequestPersonalData implements PersonalDataContributor {
  async exportFor(tx: Tx, userId: string) {
    const requests: { id: string; events?: unknown[] }[] = await tx.query(
      `SELECT r.id, r.reference, s.code AS "serviceCode", s.name AS "serviceName", r.status, r.description,
              r.address, r.district, r.lat, r.lng, r.field_values AS "fieldValues", r.resolution,
              r.rating, r.rating_comment AS "ratingComment", r.created_at AS "createdAt",
              r.acknowledged_at AS "acknowledgedAt", r.resolved_at AS "resolvedAt", r.closed_at AS "closedAt"
       FROM service_requests r JOIN services s ON s.id = r.service_id
       WHERE r.requester_id = $1 ORDER BY r.created_at DESC, r.id DESC LIMIT $2`,
      [userId, MAX_REQUESTS],
    );
    if (!requests.length) return requests;
    const events: { requestId: string }[] = await tx.query(
      `SELECT e.request_id AS "requestId", e.kind, e.from_status AS "fromStatus", e.to_status AS "toStatus",
              e.body, e.by_requester AS "byRequester", e.created_at AS "createdAt"
       FROM service_request_events e
       WHERE e.request_id = ANY($1::uuid[]) AND e.kind = ANY($2::text[])
       ORDER BY e.request_id, e.seq LIMIT $3`,
      [requests.map((r) => r.id), VISIBLE_EVENT_KINDS[Access.REQUESTER], MAX_EVENTS],
    );
    const byRequest = new Map<string, unknown[]>();
    for (const { requestId, ...event } of events) {
      const list = byRequest.get(requestId) ?? [];
      list.push(event);
      byRequest.set(requestId, list);
    }
    return requests.map((r) => ({ ...r, events: byRequest.get(r.id) ?? [] }));
  }
}
