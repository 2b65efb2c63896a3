import { createHash } from 'node:crypto';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { stringify } from 'csv-stringify';
import type { Request, Response } from 'express';
import type { Pool, PoolClient } from 'pg';
import QueryStream from 'pg-query-stream';
import type { DataSource } from 'typeorm';
import { Capability } from '../capability';

/**
 * A generic open-data file: one dataset described once (its columns, their types and meaning),
 * served as CSV and JSON from the same stream of rows, with its Table Schema (Frictionless, the
 * format of schema.data.gouv.fr), validators (`ETag`, `Last-Modified`) and a 304 when unchanged.
 * Nothing here knows a domain: each domain declares its datasets in its own folder with
 * `OpenDataDataset(name)` on a provider implementing `OpenDataProvider`, and the `open-data/`
 * controller serves every one of them at `/open-data/<name>.csv|json` and lists them at `/open-data`.
 */

/** Table Schema field types used here (https://specs.frictionlessdata.io/table-schema/#types-and-formats). */
export type OpenDataFieldType = 'string' | 'integer' | 'number' | 'boolean' | 'datetime';

export interface OpenDataField {
  name: string;
  title: string;
  description: string;
  type: OpenDataFieldType;
  example?: string;
  constraints?: { required?: boolean; unique?: boolean; minimum?: number; maximum?: number; enum?: string[]; maxLength?: number };
}

export interface OpenDataset {
  /** Slug: the files are `<name>.csv`, `<name>.json` and `schemas/<name>.json`. */
  name: string;
  title: string;
  description: string;
  version: string;
  fields: OpenDataField[];
  primaryKey?: string[];
}

/** One row: a value (or null) for each field, by field name. */
export type OpenDataRow = Record<string, string | number | boolean | null>;

/** The dataset's Table Schema, in the form schema.data.gouv.fr publishes. */
export function tableSchemaOf(d: OpenDataset): Record<string, unknown> {
  return {
    $schema: 'https://frictionlessdata.io/schemas/table-schema.json',
    name: d.name,
    title: d.title,
    description: d.description,
    version: d.version,
    countryCode: 'FR',
    encoding: 'utf-8',
    missingValues: [''],
    fields: d.fields.map((f) => ({
      name: f.name,
      title: f.title,
      description: f.description,
      type: f.type,
      ...(f.type === 'boolean' ? { trueValues: ['true'], falseValues: ['false'] } : {}),
      ...(f.type === 'datetime' ? { format: 'default' } : {}),
      ...(f.example !== undefined ? { example: f.example } : {}),
      constraints: { required: false, ...f.constraints },
    })),
    ...(d.primaryKey ? { primaryKey: d.primaryKey } : {}),
  };
}

/** Validators of a dataset's current state: its newest relevant change and a fingerprint of it. */
export interface OpenDataVersion {
  lastModified: Date;
  /** Anything that changes whenever the content may have (counts, newest change, ids…). */
  fingerprint: string;
}

/** A stream of rows from a database cursor; `release(failed)` must be called whatever happens. */
export interface OpenDataRows {
  rows: Readable;
  release: (failed?: boolean) => void;
}

const etagOf = (d: OpenDataset, format: string, v: OpenDataVersion) =>
  `"${createHash('sha256').update(`${d.name}|${d.version}|${format}|${v.fingerprint}`).digest('base64url').slice(0, 32)}"`;

/** Whether the client's copy is current (If-None-Match first, else If-Modified-Since, to the second). */
function notModified(req: Request, etag: string, lastModified: Date): boolean {
  const inm = req.headers['if-none-match'];
  if (inm) return inm.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag || tag.trim() === '*');
  const ims = req.headers['if-modified-since'];
  if (ims) {
    const since = Date.parse(ims);
    return !Number.isNaN(since) && Math.floor(lastModified.getTime() / 1000) <= Math.floor(since / 1000);
  }
  return false;
}

/**
 * Sends the dataset as CSV (header row, comma, UTF-8, booleans `true`/`false`, null as an empty
 * cell) or JSON (an array of objects with the fields in order), streamed with backpressure: the
 * rows are opened only when the client's copy is not current.
 */
export async function sendOpenData(
  req: Request,
  res: Response,
  d: OpenDataset,
  format: 'csv' | 'json',
  version: OpenDataVersion,
  open: () => Promise<OpenDataRows>,
): Promise<void> {
  const etag = etagOf(d, format, version);
  res.setHeader('ETag', etag);
  res.setHeader('Last-Modified', version.lastModified.toUTCString());
  res.setHeader('Cache-Control', 'public, max-age=0, must-revalidate');
  res.setHeader('Access-Control-Allow-Origin', '*');
  res.setHeader('Link', `</open-data/schemas/${d.name}.json>; rel="describedby"`);
  if (notModified(req, etag, version.lastModified)) {
    res.status(304).end();
    return;
  }
  res.setHeader('Content-Type', format === 'csv' ? 'text/csv; charset=utf-8' : 'application/json; charset=utf-8');
  res.setHeader('Content-Disposition', `inline; filename="${d.name}.${format}"`);
  const names = d.fields.map((f) => f.name);
  const { rows, release } = await open();
  const encode =
    format === 'csv'
      ? [
          new Transform({
            objectMode: true,
            transform(row: OpenDataRow, _enc, done) {
              done(
                null,
                names.map((n) => {
                  const v = row[n];
                  return v === null || v === undefined ? '' : String(v);
                }),
              );
            },
          }),
          stringify({ header: true, columns: names }),
        ]
      : [jsonArray(names)];
  let failed = false;
  try {
    await pipeline([rows, ...encode, res]);
  } catch (error) {
    failed = true;
    // Once the first bytes are out the status is sent: a failure (or a client gone) can only cut the file short.
    if (!res.headersSent) throw error;
    res.destroy();
  } finally {
    release(failed);
  }
}

/** Rows to a JSON array of objects, keys in the dataset's order. */
function jsonArray(names: string[]): Transform {
  let first = true;
  return new Transform({
    writableObjectMode: true,
    transform(row: OpenDataRow, _enc, done) {
      const ordered = Object.fromEntries(names.map((n) => [n, row[n] ?? null]));
      done(null, (first ? '[\n' : ',\n') + JSON.stringify(ordered));
      first = false;
    },
    flush(done) {
      done(null, first ? '[]\n' : '\n]\n');
    },
  });
}

/** What a domain gives for one of its datasets: its description, its validators and its rows. */
export interface OpenDataProvider {
  readonly dataset: OpenDataset;
  /** Cheap (one aggregate query): decides the 304 before any row is read. */
  version(): Promise<OpenDataVersion>;
  /** The rows in a stable order, from a cursor: never all in memory. */
  rows(): Promise<OpenDataRows>;
}

export const OPEN_DATA_DATASETS = new Capability<OpenDataProvider>('open data dataset');

/** Declares the decorated provider as the open-data dataset `name` (its files: `<name>.csv|json`). */
export const OpenDataDataset = (name: string) => OPEN_DATA_DATASETS.provider(name);

/**
 * Rows of `sql` read through a server-side cursor (`batchSize` rows at a time, backpressure from
 * the response), each mapped by `map`, on a connection of its own: `release(failed)` returns it
 * (or closes it when the stream was cut short).
 */
export async function streamRows<T>(
  dataSource: DataSource,
  sql: string,
  params: unknown[],
  map: (row: T) => OpenDataRow,
  batchSize = 500,
): Promise<OpenDataRows> {
  const pool = (dataSource.driver as unknown as { master: Pool }).master;
  const client: PoolClient = await pool.connect();
  const stream = client.query(new QueryStream(sql, params, { batchSize }));
  const rows = stream.pipe(
    new Transform({
      objectMode: true,
      transform(row: T, _enc, done) {
        try {
          done(null, map(row));
        } catch (error) {
          done(error as Error);
        }
      },
    }),
  );
  stream.on('error', (e) => rows.destroy(e));
  let released = false;
  return {
    rows,
    release: (failed = false) => {
      if (released) return;
      released = true;
      client.release(failed ? new Error('export interrupted') : undefined);
    },
  };
}

/** A timestamp column as the files write it: UTC ISO 8601 to the millisecond (SQL side). */
export const isoSql = (column: string) => `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

/**
 * Validators from one row of aggregates (`sql` answers one row): Last-Modified is its newest
 * timestamp, the fingerprint all its values (counts, newest changes, hashes…).
 */
export async function openDataVersionOf(dataSource: DataSource, sql: string, params: unknown[]): Promise<OpenDataVersion> {
  const [v] = (await dataSource.query(sql, params)) as Record<string, unknown>[];
  const stamps = Object.values(v).filter((x): x is Date => x instanceof Date);
  const lastModified = new Date(Math.max(0, ...stamps.map((d) => d.getTime())));
  const fingerprint = Object.values(v)
    .map((x) => (x instanceof Date ? x.toISOString() : String(x ?? '')))
    .join('|');
  return { lastModified, fingerprint };
}
