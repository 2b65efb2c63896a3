import { act, cleanup, render } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { loadedAssets } from '@/app/pwa';
import { emptyFields, fillFields, readFields } from './fields';

/** A form mixing uncontrolled fields and React-controlled ones, like the filing form. */
function MixedForm({ onDistrict }: { onDistrict: (v: string) => void }) {
  const [lat, setLat] = useState('');
  const [district, setDistrict] = useState('');
  return (
    <form>
      <textarea name="input.description" defaultValue="" />
      <input name="input.location.lat" value={lat} onChange={(e) => setLat(e.target.value)} />
      <select
        name="input.district"
        value={district}
        onChange={(e) => {
          setDistrict(e.target.value);
          onDistrict(e.target.value);
        }}
      >
        <option value="">—</option>
        <option value="Centre">Centre</option>
      </select>
      <input type="checkbox" name="input.urgent" value="yes" />
      <input type="password" name="password" defaultValue="secret" />
      <input type="hidden" name="derived" value="x" />
      <input type="hidden" name="input.point" defaultValue="47.5" data-draft="keep" />
      <output data-testid="lat">{lat}</output>
    </form>
  );
}

afterEach(cleanup);

/** What the form reads before anything is typed: no password, no hidden field but the kept point. */
const EMPTY = {
  'input.description': [''],
  'input.location.lat': [''],
  'input.district': [''],
  'input.urgent': [],
  'input.point': ['47.5'],
};

describe('draft fields', () => {
  it('reads the fields a draft keeps: never passwords nor hidden fields (unless marked as the resident’s choice)', () => {
    const { container } = render(<MixedForm onDistrict={() => undefined} />);
    const form = container.querySelector('form')!;
    expect(readFields(form)).toEqual(EMPTY);
  });

  it('puts values back so React-controlled fields update their state too', () => {
    const chosen: string[] = [];
    const { container, getByTestId } = render(<MixedForm onDistrict={(v) => chosen.push(v)} />);
    const form = container.querySelector('form')!;
    let notYet = new Set<string>();
    act(() => {
      notYet = fillFields(form, {
        'input.description': ['Lampadaire éteint'],
        'input.location.lat': ['48.85'],
        'input.district': ['Centre'],
        'input.urgent': ['yes'],
        'input.unknown': ['ignored'],
      });
    });
    expect(notYet.size).toBe(0);
    expect(getByTestId('lat').textContent).toBe('48.85'); // React's state, not only the DOM
    expect(chosen).toEqual(['Centre']);
    expect(readFields(form)).toMatchObject({
      'input.description': ['Lampadaire éteint'],
      'input.location.lat': ['48.85'],
      'input.district': ['Centre'],
      'input.urgent': ['yes'],
    });

    act(() => emptyFields(form, ['input.description', 'input.location.lat', 'input.district', 'input.urgent']));
    expect(getByTestId('lat').textContent).toBe('');
    expect(readFields(form)).toEqual(EMPTY);
  });

  it('says which lists could not take their value yet (options still loading)', () => {
    const { container } = render(<MixedForm onDistrict={() => undefined} />);
    const form = container.querySelector('form')!;
    let notYet = new Set<string>();
    act(() => {
      notYet = fillFields(form, { 'input.district': ['Nord'] });
    });
    expect([...notYet]).toEqual(['input.district']);
  });
});

describe('loadedAssets', () => {
  it('keeps the hashed files of this origin, never source maps or other origins', () => {
    const origin = 'https://parvis.example';
    expect(
      loadedAssets(
        [
          { name: `${origin}/assets/index-abc.js` },
          { name: `${origin}/assets/index-abc.js.map` },
          { name: `${origin}/graphql` },
          { name: `${origin}/media/1/thumb` },
          { name: 'https://tiles.example/assets/x.png' },
        ],
        origin,
      ),
    ).toEqual([`${origin}/assets/index-abc.js`]);
  });
});
