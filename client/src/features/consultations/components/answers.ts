import type { AnswerInput, QuestionData } from '../graphql/consultations.graphql';

/** What the form holds for one question, whatever its kind. */
export interface Draft {
  optionIds: string[];
  ranking: string[];
  /** RANKING: whether the resident ordered it (an untouched optional ranking is not an answer). */
  ranked: boolean;
  scale: number | null;
  text: string;
}

export const emptyDraft = (q: QuestionData): Draft => ({
  optionIds: [],
  ranking: q.options.map((o) => o.id),
  ranked: false,
  scale: null,
  text: '',
});

/** The GraphQL path the server names a question's error with (`input.answers.<questionId>`). */
export const answerPath = (questionId: string) => `input.answers.${questionId}`;

/**
 * The answers to send: one per question the resident answered, in the shape its kind takes.
 * Questions left empty are left out (the server refuses them when required, and says which).
 */
export function toAnswers(questions: QuestionData[], drafts: Record<string, Draft>): AnswerInput[] {
  const out: AnswerInput[] = [];
  for (const q of questions) {
    const d = drafts[q.id] ?? emptyDraft(q);
    switch (q.kind) {
      case 'SINGLE_CHOICE':
      case 'MULTIPLE_CHOICE':
        if (d.optionIds.length) out.push({ questionId: q.id, optionIds: d.optionIds });
        break;
      case 'RANKING':
        // A required ranking is sent even in the offered order: keeping that order is an answer.
        if (d.ranked || q.required) out.push({ questionId: q.id, ranking: d.ranking });
        break;
      case 'SCALE':
        if (d.scale !== null) out.push({ questionId: q.id, scale: d.scale });
        break;
      case 'FREE_TEXT':
        if (d.text.trim()) out.push({ questionId: q.id, text: d.text });
        break;
    }
  }
  return out;
}

/** Moves one item of a list by one place (up: -1, down: +1); the same list when it cannot move. */
export function move<T>(list: T[], index: number, by: -1 | 1): T[] {
  const to = index + by;
  if (to < 0 || to >= list.length) return list;
  const next = list.slice();
  next.splice(to, 0, ...next.splice(index, 1));
  return next;
}
