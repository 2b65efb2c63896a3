import { describe, expect, it } from 'vitest';
import { fieldCode, moved, optionValue, serviceCode } from './codes';

describe('codes made from labels', () => {
  it('makes a code the server accepts from any label', () => {
    expect(fieldCode('Type de copie', [])).toBe('type_de_copie');
    expect(fieldCode('Âge de l’enfant ?', [])).toBe('age_de_l_enfant');
    expect(fieldCode('Œuvre', [])).toBe('oeuvre');
    expect(fieldCode('2e adresse', [])).toBe('f_2e_adresse');
    expect(fieldCode('???', [])).toBe('champ');
    const long = fieldCode('Un libellé vraiment très long pour un champ de formulaire', []);
    expect(long).toMatch(/^[a-z][a-z0-9_]{0,39}$/);
    expect(long.endsWith('_')).toBe(false);
  });

  it('never repeats a code already taken', () => {
    expect(fieldCode('Note', ['note'])).toBe('note_2');
    expect(fieldCode('Note', ['note', 'note_2'])).toBe('note_3');
    const taken = ['x'.repeat(40)];
    const next = fieldCode('x'.repeat(50), taken);
    expect(next).toHaveLength(40);
    expect(taken).not.toContain(next);
  });

  it('makes option values the same way', () => {
    expect(optionValue('Copie intégrale', [])).toBe('copie_integrale');
    expect(optionValue('Copie intégrale', ['copie_integrale'])).toBe('copie_integrale_2');
    expect(optionValue('!', [])).toBe('choix');
    expect(optionValue('1er étage', [])).toBe('1er_etage');
  });

  it('makes a service code from a name', () => {
    expect(serviceCode('Lampadaire éteint')).toBe('LAMPADAIRE-ETEINT');
    expect(serviceCode('Acte de naissance (copie)')).toBe('ACTE-DE-NAISSANCE-COPIE');
    expect(serviceCode('x'.repeat(60))).toHaveLength(40);
  });

  it('moves an item by one place, and not past either end', () => {
    expect(moved(['a', 'b', 'c'], 2, -1)).toEqual(['a', 'c', 'b']);
    expect(moved(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c']);
    const same = ['a', 'b'];
    expect(moved(same, 0, -1)).toBe(same);
    expect(moved(same, 1, 1)).toBe(same);
  });
});
