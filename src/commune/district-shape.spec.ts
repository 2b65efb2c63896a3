import { parseDistrictShape, shapeRings, ShapeError } from './district-shape';

const square = [
  [2, 47],
  [2.1, 47],
  [2.1, 47.1],
  [2, 47.1],
  [2, 47],
];

describe('district shapes', () => {
  it('accepts a Polygon, a MultiPolygon and a Feature holding one, dropping altitudes and properties', () => {
    expect(parseDistrictShape(JSON.stringify({ type: 'Polygon', coordinates: [square] }))).toEqual({
      type: 'Polygon',
      coordinates: [square],
    });
    const withAltitude = square.map(([x, y]) => [x, y, 120]);
    const feature = { type: 'Feature', properties: { nom: 'Centre' }, geometry: { type: 'MultiPolygon', coordinates: [[withAltitude]] } };
    expect(parseDistrictShape(JSON.stringify(feature))).toEqual({ type: 'MultiPolygon', coordinates: [[square]] });
  });

  it.each([
    ['not json', /not JSON/],
    ['[1,2]', /GeoJSON object/],
    [JSON.stringify({ type: 'Point', coordinates: [2, 47] }), /Polygon or MultiPolygon/],
    [JSON.stringify({ type: 'Polygon', coordinates: [] }), /outer ring/],
    [JSON.stringify({ type: 'Polygon', coordinates: [square.slice(0, 4)] }), /not closed/],
    [JSON.stringify({ type: 'Polygon', coordinates: [[square[0], square[1], square[0]]] }), /at least 4 positions/],
    [JSON.stringify({ type: 'Polygon', coordinates: [[square[0], square[1], square[1], square[0]]] }), /3 distinct/],
    [JSON.stringify({ type: 'Polygon', coordinates: [[[200, 47], ...square.slice(1, 4), [200, 47]]] }), /longitude/],
    [JSON.stringify({ type: 'Polygon', coordinates: [[['2', 47], ...square.slice(1)]] }), /\[longitude, latitude\]/],
    [JSON.stringify({ type: 'MultiPolygon', coordinates: [] }), /at least one polygon/],
    [JSON.stringify({ type: 'Feature', geometry: null }), /without a geometry/],
  ])('refuses %s', (text, message) => {
    expect(() => parseDistrictShape(text)).toThrow(ShapeError);
    expect(() => parseDistrictShape(text)).toThrow(message);
  });

  it('turns rings into PostgreSQL polygons, longitude first', () => {
    const hole = [
      [2.04, 47.04],
      [2.06, 47.04],
      [2.06, 47.06],
      [2.04, 47.04],
    ];
    const rings = shapeRings({ type: 'Polygon', coordinates: [square as [number, number][], hole as [number, number][]] });
    expect(rings).toHaveLength(2);
    expect(rings[0]).toEqual({ part: 0, ring: 0, outline: '((2,47),(2.1,47),(2.1,47.1),(2,47.1),(2,47))' });
    expect(rings[1].ring).toBe(1);
  });
});
