import { describe, expect, it } from 'vitest';
import type { QuestionData } from '../graphql/consultations.graphql';
import { emptyDraft, move, toAnswers, type Draft } from './answers';

const q = (id: string, kind: QuestionData['kind'], required = false): QuestionData => ({
  __typename: 'Question',
  id,
  kind,
  required,
  position: 1,
  prompt: id,
  maxChoices: null,
  maxLength: null,
  scaleMin: null,
  scaleMax: null,
  scaleMinLabel: null,
  scaleMaxLabel: null,
  options: ['a', 'b', 'c'].map((o, i) => ({ __typename: 'Option', id: `${id}-${o}`, label: o, position: i + 1 })),
});

describe('toAnswers', () => {
  it('sends each answered question in the shape of its kind and leaves empty ones out', () => {
    const qs = [
      q('s', 'SINGLE_CHOICE'),
      q('m', 'MULTIPLE_CHOICE'),
      q('r', 'RANKING'),
      q('n', 'SCALE'),
      q('t', 'FREE_TEXT'),
      q('e', 'FREE_TEXT'),
    ];
    const d = (x: QuestionData, change: Partial<Draft>): [string, Draft] => [x.id, { ...emptyDraft(x), ...change }];
    const drafts = Object.fromEntries([
      d(qs[0]!, { optionIds: ['s-b'] }),
      d(qs[1]!, { optionIds: ['m-a', 'm-c'] }),
      d(qs[2]!, { ranking: ['r-c', 'r-a', 'r-b'], ranked: true }),
      d(qs[3]!, { scale: 4 }),
      d(qs[4]!, { text: 'Plus de bancs' }),
      d(qs[5]!, { text: '   ' }),
    ]);
    expect(toAnswers(qs, drafts)).toEqual([
      { questionId: 's', optionIds: ['s-b'] },
      { questionId: 'm', optionIds: ['m-a', 'm-c'] },
      { questionId: 'r', ranking: ['r-c', 'r-a', 'r-b'] },
      { questionId: 'n', scale: 4 },
      { questionId: 't', text: 'Plus de bancs' },
    ]);
  });

  it('sends an untouched ranking only when the question is required', () => {
    const optional = q('r', 'RANKING');
    const required = q('R', 'RANKING', true);
    expect(toAnswers([optional, required], {})).toEqual([{ questionId: 'R', ranking: ['R-a', 'R-b', 'R-c'] }]);
  });
});

describe('move', () => {
  it('swaps with the neighbour and refuses to leave the list', () => {
    expect(move(['a', 'b', 'c'], 1, -1)).toEqual(['b', 'a', 'c']);
    expect(move(['a', 'b', 'c'], 1, 1)).toEqual(['a', 'c', 'b']);
    const list = ['a', 'b'];
    expect(move(list, 0, -1)).toBe(list);
    expect(move(list, 1, 1)).toBe(list);
  });
});
