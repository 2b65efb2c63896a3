import { Role } from '../auth/role';
import type { Viewer } from '../auth/viewer';
import { RespondRefusal } from './consultation.errors';
import {
  checkAnswers,
  ConsultationState,
  QuestionKind,
  questionErrors,
  QuestionRules,
  respondRefusal,
  resultsVisible,
  stateAt,
} from './consultation.policy';

const at = (iso: string) => new Date(iso);
const c = {
  opensAt: at('2026-01-10T00:00:00Z'),
  closesAt: at('2026-01-20T00:00:00Z'),
  resultsVisibility: 'AFTER_CLOSE',
  districts: ['Le Port'],
};
const viewer = (roles: Role[]): Viewer => ({ id: 'u', sessionId: 's', displayName: 'U', roles, departmentIds: [] });

describe('consultation policy', () => {
  it('computes the state from the dates, the close instant excluded from OPEN', () => {
    expect(stateAt(c, at('2026-01-09T23:59:59Z'))).toBe(ConsultationState.UPCOMING);
    expect(stateAt(c, at('2026-01-10T00:00:00Z'))).toBe(ConsultationState.OPEN);
    expect(stateAt(c, at('2026-01-20T00:00:00Z'))).toBe(ConsultationState.CLOSED);
  });

  it('gives the first reason a viewer cannot answer', () => {
    const open = at('2026-01-15T00:00:00Z');
    expect(respondRefusal(c, null, open)).toBe(RespondRefusal.NOT_SIGNED_IN);
    expect(respondRefusal(c, { resident: true, district: 'Le Port', hasResponded: true }, open)).toBe(RespondRefusal.ALREADY_RESPONDED);
    expect(respondRefusal(c, { resident: true, district: 'Le Port', hasResponded: false }, at('2026-01-25T00:00:00Z'))).toBe(
      RespondRefusal.NOT_OPEN,
    );
    expect(respondRefusal(c, { resident: true, district: 'Bel-Air', hasResponded: false }, open)).toBe(RespondRefusal.NOT_ELIGIBLE);
    expect(respondRefusal(c, { resident: true, district: null, hasResponded: false }, open)).toBe(RespondRefusal.NOT_ELIGIBLE);
    expect(respondRefusal(c, { resident: false, district: 'Le Port', hasResponded: false }, open)).toBe(RespondRefusal.NOT_ELIGIBLE);
    expect(respondRefusal(c, { resident: true, district: 'Le Port', hasResponded: false }, open)).toBeNull();
    expect(respondRefusal({ ...c, districts: [] }, { resident: true, district: null, hasResponded: false }, open)).toBeNull();
  });

  it('shows AFTER_CLOSE results once closed, LIVE ones always, and everything to the council', () => {
    const open = at('2026-01-15T00:00:00Z');
    expect(resultsVisible(c, viewer([Role.RESIDENT]), open)).toBe(false);
    expect(resultsVisible(c, null, at('2026-01-20T00:00:00Z'))).toBe(true);
    expect(resultsVisible(c, viewer([Role.COUNCIL]), open)).toBe(true);
    expect(resultsVisible(c, viewer([Role.ADMIN]), open)).toBe(true);
    expect(resultsVisible({ ...c, resultsVisibility: 'LIVE' }, null, open)).toBe(true);
  });

  it('checks each question against its kind', () => {
    const errors = questionErrors(
      [
        { kind: QuestionKind.RANKING, prompt: 'ok', options: ['a', 'b'] },
        { kind: QuestionKind.RANKING, prompt: 'dup', options: ['a', 'a '] },
        { kind: QuestionKind.FREE_TEXT, prompt: 'len', maxLength: 0 },
        { kind: QuestionKind.SINGLE_CHOICE, prompt: 'max', options: ['a', 'b'], maxChoices: 1 },
        { kind: QuestionKind.SINGLE_CHOICE, prompt: '  ', options: ['a', 'b'] },
        { kind: QuestionKind.SCALE, prompt: 'ok', scaleMinLabel: 'low' },
        { kind: QuestionKind.FREE_TEXT, prompt: 'labels', scaleMaxLabel: 'high' },
      ],
      'q',
    );
    expect(errors.map((e) => [e.path, e.constraint])).toEqual([
      ['q.1', 'uniqueOptions'],
      ['q.2', 'maxLength'],
      ['q.3', 'maxChoices'],
      ['q.4', 'isNotBlank'],
      ['q.6', 'scaleLabels'],
    ]);
  });

  describe('answers', () => {
    const questions: QuestionRules[] = [
      { id: 's', kind: QuestionKind.SINGLE_CHOICE, required: true, maxChoices: null, maxLength: null, optionIds: ['s1', 's2'] },
      { id: 'm', kind: QuestionKind.MULTIPLE_CHOICE, required: false, maxChoices: 2, maxLength: null, optionIds: ['m1', 'm2', 'm3'] },
      { id: 'r', kind: QuestionKind.RANKING, required: false, maxChoices: null, maxLength: null, optionIds: ['r1', 'r2', 'r3'] },
      { id: 'n', kind: QuestionKind.SCALE, required: false, maxChoices: null, maxLength: null, optionIds: [] },
      { id: 't', kind: QuestionKind.FREE_TEXT, required: false, maxChoices: null, maxLength: 3, optionIds: [] },
    ];
    const constraintOf = (answers: Parameters<typeof checkAnswers>[1]) =>
      checkAnswers(questions, [{ questionId: 's', optionIds: ['s1'] }, ...answers]).errors.map((e) => e.constraint);

    it('accepts a full valid set, keeping the ranking order', () => {
      const { checked, errors } = checkAnswers(questions, [
        { questionId: 's', optionIds: ['s2'] },
        { questionId: 'm', optionIds: ['m3', 'm1'] },
        { questionId: 'r', ranking: ['r3', 'r1', 'r2'] },
        { questionId: 'n', scale: 5 },
        { questionId: 't', text: 'abc' },
      ]);
      expect(errors).toEqual([]);
      expect(checked.find((a) => a.questionId === 'r')?.optionIds).toEqual(['r3', 'r1', 'r2']);
    });

    it('names each rule broken', () => {
      expect(constraintOf([{ questionId: 'm', optionIds: ['m1', 'm2', 'm3'] }])).toEqual(['TOO_MANY_CHOICES']);
      expect(constraintOf([{ questionId: 'm', optionIds: ['s1'] }])).toEqual(['OPTION_NOT_IN_QUESTION']);
      expect(constraintOf([{ questionId: 'r', ranking: ['r1', 'r2'] }])).toEqual(['INCOMPLETE_RANKING']);
      expect(constraintOf([{ questionId: 'n', scale: 2.5 }])).toEqual(['SCALE_OUT_OF_RANGE']);
      expect(constraintOf([{ questionId: 't', text: 'abcd' }])).toEqual(['TEXT_TOO_LONG']);
      // Characters as people count them: three emoji fit in 3.
      expect(constraintOf([{ questionId: 't', text: '😀😀😀' }])).toEqual([]);
      expect(constraintOf([{ questionId: 't', optionIds: ['s1'] }])).toEqual(['WRONG_ANSWER_KIND']);
      expect(constraintOf([{ questionId: 'x', scale: 1 }])).toEqual(['UNKNOWN_QUESTION']);
      expect(constraintOf([{ questionId: 's', optionIds: ['s2'] }])).toEqual(['DUPLICATE_ANSWER']);
      expect(checkAnswers(questions, [{ questionId: 's', optionIds: [] }]).errors.map((e) => [e.path, e.constraint])).toEqual([
        ['input.answers.s', 'REQUIRED'],
      ]);
    });
  });
});
