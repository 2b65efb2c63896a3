/**
 * How Open311 GeoReport v2 documents are written: XML (the format the specification requires) and
 * JSON, from one plain description of the document, so both formats always carry the same fields.
 * XML is written by hand with every text escaped and the characters XML 1.0 cannot carry removed
 * (a control character in a description would otherwise make the whole list unreadable); element
 * names are ours, never the client's.
 */

export type Format = 'xml' | 'json';

/** A value of a document: text, a number, a boolean, a nested element, or a list of elements. */
export type Value = string | number | boolean | null | undefined | Element | ElementList;
export interface Element {
  [name: string]: Value;
}
/** A list written in XML as one child element per item, named `itemName`; in JSON as an array. */
export interface ElementList {
  itemName: string;
  items: Value[];
}

export const list = (itemName: string, items: Value[]): ElementList => ({ itemName, items });

const isList = (v: Value): v is ElementList => typeof v === 'object' && v !== null && 'itemName' in v && Array.isArray(v.items);

/** Characters XML 1.0 allows (tab, newline, carriage return, and from space on, minus the surrogates and U+FFFE/U+FFFF). */
const NOT_XML = /[^\x09\x0A\x0D\x20-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

export function escapeXml(text: string): string {
  return text
    .replace(NOT_XML, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

function xmlValue(name: string, v: Value, out: string[]): void {
  if (v === undefined) return;
  if (v === null) {
    out.push(`<${name}/>`);
  } else if (isList(v)) {
    out.push(`<${name}>`);
    for (const item of v.items) xmlValue(v.itemName, item, out);
    out.push(`</${name}>`);
  } else if (typeof v === 'object') {
    out.push(`<${name}>`);
    for (const [k, child] of Object.entries(v)) xmlValue(k, child, out);
    out.push(`</${name}>`);
  } else {
    out.push(`<${name}>${escapeXml(String(v))}</${name}>`);
  }
}

function jsonValue(v: Value): unknown {
  if (v === undefined || v === null) return null;
  if (isList(v)) return v.items.map(jsonValue);
  if (typeof v === 'object') {
    const o: Record<string, unknown> = {};
    for (const [k, child] of Object.entries(v)) if (child !== undefined) o[k] = jsonValue(child);
    return o;
  }
  return v;
}

/**
 * A document whose root is a list (`<services><service>…</service></services>`, or a JSON array)
 * or a single element (`<discovery>…</discovery>`, or a JSON object).
 */
export function render(format: Format, rootName: string, root: ElementList | Element): string {
  if (format === 'json') return JSON.stringify(jsonValue(root));
  const out: string[] = ['<?xml version="1.0" encoding="utf-8"?>'];
  xmlValue(rootName, root, out);
  return out.join('');
}

export const CONTENT_TYPE: Record<Format, string> = {
  xml: 'text/xml; charset=utf-8',
  json: 'application/json; charset=utf-8',
};

/** The errors document: `<errors><error><code>400</code><description>…</description></error></errors>`, or its JSON array. */
export function renderErrors(format: Format, status: number, descriptions: string[]): string {
  return render(
    format,
    'errors',
    list(
      'error',
      descriptions.map((description) => ({ code: status, description })),
    ),
  );
}

// ---- dates ----

const PARIS = 'Europe/Paris';
const parts = new Intl.DateTimeFormat('en-GB', {
  timeZone: PARIS,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
  timeZoneName: 'longOffset',
});

/** The commune's offset from UTC at this instant, in minutes (Paris: +60 or +120). */
function parisOffsetMinutes(at: Date): number {
  const name = parts.formatToParts(at).find((p) => p.type === 'timeZoneName')?.value ?? 'GMT';
  const m = /GMT([+-])(\d{2}):(\d{2})/.exec(name);
  return m ? (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3])) : 0;
}

/** ISO 8601 in the commune's local time with its offset, as the specification's examples (`2010-04-14T06:37:38-08:00`). */
export function formatDateTime(at: Date): string {
  const offset = parisOffsetMinutes(at);
  const local = new Date(at.getTime() + offset * 60_000).toISOString().slice(0, 19);
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  return `${local}${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i;

/**
 * Reads a date as clients write it, leniently: `2026-11-01T08:30:00+01:00`, `…Z`, `…+0100`, `…+01`,
 * fractions of a second, a space for the `T`, or no time (midnight). Without an offset it is the
 * commune's local time. Null when it is not such a date (or not a real day: 2026-02-30).
 */
export function parseDateTime(text: string): Date | null {
  const m = ISO.exec(text.trim());
  if (!m) return null;
  const [y, mo, d, h = '0', mi = '0', s = '0'] = m.slice(1, 7);
  const ms = m[7] ? Number(m[7].slice(0, 3).padEnd(3, '0')) : 0;
  const utc = Date.UTC(+y, +mo - 1, +d, +h, +mi, +s, ms);
  const check = new Date(utc);
  if (check.getUTCFullYear() !== +y || check.getUTCMonth() !== +mo - 1 || check.getUTCDate() !== +d || +h > 23 || +mi > 59 || +s > 59) {
    return null;
  }
  const zone = m[8];
  if (zone) {
    if (zone.toUpperCase() === 'Z') return check;
    const z = /^([+-])(\d{2}):?(\d{2})?$/.exec(zone)!;
    const minutes = (z[1] === '-' ? -1 : 1) * (Number(z[2]) * 60 + Number(z[3] ?? 0));
    if (Math.abs(minutes) > 14 * 60) return null;
    return new Date(utc - minutes * 60_000);
  }
  // Local time: the offset in force then (taken at the UTC reading, then corrected once for a DST edge).
  const first = utc - parisOffsetMinutes(check) * 60_000;
  return new Date(utc - parisOffsetMinutes(new Date(first)) * 60_000);
}
