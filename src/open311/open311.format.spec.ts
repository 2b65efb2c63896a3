import { escapeXml, formatDateTime, list, parseDateTime, render, renderErrors } from './open311.format';

describe('Open311 formats', () => {
  it('writes instants in the commune’s time with its offset (winter +01:00, summer +02:00)', () => {
    expect(formatDateTime(new Date('2026-01-15T10:00:00Z'))).toBe('2026-01-15T11:00:00+01:00');
    expect(formatDateTime(new Date('2026-07-15T10:00:00Z'))).toBe('2026-07-15T12:00:00+02:00');
  });

  it('reads dates leniently, and refuses what is not one', () => {
    const utc = (s: string) => parseDateTime(s)?.toISOString();
    expect(utc('2026-11-01T08:30:00+01:00')).toBe('2026-11-01T07:30:00.000Z');
    expect(utc('2026-11-01T08:30:00Z')).toBe('2026-11-01T08:30:00.000Z');
    expect(utc('2026-11-01T08:30:00.250-0500')).toBe('2026-11-01T13:30:00.250Z');
    expect(utc('2026-11-01 08:30+01')).toBe('2026-11-01T07:30:00.000Z');
    // No offset: the commune's local time (winter and summer).
    expect(utc('2026-11-01T08:30:00')).toBe('2026-11-01T07:30:00.000Z');
    expect(utc('2026-07-01')).toBe('2026-06-30T22:00:00.000Z');
    for (const wrong of ['yesterday', '2026-02-30', '2026-13-01', '2026-11-01T25:00:00Z', '2026-11-01T08:30:00+15:00', '']) {
      expect(parseDateTime(wrong)).toBeNull();
    }
  });

  it('escapes text and drops what XML 1.0 cannot carry', () => {
    expect(escapeXml(`<a href="x">Tom & Jerry's</a>\u0001\uFFFE ok`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&apos;s&lt;/a&gt; ok',
    );
  });

  it('writes one description as the specification’s XML and JSON', () => {
    const doc = list('request', [{ service_request_id: 'PAR-2026-000001', status_notes: null, lat: 47.5 }]);
    expect(render('xml', 'service_requests', doc)).toBe(
      '<?xml version="1.0" encoding="utf-8"?><service_requests><request><service_request_id>PAR-2026-000001</service_request_id>' +
        '<status_notes/><lat>47.5</lat></request></service_requests>',
    );
    expect(JSON.parse(render('json', 'service_requests', doc))).toEqual([
      { service_request_id: 'PAR-2026-000001', status_notes: null, lat: 47.5 },
    ]);
    expect(renderErrors('xml', 400, ['lat: bad'])).toBe(
      '<?xml version="1.0" encoding="utf-8"?><errors><error><code>400</code><description>lat: bad</description></error></errors>',
    );
    expect(JSON.parse(renderErrors('json', 404, ['Not found']))).toEqual([{ code: 404, description: 'Not found' }]);
  });
});
