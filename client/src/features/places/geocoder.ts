/** A point, in degrees (WGS 84). */
export interface Point {
  lat: number;
  lng: number;
}

/** An address the geocoder found: its full label and its point. */
export interface Place extends Point {
  label: string;
  city: string | null;
}

/** Why there are no results: the geocoder is down or slow, the resident asks too fast, or another refusal. */
export type GeocoderFailure = 'unavailable' | 'rateLimited' | 'refused';

export class GeocoderError extends Error {
  constructor(readonly failure: GeocoderFailure) {
    super(failure);
    this.name = 'GeocoderError';
  }
}

/** Six decimals: about 10 cm, more than any phone knows; what the server stores. */
export const round6 = (n: number) => Math.round(n * 1e6) / 1e6;

async function ask(path: string, params: Record<string, string>, signal?: AbortSignal): Promise<Place[]> {
  let response: Response;
  try {
    response = await fetch(`${path}?${new URLSearchParams(params).toString()}`, { signal, headers: { accept: 'application/json' } });
  } catch (error) {
    if ((error as Error).name === 'AbortError') throw error;
    throw new GeocoderError('unavailable');
  }
  if (response.status === 429) throw new GeocoderError('rateLimited');
  if (response.status >= 500) throw new GeocoderError('unavailable');
  if (!response.ok) throw new GeocoderError('refused');
  const body = (await response.json()) as { results?: Place[] };
  return body.results ?? [];
}

/**
 * Addresses matching `query` through this server's proxy of the Base Adresse Nationale
 * (`GET /geocoder/search`), nearest `near` first when given.
 */
export function searchAddresses(query: string, near: Point | null, signal?: AbortSignal): Promise<Place[]> {
  const params: Record<string, string> = { q: query.trim(), limit: '5' };
  if (near) {
    params.lat = String(round6(near.lat));
    params.lon = String(round6(near.lng));
  }
  return ask('/geocoder/search', params, signal);
}

/** The address nearest a point (`GET /geocoder/reverse`), or null when there is none. */
export async function reverseGeocode(point: Point, signal?: AbortSignal): Promise<Place | null> {
  const [first] = await ask('/geocoder/reverse', { lat: String(round6(point.lat)), lon: String(round6(point.lng)) }, signal);
  return first ?? null;
}

/** Queries the geocoder accepts: 3 characters or more, starting with a letter or a digit. */
export function searchable(query: string): boolean {
  const q = query.trim();
  return q.length >= 3 && q.length <= 200 && /^[\p{L}\p{N}]/u.test(q);
}
