import { validateFieldDefinitions, validateFieldValues } from './service-fields';
import { ServiceFieldKind as K } from './service-request.enums';

describe('service fields', () => {
  const fields = [
    { code: 'n', label: 'N', kind: K.NUMBER, required: true, min: 0, max: 10 },
    { code: 'd', label: 'D', kind: K.DATE, required: false },
    {
      code: 'c',
      label: 'C',
      kind: K.SINGLE_CHOICE,
      required: false,
      options: [
        { value: 'a', label: 'A' },
        { value: 'b', label: 'B' },
      ],
    },
    { code: 'y', label: 'Y', kind: K.YES_NO, required: false },
    { code: 't', label: 'T', kind: K.TEXT, required: false, maxLength: 3 },
  ];

  it('normalises values: numbers, booleans, dates; blanks are absent', () => {
    const { values, errors } = validateFieldValues(
      fields,
      [
        { code: 'n', value: ' 2,5 ' },
        { code: 'd', value: '2024-02-29' },
        { code: 'c', value: 'b' },
        { code: 'y', value: 'FALSE' },
        { code: 't', value: '' },
      ],
      'p',
    );
    expect(errors).toEqual([]);
    expect(values).toEqual({ n: 2.5, d: '2024-02-29', c: 'b', y: false });
  });

  it('names each fault by field code', () => {
    const { errors } = validateFieldValues(
      fields,
      [
        { code: 'd', value: '2023-02-29' },
        { code: 'c', value: 'z' },
        { code: 'y', value: 'oui' },
        { code: 't', value: 'abcd' },
        { code: 'zz', value: '1' },
      ],
      'p',
    );
    expect(errors.map((e) => [e.path, e.constraint])).toEqual([
      ['p.d', 'isDate'],
      ['p.c', 'isIn'],
      ['p.y', 'isBoolean'],
      ['p.t', 'maxLength'],
      ['p.zz', 'unknownField'],
      ['p.n', 'required'],
    ]);
  });

  it('checks definitions beyond what class-validator sees', () => {
    const errors = validateFieldDefinitions(
      [
        { code: 'a', label: 'A', kind: K.TEXT, required: false, min: 1 },
        { code: 'a', label: 'B', kind: K.SINGLE_CHOICE, required: false, options: [{ value: 'x', label: 'X' }] },
      ],
      'f',
    );
    expect(errors.map((e) => [e.path, e.constraint])).toEqual([
      ['f.0.min', 'notAllowed'],
      ['f.1.code', 'unique'],
      ['f.1.options', 'arraySize'],
    ]);
  });
});
