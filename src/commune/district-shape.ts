/**
 * District shapes: GeoJSON geometries (RFC 7946) as admins paste them, checked and reduced to what
 * `districtAt` needs. Accepted: a Polygon or MultiPolygon geometry, or a Feature holding one (its
 * properties are dropped). Positions are [longitude, latitude] in WGS 84; an altitude is dropped.
 * Every ring is closed (first position = last) and has at least three distinct positions; the first
 * ring of a polygon is its outline, the others its holes.
 * Not checked: self-intersecting rings and holes outside their outline (a map tool makes neither;
 * a bad one only makes `districtAt` answer oddly inside it).
 */

export type Position = [number, number];
export type Ring = Position[];
export interface DistrictShape {
  type: 'Polygon' | 'MultiPolygon';
  coordinates: Ring[] | Ring[][];
}

/** What goes to the `district_rings` table: PostgreSQL polygon text, `((x,y),…)` with x = longitude. */
export interface ShapeRing {
  part: number;
  ring: number;
  outline: string;
}

export const MAX_SHAPE_POSITIONS = 20_000;
export const MAX_SHAPE_PARTS = 200;
export const MAX_SHAPE_TEXT = 1_000_000;

export class ShapeError extends Error {}

/** Parses and checks a GeoJSON text; throws ShapeError with a sentence naming what is wrong. */
export function parseDistrictShape(text: string): DistrictShape {
  if (text.length > MAX_SHAPE_TEXT) throw new ShapeError(`is longer than ${MAX_SHAPE_TEXT} characters`);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new ShapeError('is not JSON');
  }
  return checkGeometry(value);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function checkGeometry(value: unknown): DistrictShape {
  if (!isObject(value)) throw new ShapeError('must be a GeoJSON object');
  if (value.type === 'Feature') {
    if (!isObject(value.geometry)) throw new ShapeError('is a Feature without a geometry');
    return checkGeometry(value.geometry);
  }
  const counter = { positions: 0 };
  if (value.type === 'Polygon') return { type: 'Polygon', coordinates: checkPolygon(value.coordinates, 'the polygon', counter) };
  if (value.type === 'MultiPolygon') {
    const parts = value.coordinates;
    if (!Array.isArray(parts) || parts.length === 0) throw new ShapeError('a MultiPolygon needs at least one polygon');
    if (parts.length > MAX_SHAPE_PARTS) throw new ShapeError(`has more than ${MAX_SHAPE_PARTS} polygons`);
    return { type: 'MultiPolygon', coordinates: parts.map((p, i) => checkPolygon(p, `polygon ${i + 1}`, counter)) };
  }
  throw new ShapeError('must be a GeoJSON Polygon or MultiPolygon (or a Feature holding one)');
}

function checkPolygon(value: unknown, name: string, counter: { positions: number }): Ring[] {
  if (!Array.isArray(value) || value.length === 0) throw new ShapeError(`${name} needs at least its outer ring`);
  if (value.length > MAX_SHAPE_PARTS) throw new ShapeError(`${name} has more than ${MAX_SHAPE_PARTS} rings`);
  return value.map((ring, i) => checkRing(ring, i === 0 ? `the outer ring of ${name}` : `hole ${i} of ${name}`, counter));
}

function checkRing(value: unknown, name: string, counter: { positions: number }): Ring {
  if (!Array.isArray(value)) throw new ShapeError(`${name} must be a list of positions`);
  counter.positions += value.length;
  if (counter.positions > MAX_SHAPE_POSITIONS) throw new ShapeError(`has more than ${MAX_SHAPE_POSITIONS} positions`);
  const ring = value.map((p, i) => checkPosition(p, `position ${i + 1} of ${name}`));
  if (ring.length < 4) throw new ShapeError(`${name} needs at least 4 positions (a triangle, closed)`);
  const [first, last] = [ring[0], ring[ring.length - 1]];
  if (first[0] !== last[0] || first[1] !== last[1]) throw new ShapeError(`${name} is not closed: its last position must repeat its first`);
  if (new Set(ring.map(([x, y]) => `${x},${y}`)).size < 3) throw new ShapeError(`${name} needs at least 3 distinct positions`);
  return ring;
}

function checkPosition(value: unknown, name: string): Position {
  if (!Array.isArray(value) || value.length < 2 || value.length > 3 || !value.every((n) => typeof n === 'number' && Number.isFinite(n))) {
    throw new ShapeError(`${name} must be [longitude, latitude]`);
  }
  const [lng, lat] = value as number[];
  if (lng < -180 || lng > 180) throw new ShapeError(`${name} has a longitude outside -180…180`);
  if (lat < -90 || lat > 90) throw new ShapeError(`${name} has a latitude outside -90…90`);
  return [lng, lat];
}

/** The rings of a checked shape, as PostgreSQL polygons. */
export function shapeRings(shape: DistrictShape): ShapeRing[] {
  const parts = shape.type === 'Polygon' ? [shape.coordinates as Ring[]] : (shape.coordinates as Ring[][]);
  return parts.flatMap((rings, part) =>
    rings.map((ring, index) => ({ part, ring: index, outline: `(${ring.map(([x, y]) => `(${x},${y})`).join(',')})` })),
  );
}
