import { Role } from '../auth/role';
import { hasRole, Viewer } from '../auth/viewer';
import type { FieldError } from '../common/app-error';
import { RespondRefusal } from './consultation.errors';

export enum ConsultationState {
  UPCOMING = 'UPCOMING',
  OPEN = 'OPEN',
  CLOSED = 'CLOSED',
}

export enum QuestionKind {
  SINGLE_CHOICE = 'SINGLE_CHOICE',
  MULTIPLE_CHOICE = 'MULTIPLE_CHOICE',
  RANKING = 'RANKING',
  SCALE = 'SCALE',
  FREE_TEXT = 'FREE_TEXT',
}

export enum ResultsVisibility {
  LIVE = 'LIVE',
  AFTER_CLOSE = 'AFTER_CLOSE',
}

export const SCALE_MIN = 1;
export const SCALE_MAX = 5;
export const MIN_OPTIONS = 2;
export const MAX_OPTIONS = 20;
export const MAX_QUESTIONS = 50;
export const FREE_TEXT_DEFAULT_LENGTH = 2000;
export const FREE_TEXT_MAX_LENGTH = 10_000;

/** The facts of a consultation these rules need. */
export interface ConsultationFacts {
  opensAt: Date;
  closesAt: Date;
  resultsVisibility: string;
  districts: string[];
}

/** UPCOMING before `opensAt`, OPEN until `closesAt` (excluded), CLOSED from then on. */
export function stateAt(c: Pick<ConsultationFacts, 'opensAt' | 'closesAt'>, now: Date): ConsultationState {
  if (now.getTime() < c.opensAt.getTime()) return ConsultationState.UPCOMING;
  if (now.getTime() < c.closesAt.getTime()) return ConsultationState.OPEN;
  return ConsultationState.CLOSED;
}

/** The council (ADMIN included, as everywhere) builds and runs consultations. */
export function isCouncil(viewer: Viewer | null): boolean {
  return hasRole(viewer, Role.COUNCIL);
}

export function isResident(viewer: Viewer | null): boolean {
  return hasRole(viewer, Role.RESIDENT);
}

/** Every resident when no district is listed; otherwise residents whose district is listed. */
export function isEligible(c: Pick<ConsultationFacts, 'districts'>, district: string | null): boolean {
  return c.districts.length === 0 || (district !== null && c.districts.includes(district));
}

/**
 * Why this viewer cannot answer now, or null when they can (default deny: a viewer who is not a
 * resident is refused as not eligible).
 */
export function respondRefusal(
  c: ConsultationFacts,
  viewer: { resident: boolean; district: string | null; hasResponded: boolean } | null,
  now: Date,
): RespondRefusal | null {
  if (!viewer) return RespondRefusal.NOT_SIGNED_IN;
  if (viewer.hasResponded) return RespondRefusal.ALREADY_RESPONDED;
  if (stateAt(c, now) !== ConsultationState.OPEN) return RespondRefusal.NOT_OPEN;
  if (!viewer.resident || !isEligible(c, viewer.district)) return RespondRefusal.NOT_ELIGIBLE;
  return null;
}

/** LIVE results are public at once, AFTER_CLOSE ones once closed; the council always sees them. */
export function resultsVisible(c: ConsultationFacts, viewer: Viewer | null, now: Date): boolean {
  if (isCouncil(viewer)) return true;
  return c.resultsVisibility === ResultsVisibility.LIVE || stateAt(c, now) === ConsultationState.CLOSED;
}

/** A question as the council writes it. */
export interface QuestionSpec {
  kind: QuestionKind;
  prompt: string;
  required?: boolean | null;
  options?: string[] | null;
  maxChoices?: number | null;
  scaleMinLabel?: string | null;
  scaleMaxLabel?: string | null;
  maxLength?: number | null;
}

const CHOICE_KINDS: readonly QuestionKind[] = [QuestionKind.SINGLE_CHOICE, QuestionKind.MULTIPLE_CHOICE, QuestionKind.RANKING];

export function hasOptions(kind: QuestionKind): boolean {
  return CHOICE_KINDS.includes(kind);
}

/**
 * The rules of each kind, one field error per question at fault (path `<path>.<index>`): choice
 * and ranking questions have 2 to 20 distinct options, others none; `maxChoices` only on
 * MULTIPLE_CHOICE, from 1 to the number of options; scale labels only on SCALE; `maxLength` only on
 * FREE_TEXT, 1 to 10,000.
 */
export function questionErrors(questions: QuestionSpec[], path: string): FieldError[] {
  const errors: FieldError[] = [];
  questions.forEach((q, i) => {
    const at = `${path}.${i}`;
    const fail = (constraint: string, message: string) => errors.push({ path: at, constraint, message });
    const options = q.options ?? [];
    if (q.prompt.trim().length === 0) return fail('isNotBlank', 'the prompt must not be blank');
    if (hasOptions(q.kind)) {
      if (options.length < MIN_OPTIONS || options.length > MAX_OPTIONS)
        return fail('optionCount', `needs ${MIN_OPTIONS} to ${MAX_OPTIONS} options`);
      if (options.some((o) => o.trim().length === 0)) return fail('isNotBlank', 'an option must not be blank');
      if (new Set(options.map((o) => o.trim())).size !== options.length) return fail('uniqueOptions', 'options must differ');
    } else if (options.length > 0) {
      return fail('noOptions', `a ${q.kind} question has no options`);
    }
    if (q.maxChoices != null) {
      if (q.kind !== QuestionKind.MULTIPLE_CHOICE) return fail('maxChoices', 'maxChoices is for MULTIPLE_CHOICE questions only');
      if (q.maxChoices < 1 || q.maxChoices > options.length) return fail('maxChoices', 'maxChoices must be 1 to the number of options');
    }
    if ((q.scaleMinLabel != null || q.scaleMaxLabel != null) && q.kind !== QuestionKind.SCALE) {
      return fail('scaleLabels', 'scale labels are for SCALE questions only');
    }
    if (q.maxLength != null) {
      if (q.kind !== QuestionKind.FREE_TEXT) return fail('maxLength', 'maxLength is for FREE_TEXT questions only');
      if (q.maxLength < 1 || q.maxLength > FREE_TEXT_MAX_LENGTH) return fail('maxLength', `maxLength must be 1 to ${FREE_TEXT_MAX_LENGTH}`);
    }
  });
  return errors;
}

/** A stored question, as the answer rules need it. */
export interface QuestionRules {
  id: string;
  kind: QuestionKind;
  required: boolean;
  maxChoices: number | null;
  maxLength: number | null;
  optionIds: string[];
}

/** One answer as a resident sends it. */
export interface AnswerSpec {
  questionId: string;
  optionIds?: string[] | null;
  ranking?: string[] | null;
  scale?: number | null;
  text?: string | null;
}

/** An answer once checked: what gets stored. */
export interface CheckedAnswer {
  questionId: string;
  kind: QuestionKind;
  /** Chosen options, or the ranking in order (rank = index + 1). */
  optionIds: string[];
  scale: number | null;
  text: string | null;
}

/**
 * Checks every answer against its question, one field error per question at fault, with path
 * `input.answers.<questionId>` and a constraint the client translates: UNKNOWN_QUESTION,
 * DUPLICATE_ANSWER, WRONG_ANSWER_KIND (a value of another kind given), OPTION_NOT_IN_QUESTION,
 * DUPLICATE_OPTION, CHOICE_REQUIRED (SINGLE_CHOICE: exactly one), TOO_MANY_CHOICES,
 * INCOMPLETE_RANKING (every option exactly once), SCALE_OUT_OF_RANGE, TEXT_TOO_LONG, REQUIRED
 * (a required question left out, or answered empty). An answer with nothing in it counts as
 * left out.
 */
export function checkAnswers(questions: QuestionRules[], answers: AnswerSpec[]): { checked: CheckedAnswer[]; errors: FieldError[] } {
  const byId = new Map(questions.map((q) => [q.id, q]));
  const errors: FieldError[] = [];
  const checked: CheckedAnswer[] = [];
  const seen = new Set<string>();
  const fail = (questionId: string, constraint: string, message: string) =>
    errors.push({ path: `input.answers.${questionId}`, constraint, message });
  for (const a of answers) {
    const q = byId.get(a.questionId);
    if (!q) {
      fail(a.questionId, 'UNKNOWN_QUESTION', 'not a question of this consultation');
      continue;
    }
    if (seen.has(q.id)) {
      fail(q.id, 'DUPLICATE_ANSWER', 'answered twice');
      continue;
    }
    seen.add(q.id);
    const optionIds = a.optionIds ?? [];
    const ranking = a.ranking ?? [];
    const text = a.text ?? null;
    const empty = optionIds.length === 0 && ranking.length === 0 && a.scale == null && (text === null || text.trim().length === 0);
    if (empty) continue; // counted as left out below
    const result = checkOne(q, optionIds, ranking, a.scale ?? null, text);
    if (typeof result === 'string') fail(q.id, result, MESSAGES[result] ?? result);
    else checked.push(result);
  }
  const answered = new Set(checked.map((c) => c.questionId));
  for (const q of questions) {
    if (q.required && !answered.has(q.id) && !errors.some((e) => e.path === `input.answers.${q.id}`)) {
      fail(q.id, 'REQUIRED', 'this question must be answered');
    }
  }
  return { checked, errors };
}

const MESSAGES: Record<string, string> = {
  WRONG_ANSWER_KIND: 'this kind of question takes another kind of answer',
  OPTION_NOT_IN_QUESTION: 'an option does not belong to this question',
  DUPLICATE_OPTION: 'an option is given twice',
  CHOICE_REQUIRED: 'exactly one option must be chosen',
  TOO_MANY_CHOICES: 'more options than this question allows',
  INCOMPLETE_RANKING: 'every option must be ranked exactly once',
  SCALE_OUT_OF_RANGE: `the value must be a whole number from ${SCALE_MIN} to ${SCALE_MAX}`,
  TEXT_TOO_LONG: 'the text is longer than this question allows',
};

function checkOne(
  q: QuestionRules,
  optionIds: string[],
  ranking: string[],
  scale: number | null,
  text: string | null,
): CheckedAnswer | string {
  const base = { questionId: q.id, kind: q.kind, optionIds: [] as string[], scale: null, text: null };
  const hasText = text !== null && text.length > 0;
  const foreignOption = (ids: string[]) => ids.some((id) => !q.optionIds.includes(id));
  switch (q.kind) {
    case QuestionKind.SINGLE_CHOICE:
    case QuestionKind.MULTIPLE_CHOICE: {
      if (ranking.length || scale !== null || hasText) return 'WRONG_ANSWER_KIND';
      if (foreignOption(optionIds)) return 'OPTION_NOT_IN_QUESTION';
      if (new Set(optionIds).size !== optionIds.length) return 'DUPLICATE_OPTION';
      if (q.kind === QuestionKind.SINGLE_CHOICE && optionIds.length !== 1) return 'CHOICE_REQUIRED';
      const max = q.maxChoices ?? q.optionIds.length;
      if (optionIds.length > max) return 'TOO_MANY_CHOICES';
      return { ...base, optionIds };
    }
    case QuestionKind.RANKING: {
      if (optionIds.length || scale !== null || hasText) return 'WRONG_ANSWER_KIND';
      if (foreignOption(ranking)) return 'OPTION_NOT_IN_QUESTION';
      if (new Set(ranking).size !== ranking.length) return 'DUPLICATE_OPTION';
      if (ranking.length !== q.optionIds.length) return 'INCOMPLETE_RANKING';
      return { ...base, optionIds: ranking };
    }
    case QuestionKind.SCALE: {
      if (optionIds.length || ranking.length || hasText) return 'WRONG_ANSWER_KIND';
      if (scale === null || !Number.isInteger(scale) || scale < SCALE_MIN || scale > SCALE_MAX) return 'SCALE_OUT_OF_RANGE';
      return { ...base, scale };
    }
    case QuestionKind.FREE_TEXT: {
      if (optionIds.length || ranking.length || scale !== null) return 'WRONG_ANSWER_KIND';
      const limit = q.maxLength ?? FREE_TEXT_DEFAULT_LENGTH;
      // Counted in characters as people count them (code points), not UTF-16 units.
      if ([...(text ?? '')].length > limit) return 'TEXT_TOO_LONG';
      return { ...base, text };
    }
  }
}
