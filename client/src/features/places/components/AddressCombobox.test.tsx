import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { GeocoderError, type Place } from '../geocoder';
import { AddressCombobox, SEARCH_DEBOUNCE_MS } from './AddressCombobox';

const PLACES: Place[] = [
  { label: '8 Rue de la Loire 45000 Parvis-sur-Loire', city: 'Parvis-sur-Loire', lat: 47.9021, lng: 1.9093 },
  { label: '1 Quai du Roi 45000 Parvis-sur-Loire', city: 'Parvis-sur-Loire', lat: 47.8985, lng: 1.912 },
];

function setup(search = vi.fn(async (_q: string) => PLACES)) {
  const chosen: Place[] = [];
  const submitted = vi.fn((e: { preventDefault: () => void }) => e.preventDefault());
  function Harness() {
    const [value, setValue] = useState('');
    return (
      <form onSubmit={submitted}>
        <AddressCombobox
          label="Adresse"
          hint="Tapez"
          value={value}
          onValueChange={setValue}
          near={null}
          onChoose={(p) => chosen.push(p)}
          search={search}
        />
      </form>
    );
  }
  render(<Harness />);
  const field = screen.getByRole('combobox', { name: /Adresse/ });
  return { field, chosen, search, submitted };
}

/** Types and lets the debounce run out and the answer arrive. */
async function type(field: HTMLElement, text: string) {
  fireEvent.change(field, { target: { value: text } });
  await act(async () => {
    await vi.advanceTimersByTimeAsync(SEARCH_DEBOUNCE_MS + 10);
  });
}

describe('AddressCombobox', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => {
    cleanup();
    vi.useRealTimers();
  });

  it('asks once per pause in typing, not per keystroke, and not under 3 characters', async () => {
    const { field, search } = setup();
    fireEvent.change(field, { target: { value: 'ru' } });
    await act(async () => {
      await vi.advanceTimersByTimeAsync(SEARCH_DEBOUNCE_MS + 10);
    });
    expect(search).not.toHaveBeenCalled();
    fireEvent.change(field, { target: { value: 'rue' } });
    fireEvent.change(field, { target: { value: 'rue d' } });
    await type(field, 'rue de');
    expect(search).toHaveBeenCalledTimes(1);
    expect(search.mock.calls[0]?.[0]).toBe('rue de');
  });

  it('opens the list, moves with the arrows (wrapping), chooses with Enter without submitting, closes with Escape', async () => {
    const { field, chosen, submitted } = setup();
    await type(field, 'parvis');
    expect(field.getAttribute('aria-expanded')).toBe('true');
    expect(screen.getAllByRole('option')).toHaveLength(2);
    expect(screen.getByRole('status').textContent).toBe('2 adresses proposées, flèches haut et bas pour les parcourir.');
    expect(field.getAttribute('aria-activedescendant')).toBeNull();

    fireEvent.keyDown(field, { key: 'ArrowDown' });
    const [first, second] = screen.getAllByRole('option');
    expect(field.getAttribute('aria-activedescendant')).toBe(first?.id);
    expect(first?.getAttribute('aria-selected')).toBe('true');
    fireEvent.keyDown(field, { key: 'ArrowDown' });
    expect(field.getAttribute('aria-activedescendant')).toBe(second?.id);
    fireEvent.keyDown(field, { key: 'ArrowDown' });
    expect(field.getAttribute('aria-activedescendant')).toBe(first?.id);
    fireEvent.keyDown(field, { key: 'ArrowUp' });
    expect(field.getAttribute('aria-activedescendant')).toBe(second?.id);

    fireEvent.keyDown(field, { key: 'Escape' });
    expect(field.getAttribute('aria-expanded')).toBe('false');
    expect(field.getAttribute('aria-activedescendant')).toBeNull();
    fireEvent.keyDown(field, { key: 'ArrowDown' });
    expect(field.getAttribute('aria-expanded')).toBe('true');

    const enter = fireEvent.keyDown(field, { key: 'Enter' });
    expect(enter).toBe(false); // default prevented: the form is not sent
    expect(chosen).toEqual([PLACES[0]]);
    expect((field as HTMLInputElement).value).toBe(PLACES[0]?.label);
    expect(field.getAttribute('aria-expanded')).toBe('false');
    expect(submitted).not.toHaveBeenCalled();
  });

  it('lets Enter through when no suggestion is active (the form may be sent)', async () => {
    const { field, chosen } = setup();
    await type(field, 'parvis');
    expect(fireEvent.keyDown(field, { key: 'Enter' })).toBe(true);
    expect(chosen).toEqual([]);
  });

  it('says when nothing matched, and why the search failed', async () => {
    const empty = setup(vi.fn(async () => []));
    await type(empty.field, 'nulle part');
    expect(empty.field.getAttribute('aria-expanded')).toBe('false');
    expect(screen.getByRole('status').textContent).toBe('Aucune adresse trouvée.');
  });

  it('tells the resident to type the address when the geocoder is down', async () => {
    const { field } = setup(
      vi.fn(async () => {
        throw new GeocoderError('unavailable');
      }),
    );
    await type(field, 'rue de la Loire');
    expect(screen.getByRole('status').textContent).toMatch(/^La recherche d’adresses ne répond pas/);
    expect((field as HTMLInputElement).value).toBe('rue de la Loire');
  });
});
