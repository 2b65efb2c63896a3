import { advancedBounds, ballotRefusal, phaseAt, selectWinners, weightedProgress } from './budget.policy';

const d = (day: number) => new Date(Date.UTC(2026, 0, day));
const bounds = {
  submissionStartsAt: d(1),
  reviewStartsAt: d(10),
  votingStartsAt: d(20),
  resultsStartsAt: d(30),
  worksStartsAt: d(31),
  closesAt: d(300),
};

describe('budget policy', () => {
  it('reads the phase from the dates, a phase including its start', () => {
    expect(phaseAt(bounds, new Date(d(1).getTime() - 1))).toBe('UPCOMING');
    expect(phaseAt(bounds, d(1))).toBe('SUBMISSION');
    expect(phaseAt(bounds, d(10))).toBe('REVIEW');
    expect(phaseAt(bounds, d(25))).toBe('VOTING');
    expect(phaseAt(bounds, d(30))).toBe('RESULTS');
    expect(phaseAt(bounds, d(100))).toBe('WORKS');
    expect(phaseAt(bounds, d(300))).toBe('CLOSED');
  });

  it('closes the current phase now and shifts the later ones, keeping their durations', () => {
    const now = d(5);
    const next = advancedBounds(bounds, now)!;
    expect(next[0]).toEqual(d(1));
    expect(next[1]).toEqual(d(5));
    expect(next[2]).toEqual(d(15));
    expect(next[5]).toEqual(d(295));
    expect(advancedBounds(bounds, d(400))).toBeNull();
  });

  it('checks a ballot against the style, the envelope and the minimum', () => {
    const knapsack = { votingStyle: 'KNAPSACK' as const, maxChoices: null, minProjects: 2, envelopeAmount: 100 };
    expect(ballotRefusal(knapsack, [])).toBeNull();
    expect(ballotRefusal(knapsack, [60, 40])).toBeNull();
    expect(ballotRefusal(knapsack, [60, 41])).toBe('OVER_BUDGET');
    expect(ballotRefusal(knapsack, [60])).toBe('BELOW_MINIMUM');
    const approval = { votingStyle: 'APPROVAL' as const, maxChoices: 2, minProjects: null, envelopeAmount: 1 };
    expect(ballotRefusal(approval, [500, 500])).toBeNull();
    expect(ballotRefusal(approval, [1, 1, 1])).toBe('TOO_MANY_PROJECTS');
  });

  it('selects greedily in vote order, skipping what no longer fits, ties by lower cost then earlier submission', () => {
    const c = (id: string, votes: number, cost: number, day = 1) => ({ id, votes, cost, createdAt: d(day) });
    const result = selectWinners(100, [c('a', 10, 70), c('b', 8, 50), c('c', 8, 20, 2), c('d', 8, 20, 1), c('e', 0, 1)]);
    expect(result.map((r) => [r.candidate.id, r.rank, r.selected])).toEqual([
      ['a', 1, true],
      ['d', 2, true],
      ['c', 3, false],
      ['b', 4, false],
      ['e', 5, false],
    ]);
  });

  it('weights the overall progress by cost', () => {
    expect(weightedProgress([])).toBe(0);
    expect(
      weightedProgress([
        { cost: 300, progress: 100 },
        { cost: 100, progress: 0 },
      ]),
    ).toBe(75);
  });
});
