import { Inject, Injectable, Logger } from '@nestjs/common';
import { RateLimiterAbstract, RateLimiterRes } from 'rate-limiter-flexible';
import { AppError, FieldError } from '../common/app-error';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { RateLimits } from '../redis/rate-limits';

/** One address as the client gets it: what to show and where it is. */
export interface GeocodedPlace {
  /** The full address as the geocoder writes it (« 8 Rue de la Loire 45000 Parvis-sur-Loire »). */
  label: string;
  /** The commune's name, when the geocoder gives it. */
  city: string | null;
  lat: number;
  lng: number;
}

/** What the geocoder answered: places, or why there are none (the controller's HTTP status). */
export type GeocoderAnswer =
  { ok: true; results: GeocodedPlace[] } | { ok: false; status: 502 | 503; reason: 'GEOCODER_UNAVAILABLE' | 'GEOCODER_BAD_ANSWER' };

/** Raw query parameters (Express gives strings, arrays for repeated ones, or nothing). */
type Param = unknown;

const CONTROL = /[\u0000-\u001f\u007f]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
/** The Base Adresse Nationale refuses queries under 3 characters, or not starting with a letter or digit. */
const MIN_QUERY = 3;
const MAX_QUERY = 200;
const MAX_LIMIT = 10;

/**
 * The address search, proxied: the browser asks this server (`GET /geocoder/search`, `/reverse`),
 * which asks GEOCODER_URL (the Base Adresse Nationale's API or one speaking its format). Residents'
 * IP addresses and what they type reach only the town hall's server, the CSP keeps `connect-src`
 * on this origin, and the answer is cut down to label, city and point. Each IP has
 * GEOCODER_MAX_PER_MINUTE look-ups a minute (RATE_LIMITED beyond), counted before the call; the
 * geocoder has GEOCODER_TIMEOUT_MS to answer (503 GEOCODER_UNAVAILABLE after, or when unreachable;
 * 502 GEOCODER_BAD_ANSWER when it answers something else than a FeatureCollection).
 */
@Injectable()
export class GeocoderService {
  private readonly logger = new Logger('Geocoder');
  private readonly perIp: RateLimiterAbstract;
  private readonly base: string;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    limits: RateLimits,
  ) {
    this.perIp = limits.limiter('geocoder-ip', config.GEOCODER_MAX_PER_MINUTE, 60);
    this.base = config.GEOCODER_URL.replace(/\/+$/, '');
  }

  /**
   * Addresses matching `q` (3 to 200 characters), nearest `lat`/`lon` first when given (both or
   * neither), at most `limit` (1 to 10, default 5). BAD_USER_INPUT naming the parameter otherwise.
   */
  async search(ip: string, params: { q: Param; limit: Param; lat: Param; lon: Param }): Promise<GeocoderAnswer> {
    const errors: FieldError[] = [];
    const q = text(params.q, 'q', errors);
    const limit = params.limit === undefined ? 5 : integer(params.limit, 'limit', 1, MAX_LIMIT, errors);
    const near =
      params.lat === undefined && params.lon === undefined
        ? null
        : { lat: number(params.lat, 'lat', 90, errors), lon: number(params.lon, 'lon', 180, errors) };
    if (errors.length) throw AppError.badInput('INVALID_INPUT', errors);
    const url = new URL(`${this.base}/search/`);
    url.searchParams.set('q', q as string);
    url.searchParams.set('limit', String(limit));
    if (near) {
      url.searchParams.set('lat', String(near.lat));
      url.searchParams.set('lon', String(near.lon));
    }
    await this.count(ip);
    return this.ask(url, limit as number);
  }

  /** The address nearest the point (`lat` -90 to 90, `lon` -180 to 180), as a list of one or none. */
  async reverse(ip: string, params: { lat: Param; lon: Param }): Promise<GeocoderAnswer> {
    const errors: FieldError[] = [];
    const lat = number(params.lat, 'lat', 90, errors);
    const lon = number(params.lon, 'lon', 180, errors);
    if (errors.length) throw AppError.badInput('INVALID_INPUT', errors);
    const url = new URL(`${this.base}/reverse/`);
    url.searchParams.set('lon', String(lon));
    url.searchParams.set('lat', String(lat));
    await this.count(ip);
    return this.ask(url, 1);
  }

  private async count(ip: string): Promise<void> {
    try {
      await this.perIp.consume(ip);
    } catch (res) {
      const ms = res instanceof RateLimiterRes ? res.msBeforeNext : 60_000;
      throw new AppError('RATE_LIMITED', 'TOO_MANY_GEOCODER_REQUESTS', undefined, { retryAfterSeconds: Math.ceil(ms / 1000) });
    }
  }

  private async ask(url: URL, limit: number): Promise<GeocoderAnswer> {
    let response: Response;
    try {
      response = await fetch(url, {
        headers: { accept: 'application/json' },
        signal: AbortSignal.timeout(this.config.GEOCODER_TIMEOUT_MS),
        redirect: 'error',
      });
    } catch (err) {
      this.logger.warn({ err: (err as Error).message, host: url.host }, 'geocoder unreachable');
      return { ok: false, status: 503, reason: 'GEOCODER_UNAVAILABLE' };
    }
    if (response.status === 429 || response.status >= 500) {
      await response.body?.cancel();
      this.logger.warn({ status: response.status, host: url.host }, 'geocoder unavailable');
      return { ok: false, status: 503, reason: 'GEOCODER_UNAVAILABLE' };
    }
    let body: unknown;
    try {
      body = response.ok ? await response.json() : null;
    } catch {
      body = null;
    }
    const results = placesOf(body);
    if (!results) {
      this.logger.warn({ status: response.status, host: url.host }, 'geocoder answered something else than a FeatureCollection');
      return { ok: false, status: 502, reason: 'GEOCODER_BAD_ANSWER' };
    }
    return { ok: true, results: results.slice(0, limit) };
  }
}

/** The places of a BAN answer (a GeoJSON FeatureCollection of points), or null if it is not one. */
export function placesOf(body: unknown): GeocodedPlace[] | null {
  if (!isObject(body) || body.type !== 'FeatureCollection' || !Array.isArray(body.features)) return null;
  const places: GeocodedPlace[] = [];
  for (const feature of body.features as unknown[]) {
    if (!isObject(feature) || !isObject(feature.geometry) || !isObject(feature.properties)) continue;
    const coordinates = feature.geometry.coordinates;
    const label = feature.properties.label;
    const city = feature.properties.city;
    if (!Array.isArray(coordinates) || typeof label !== 'string' || !label.trim()) continue;
    const [lng, lat] = coordinates as unknown[];
    if (typeof lat !== 'number' || typeof lng !== 'number' || Math.abs(lat) > 90 || Math.abs(lng) > 180) continue;
    places.push({ label: label.slice(0, 300), city: typeof city === 'string' ? city.slice(0, 120) : null, lat, lng });
  }
  return places;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function text(value: Param, path: string, errors: FieldError[]): string | null {
  if (typeof value !== 'string' || !value.trim()) {
    errors.push({ path, constraint: 'required', message: `${path} is required (one value)` });
    return null;
  }
  const v = value.trim();
  if (CONTROL.test(v)) errors.push({ path, constraint: 'isWellFormedText', message: `${path} must not contain control characters` });
  else if (v.length < MIN_QUERY)
    errors.push({ path, constraint: 'minLength', message: `${path} must be at least ${MIN_QUERY} characters` });
  else if (v.length > MAX_QUERY) errors.push({ path, constraint: 'maxLength', message: `${path} must be at most ${MAX_QUERY} characters` });
  else if (!/^[\p{L}\p{N}]/u.test(v)) errors.push({ path, constraint: 'matches', message: `${path} must start with a letter or a digit` });
  return v;
}

function number(value: Param, path: string, max: number, errors: FieldError[]): number | null {
  const n = typeof value === 'string' && /^\s*-?\d+(\.\d+)?\s*$/.test(value) ? Number(value) : NaN;
  if (!Number.isFinite(n) || Math.abs(n) > max) {
    errors.push({ path, constraint: 'range', message: `${path} must be a number from -${max} to ${max}` });
    return null;
  }
  return n;
}

function integer(value: Param, path: string, min: number, max: number, errors: FieldError[]): number | null {
  const n = typeof value === 'string' && /^\s*\d{1,3}\s*$/.test(value) ? Number(value) : NaN;
  if (!Number.isInteger(n) || n < min || n > max) {
    errors.push({ path, constraint: 'range', message: `${path} must be a whole number from ${min} to ${max}` });
    return null;
  }
  return n;
}
