import { Inject, Injectable } from '@nestjs/common';
import { AppError, FieldError } from '../common/app-error';
import { Clock } from '../common/clock';
import { CommuneIdentityService } from '../commune/commune-identity.service';
import { CommuneService } from '../commune/commune.service';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { imageTargetKey, MediaService } from '../media/media.service';
import { NotificationsService } from '../notifications/notifications.service';
import { ServiceCatalogueService } from '../service-requests/service-catalogue.service';
import { ServiceFieldKind, ServiceKind, ServiceRequestStatus as S } from '../service-requests/service-request.enums';
import { SERVICE_REQUEST_TARGET } from '../service-requests/service-request.notifications';
import { ServiceRequestsService } from '../service-requests/service-requests.service';
import { Open311KeysService } from './open311-keys.service';
import { Element, ElementList, formatDateTime, list, parseDateTime } from './open311.format';
import { Open311Reason as R } from './open311.errors';
import { Open311Repository } from './open311.repository';

type ServiceRow = NonNullable<Awaited<ReturnType<ServiceCatalogueService['serviceById']>>>;
type RequestRow = NonNullable<Awaited<ReturnType<ServiceRequestsService['visibleById']>>>;
type FieldDefinition = ServiceRow['fields'][number];

/** Parameters as Express hands them (query string or form body): text, or repeated text. */
export type Params = Record<string, unknown>;

const DAY_MS = 86_400_000;
/** The specification's default window and its largest (start_date to end_date). */
const WINDOW_DAYS = 90;
/** The specification's cap on one list. */
export const MAX_REQUESTS = 1000;
const DESCRIPTION_MAX = 5000;
const ADDRESS_MAX = 300;
const OPEN: readonly S[] = [S.SUBMITTED, S.ACKNOWLEDGED, S.IN_PROGRESS, S.WAITING_FOR_RESIDENT];
const CLOSED: readonly S[] = [S.RESOLVED, S.REJECTED, S.CLOSED];
const PUBLIC_UPDATE_KINDS = new Set(['PUBLIC_UPDATE', 'STATUS_CHANGED']);
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const REFERENCE = /^PAR-\d{4}-\d{6,9}$/;

const bad = (param: string, message: string): FieldError => ({ path: param, constraint: 'open311', message });
const badInput = (errors: FieldError[]) => AppError.badInput(R.INVALID_PARAMETER, errors);

/** A JSON body may carry numbers and booleans (`"lat": 47.5`): read as the text a form would send. */
const scalar = (v: unknown) => (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? String(v) : undefined);

/**
 * One parameter: absent when missing or empty (the specification's clients send `lat=` for "no
 * value"), repeated values joined with commas (`service_code=A&service_code=B` as `A,B`).
 */
export function param(p: Params, name: string): string | undefined {
  const raw = p[name];
  const text = Array.isArray(raw) ? raw.map(scalar).join(',') : scalar(raw);
  return text !== undefined && text.trim() !== '' ? text.trim() : undefined;
}

const commaList = (text: string | undefined) =>
  text
    ? [
        ...new Set(
          text
            .split(',')
            .map((s) => s.trim())
            .filter(Boolean),
        ),
      ]
    : undefined;

/** Open311's datatypes for our field kinds (yes/no is a list of true and false). */
const DATATYPE: Record<ServiceFieldKind, string> = {
  [ServiceFieldKind.TEXT]: 'string',
  [ServiceFieldKind.NUMBER]: 'number',
  [ServiceFieldKind.DATE]: 'datetime',
  [ServiceFieldKind.SINGLE_CHOICE]: 'singlevaluelist',
  [ServiceFieldKind.YES_NO]: 'singlevaluelist',
};

/**
 * Open311 GeoReport v2 over the service-request domain (no second model): services are the
 * catalogue's services whose requests are public (reports), requests are the public requests the
 * visitors' list shows, `service_request_id` is the public reference, and a POST files an
 * ordinary request through ServiceRequestsService.create, as the key's placeholder account.
 * Errors are AppErrors whose fields are the Open311 parameter names; the controller's filter
 * writes them as the specification's error documents.
 */
@Injectable()
export class Open311Service {
  constructor(
    private readonly requests: ServiceRequestsService,
    private readonly catalogue: ServiceCatalogueService,
    private readonly commune: CommuneService,
    private readonly communeIdentity: CommuneIdentityService,
    private readonly media: MediaService,
    private readonly notifications: NotificationsService,
    private readonly keys: Open311KeysService,
    private readonly repo: Open311Repository,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** 400 when a jurisdiction is configured and another one is asked for; any or none is accepted otherwise. */
  checkJurisdiction(...sources: Params[]): void {
    const expected = this.config.OPEN311_JURISDICTION_ID;
    for (const p of sources) {
      const given = param(p, 'jurisdiction_id');
      if (expected && given !== undefined && given !== expected) {
        throw badInput([bad('jurisdiction_id', `is not served here (this server answers for ${expected})`)]);
      }
    }
  }

  async discovery(baseUrl: string): Promise<Element> {
    const identity = await this.communeIdentity.get();
    return {
      changeset: formatDateTime(new Date('2026-11-29T00:00:00Z')),
      contact: [identity.name, identity.email, identity.phone].filter(Boolean).join(' · ') || 'Parvis',
      key_service: `${baseUrl}/admin/open311-keys`,
      endpoints: list('endpoint', [
        {
          specification: 'http://wiki.open311.org/GeoReport_v2',
          url: `${baseUrl}/open311/v2`,
          changeset: formatDateTime(new Date('2026-11-29T00:00:00Z')),
          type: 'production',
          formats: list('format', ['text/xml', 'application/json']),
        },
      ]),
    };
  }

  /** The services offered: active, with public requests (reports). Formalities are never offered. */
  async services(): Promise<ElementList> {
    const offered = (await this.catalogue.services()).filter(offeredThroughOpen311);
    return list(
      'service',
      offered.map((s) => ({
        service_code: s.code,
        service_name: s.name,
        description: s.description,
        metadata: s.fields.length > 0,
        type: 'realtime',
        keywords: '',
        group: s.groupName,
      })),
    );
  }

  /** A service's definition: its current fields as attributes. 404 SERVICE_NOT_FOUND when not offered. */
  async definition(code: string): Promise<Element> {
    const service = await this.offeredService(code);
    if (!service) throw AppError.notFound(R.SERVICE_NOT_FOUND);
    return {
      service_code: service.code,
      attributes: list(
        'attribute',
        service.fields.map((f, i) => ({
          variable: true,
          code: f.code,
          datatype: DATATYPE[f.kind],
          required: f.required,
          datatype_description: datatypeDescription(f),
          order: i + 1,
          description: f.label,
          values: list('value', valuesOf(f)),
        })),
      ),
    };
  }

  /**
   * GET requests: `service_request_id` (comma-separated references; the other filters are then
   * ignored, as the specification says), else `service_code` (comma-separated), `status`
   * (open/closed, comma-separated), `start_date`/`end_date` (default: the 90 days before now; at
   * most 90 days apart). Newest first, at most 1000.
   */
  async list(p: Params, baseUrl: string): Promise<ElementList> {
    const references = commaList(param(p, 'service_request_id'));
    if (references) {
      if (references.length > MAX_REQUESTS) throw badInput([bad('service_request_id', `at most ${MAX_REQUESTS} ids`)]);
      return this.render(
        await this.requests.publicFeed({ references: references.filter((r) => REFERENCE.test(r)), limit: MAX_REQUESTS }),
        baseUrl,
      );
    }
    const errors: FieldError[] = [];
    const start = this.date(p, 'start_date', errors);
    const end = this.date(p, 'end_date', errors);
    const statuses = this.statuses(p, errors);
    if (errors.length) throw badInput(errors);
    const to = end ?? (start ? new Date(start.getTime() + WINDOW_DAYS * DAY_MS) : this.clock.now());
    const from = start ?? new Date(to.getTime() - WINDOW_DAYS * DAY_MS);
    if (from.getTime() > to.getTime()) throw badInput([bad('end_date', 'must not be before start_date')]);
    if (to.getTime() - from.getTime() > WINDOW_DAYS * DAY_MS) {
      throw badInput([bad('end_date', `must be at most ${WINDOW_DAYS} days after start_date`)]);
    }
    let serviceIds: string[] | undefined;
    const codes = commaList(param(p, 'service_code'));
    if (codes) {
      const byCode = new Map((await this.catalogue.services(true)).filter(offeredThroughOpen311Ever).map((s) => [s.code, s.id]));
      serviceIds = codes.flatMap((c) => byCode.get(c) ?? []);
      // Only unknown codes: nothing matches (an empty list, not every service).
      if (!serviceIds.length) return list('request', []);
    }
    // end_date is inclusive in the specification: "latest datetime to include".
    const rows = await this.requests.publicFeed({ serviceIds, statuses, from, to: new Date(to.getTime() + 1), limit: MAX_REQUESTS });
    return this.render(rows, baseUrl);
  }

  /** One public request by its reference, as a one-item list. 404 REQUEST_NOT_FOUND otherwise (formalities included). */
  async one(reference: string, baseUrl: string): Promise<ElementList> {
    const rows = REFERENCE.test(reference) ? await this.requests.publicFeed({ references: [reference], limit: 1 }) : [];
    if (!rows.length) throw AppError.notFound(R.REQUEST_NOT_FOUND);
    return this.render(rows, baseUrl);
  }

  /**
   * `tokens/:token`: POSTs are answered synchronously with the request's id, so a token is that id;
   * it names itself. 404 REQUEST_NOT_FOUND when no public request has it.
   */
  async token(token: string): Promise<ElementList> {
    const rows = REFERENCE.test(token) ? await this.requests.publicFeed({ references: [token], limit: 1 }) : [];
    if (!rows.length) throw AppError.notFound(R.REQUEST_NOT_FOUND);
    return list('request', [{ service_request_id: rows[0].reference, token }]);
  }

  /**
   * POST requests: files a request with the key's placeholder account as its requester, the
   * person's contact kept privately with it (open311_submissions, in the same transaction). 403
   * for a missing, unknown or revoked key (checked and counted first), 429 beyond its rate, 400
   * naming each parameter at fault (nothing is filed then).
   */
  async create(p: Params): Promise<ElementList> {
    const { key, viewer } = await this.keys.authenticate(param(p, 'api_key'));
    const errors: FieldError[] = [];
    const code = param(p, 'service_code');
    const service = code ? await this.offeredService(code) : null;
    if (!code) errors.push(bad('service_code', 'is required'));
    else if (!service) errors.push(bad('service_code', 'is not a service offered here (see services.xml)'));

    const lat = this.number(p, 'lat', -90, 90, errors);
    const lng = this.number(p, 'long', -180, 180, errors);
    if ((lat === undefined) !== (lng === undefined) && !errors.some((e) => e.path === 'lat' || e.path === 'long')) {
      errors.push(bad(lat === undefined ? 'lat' : 'long', 'lat and long go together'));
    }
    const address = this.text(p, 'address_string', ADDRESS_MAX, errors);
    const addressId = this.text(p, 'address_id', 200, errors);
    if (lat === undefined && lng === undefined && !address && !addressId && !errors.some((e) => e.path === 'lat' || e.path === 'long')) {
      errors.push(bad('lat', 'a location is required: lat and long, address_string or address_id'));
    }
    const description = this.text(p, 'description', DESCRIPTION_MAX, errors);
    if (!description) errors.push(bad('description', 'is required'));
    const email = this.text(p, 'email', 254, errors);
    if (email && !EMAIL.test(email)) errors.push(bad('email', 'must be an e-mail address'));
    const firstName = this.text(p, 'first_name', 100, errors);
    const lastName = this.text(p, 'last_name', 100, errors);
    const phone = this.text(p, 'phone', 40, errors);
    const mediaUrl = this.text(p, 'media_url', 2000, errors);
    if (mediaUrl && !/^https?:\/\/\S+$/i.test(mediaUrl)) errors.push(bad('media_url', 'must be an http(s) URL'));
    const fieldValues = service ? this.attributes(p, service.fields, errors) : [];
    if (errors.length || !service || !description) throw badInput(errors);

    const input = {
      serviceId: service.id,
      description,
      location: lat !== undefined && lng !== undefined ? { lat, lng } : undefined,
      // A client's address id alone is not an address a person can read: it is kept with the submission.
      address: address ?? (addressId ? `Adresse n° ${addressId}` : undefined),
      fieldValues,
    };
    const request = await this.requests
      .create(viewer, input, async (tx, filed) => {
        await this.repo.insertSubmission(tx, {
          requestId: filed.id,
          apiKeyId: key.id,
          email: email?.toLowerCase() ?? null,
          firstName: firstName ?? null,
          lastName: lastName ?? null,
          phone: phone ?? null,
          addressId: addressId ?? null,
          mediaUrl: mediaUrl ?? null,
        });
        await this.repo.markUsed(tx, key.id, this.clock.now());
        // Nobody reads the placeholder account's notifications: it follows nothing (clients poll).
        await this.notifications.unfollow(tx, viewer.id, SERVICE_REQUEST_TARGET, filed.id);
      })
      .catch((error: unknown) => {
        throw error instanceof AppError && error.fields ? badInput(error.fields.map(toOpen311Field)) : error;
      });
    return list('request', [{ service_request_id: request.reference, service_notice: '', account_id: null }]);
  }

  // ---- internals ----

  private async offeredService(code: string): Promise<ServiceRow | null> {
    const found = await this.catalogue.serviceByCode(code);
    return found && offeredThroughOpen311(found) ? found : null;
  }

  /** The list document: services, departments, latest public notes and first public photos in one batch each. */
  private async render(rows: RequestRow[], baseUrl: string): Promise<ElementList> {
    if (!rows.length) return list('request', []);
    const services = this.catalogue.serviceLoader();
    const departments = this.commune.departmentById();
    const events = this.requests.eventsLoader();
    const images = this.media.imagesByTarget();
    const replyImages = this.requests.replyImageIdsLoader();
    const hiddenImages = this.requests.hiddenImagesLoader();
    const [svc, dep, evs, imgs, replies, hidden] = await Promise.all([
      services.loadMany(rows.map((r) => r.serviceId)),
      departments.loadMany(rows.map((r) => r.departmentId)),
      // The public view of each timeline: internal notes and residents' replies are not even read.
      events.loadMany(rows.map((r) => `${r.id}|${this.requests.accessOf(null, r)}`)),
      images.loadMany(rows.map((r) => imageTargetKey({ type: 'SERVICE_REQUEST', id: r.id }))),
      replyImages.loadMany(rows.map((r) => r.id)),
      hiddenImages.loadMany(rows.map((r) => r.id)),
    ]);
    const ok = <T>(v: T | Error): T | null => (v instanceof Error ? null : v);
    return list(
      'request',
      rows.map((r, i) => {
        const service = ok(svc[i]);
        const department = ok(dep[i]);
        const timeline = ok(evs[i]) ?? [];
        const note = [...timeline].reverse().find((e) => PUBLIC_UPDATE_KINDS.has(e.kind) && !e.byRequester && e.body);
        const replyOnly = ok(replies[i]) ?? new Set<string>();
        const hiddenOnes = ok(hidden[i]) ?? new Map();
        const photo = (ok(imgs[i]) ?? []).find((img) => !replyOnly.has(img.id) && !hiddenOnes.has(img.id));
        const photoUrl = photo ? this.media.urlOf(photo.id, 'large') : null;
        return {
          service_request_id: r.reference,
          status: CLOSED.includes(r.status) ? 'closed' : 'open',
          status_notes: note?.body ?? null,
          service_name: service?.name ?? null,
          service_code: service?.code ?? null,
          description: r.description,
          agency_responsible: department?.name ?? null,
          service_notice: null,
          requested_datetime: formatDateTime(r.createdAt),
          updated_datetime: formatDateTime(r.updatedAt),
          expected_datetime: OPEN.includes(r.status) ? formatDateTime(this.requests.expectedAt(r)) : null,
          address: r.address,
          address_id: null,
          zipcode: null,
          lat: r.lat,
          long: r.lng,
          media_url: photoUrl ? (photoUrl.startsWith('/') ? `${baseUrl}${photoUrl}` : photoUrl) : null,
        };
      }),
    );
  }

  private date(p: Params, name: string, errors: FieldError[]): Date | undefined {
    const text = param(p, name);
    if (text === undefined) return undefined;
    const d = parseDateTime(text);
    if (!d) errors.push(bad(name, 'must be an ISO 8601 date-time, e.g. 2026-11-01T08:30:00+01:00'));
    return d ?? undefined;
  }

  private statuses(p: Params, errors: FieldError[]): S[] | undefined {
    const asked = commaList(param(p, 'status')?.toLowerCase());
    if (!asked) return undefined;
    const wrong = asked.filter((s) => s !== 'open' && s !== 'closed');
    if (wrong.length) {
      errors.push(bad('status', 'must be open, closed or both (comma-separated)'));
      return undefined;
    }
    return [...(asked.includes('open') ? OPEN : []), ...(asked.includes('closed') ? CLOSED : [])];
  }

  private number(p: Params, name: string, min: number, max: number, errors: FieldError[]): number | undefined {
    const text = param(p, name);
    if (text === undefined) return undefined;
    const n = /^[-+]?\d{1,3}(\.\d{1,15})?$/.test(text) ? Number(text) : NaN;
    if (!Number.isFinite(n) || n < min || n > max) {
      errors.push(bad(name, `must be a number between ${min} and ${max}`));
      return undefined;
    }
    return n;
  }

  private text(p: Params, name: string, max: number, errors: FieldError[]): string | undefined {
    const raw = p[name];
    if (Array.isArray(raw)) {
      errors.push(bad(name, 'must be given once'));
      return undefined;
    }
    const text = param(p, name);
    if (text !== undefined && text.length > max) {
      errors.push(bad(name, `must be at most ${max} characters`));
      return undefined;
    }
    return text;
  }

  /**
   * `attribute[CODE]` and `attribute[CODE][]` (repeated for lists) into the service's field values.
   * A datetime is read leniently and kept as its date; a list may carry only one value (our fields
   * hold one). Unknown codes are refused, naming the key.
   */
  private attributes(p: Params, fields: FieldDefinition[], errors: FieldError[]): { code: string; value: string }[] {
    const byCode = new Map(fields.map((f) => [f.code, f]));
    const values: { code: string; value: string }[] = [];
    for (const [key, raw] of Object.entries(p)) {
      const m = /^attribute\[([^\]]*)\](\[\])?$/.exec(key);
      if (!m) continue;
      const [, code, asList] = m;
      const name = `attribute[${code}]`;
      const field = byCode.get(code);
      if (!field) {
        errors.push(bad(name, 'is not an attribute of this service (see its service definition)'));
        continue;
      }
      const given = (Array.isArray(raw) ? raw : [raw]).map((v) => scalar(v)?.trim() ?? '').filter(Boolean);
      if (given.length > 1) {
        errors.push(bad(asList ? `${name}[]` : name, 'takes one value'));
        continue;
      }
      if (values.some((v) => v.code === code)) {
        errors.push(bad(name, 'is given twice'));
        continue;
      }
      let value = given[0] ?? '';
      if (value && field.kind === ServiceFieldKind.DATE) {
        const d = /^\d{4}-\d{2}-\d{2}$/.test(value)
          ? value
          : parseDateTime(value)
            ? formatDateTime(parseDateTime(value)!).slice(0, 10)
            : null;
        if (!d) {
          errors.push(bad(name, 'must be an ISO 8601 date'));
          continue;
        }
        value = d;
      }
      values.push({ code, value });
    }
    return values;
  }
}

/** A service Open311 offers: active, its requests public (reports; formalities never are). */
function offeredThroughOpen311(s: ServiceRow): boolean {
  return s.active && offeredThroughOpen311Ever(s);
}

/** A service whose requests Open311 may list (a withdrawn one's old requests stay listed). */
function offeredThroughOpen311Ever(s: ServiceRow): boolean {
  return s.requestsPublic && s.kind === ServiceKind.REPORT;
}

function datatypeDescription(f: FieldDefinition): string {
  const help = f.description?.trim();
  if (help) return help;
  switch (f.kind) {
    case ServiceFieldKind.TEXT:
      return `Texte, ${f.maxLength ?? 1000} caractères au plus`;
    case ServiceFieldKind.NUMBER:
      return f.min != null || f.max != null ? `Nombre de ${f.min ?? '…'} à ${f.max ?? '…'}` : 'Nombre';
    case ServiceFieldKind.DATE:
      return 'Date (AAAA-MM-JJ)';
    case ServiceFieldKind.SINGLE_CHOICE:
      return 'Une des valeurs proposées';
    case ServiceFieldKind.YES_NO:
      return 'true (oui) ou false (non)';
  }
}

function valuesOf(f: FieldDefinition): Element[] {
  if (f.kind === ServiceFieldKind.SINGLE_CHOICE) return (f.options ?? []).map((o) => ({ key: o.value, name: o.label }));
  if (f.kind === ServiceFieldKind.YES_NO) {
    return [
      { key: 'true', name: 'Oui' },
      { key: 'false', name: 'Non' },
    ];
  }
  return [];
}

/** The service-request domain's input paths as the Open311 parameters they came from. */
function toOpen311Field(f: FieldError): FieldError {
  const path = f.path
    .replace(/^input\.fieldValues\.(.+)$/, 'attribute[$1]')
    .replace(/^input\.location(\..*)?$/, 'lat')
    .replace(/^input\.address$/, 'address_string')
    .replace(/^input\.serviceId$/, 'service_code')
    .replace(/^input\./, '');
  return { ...f, path };
}
