import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One address the local geocoder knows. */
export interface KnownAddress {
  label: string;
  city: string;
  lat: number;
  lng: number;
}

/** A few addresses of the demo commune, Parvis-sur-Loire (by the Loire, near Orléans). */
export const ADDRESSES: KnownAddress[] = [
  { label: '8 Rue de la Loire 45000 Parvis-sur-Loire', city: 'Parvis-sur-Loire', lat: 47.9021, lng: 1.9093 },
  { label: '12 Place du Marché 45000 Parvis-sur-Loire', city: 'Parvis-sur-Loire', lat: 47.9045, lng: 1.9051 },
  { label: '3 Avenue des Tilleuls 45000 Parvis-sur-Loire', city: 'Parvis-sur-Loire', lat: 47.9102, lng: 1.9154 },
  { label: '27 Rue Jeanne d’Arc 45000 Parvis-sur-Loire', city: 'Parvis-sur-Loire', lat: 47.8998, lng: 1.9012 },
  { label: '1 Quai du Roi 45000 Parvis-sur-Loire', city: 'Parvis-sur-Loire', lat: 47.8985, lng: 1.912 },
];

const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[’']/g, ' ');

/**
 * A local geocoder for tests, speaking the Base Adresse Nationale's format over a fixed list:
 * `GET /search/?q=…&limit=…` (every word of q found in the label, accents and case ignored) and
 * `GET /reverse/?lon=…&lat=…` (the nearest address), both GeoJSON FeatureCollections with
 * `properties.label`, `properties.city` and `geometry.coordinates` [lon, lat]. `down()` makes it
 * answer 503, `slow(ms)` delays its answers; `requests` lists what it was asked.
 */
export class GeocoderServer {
  readonly requests: string[] = [];
  private status = 200;
  private delayMs = 0;

  private constructor(
    private readonly server: Server,
    readonly url: string,
  ) {}

  static async start(addresses: KnownAddress[] = ADDRESSES): Promise<GeocoderServer> {
    let self: GeocoderServer | null = null;
    const server = createServer((req, res) => {
      const g = self as GeocoderServer;
      const url = new URL(req.url ?? '/', 'http://localhost');
      g.requests.push(`${url.pathname}${url.search}`);
      const answer = (body: unknown) => {
        const send = () => {
          if (res.destroyed) return;
          if (g.status !== 200) {
            res.writeHead(g.status, { 'Content-Type': 'text/plain' }).end('unavailable');
            return;
          }
          res.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify(body));
        };
        if (g.delayMs) setTimeout(send, g.delayMs);
        else send();
      };
      const features = (list: KnownAddress[]) => ({
        type: 'FeatureCollection',
        version: 'draft',
        features: list.map((a) => ({
          type: 'Feature',
          geometry: { type: 'Point', coordinates: [a.lng, a.lat] },
          properties: { label: a.label, city: a.city, score: 0.9, type: 'housenumber' },
        })),
        attribution: 'BAN',
        licence: 'ETALAB-2.0',
      });
      if (url.pathname === '/search/') {
        const q = url.searchParams.get('q') ?? '';
        const limit = Number(url.searchParams.get('limit') ?? '5');
        if (q.trim().length < 3) {
          res.writeHead(400, { 'Content-Type': 'application/json' }).end('{"code":400,"message":"q must contain at least 3 chars"}');
          return;
        }
        const words = fold(q).split(/\s+/).filter(Boolean);
        const found = addresses.filter((a) => words.every((w) => fold(a.label).includes(w)));
        answer(features(found.slice(0, limit)));
        return;
      }
      if (url.pathname === '/reverse/') {
        const lat = Number(url.searchParams.get('lat'));
        const lon = Number(url.searchParams.get('lon'));
        const nearest = [...addresses].sort((a, b) => Math.hypot(a.lat - lat, a.lng - lon) - Math.hypot(b.lat - lat, b.lng - lon))[0];
        answer(features(nearest ? [nearest] : []));
        return;
      }
      res.writeHead(404).end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    self = new GeocoderServer(server, `http://127.0.0.1:${port}`);
    return self;
  }

  /** Answers 503 from now on (`up()` to come back). */
  down(): void {
    this.status = 503;
  }

  up(): void {
    this.status = 200;
    this.delayMs = 0;
  }

  /** Waits this long before each answer. */
  slow(ms: number): void {
    this.delayMs = ms;
  }

  close(): Promise<void> {
    this.server.closeAllConnections();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}
