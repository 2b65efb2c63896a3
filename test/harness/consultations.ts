import { Clock } from '../../src/common/clock';
import type { TestUser } from './factories';
import type { TestApp } from './test-app';

export const CONSULTATION_FIELDS = `id title state opensAt closesAt resultsVisibility districts responseCount viewerHasResponded
  viewerCanRespond { allowed reason } conclusion { body publishedAt author { id } } responsesCsvUrl
  questions { id position kind prompt required maxChoices scaleMin scaleMax scaleMinLabel scaleMaxLabel maxLength options { id position label } }`;

export const CREATE = `mutation($input: CreateConsultationInput!) { createConsultation(input: $input) { ${CONSULTATION_FIELDS} } }`;
export const UPDATE = `mutation($id: ID!, $input: UpdateConsultationInput!) { updateConsultation(id: $id, input: $input) { ${CONSULTATION_FIELDS} } }`;
export const GET = `query($id: ID!) { consultation(id: $id) { ${CONSULTATION_FIELDS}
  results { questionId kind responseCount options { optionId label count share averageRank } scaleAverage scaleDistribution
            texts(first: 2) { totalCount edges { cursor node { text } } pageInfo { hasNextPage endCursor } } }
  viewerResponse { id submittedAt answers { questionId optionIds ranking scale text } } } }`;
export const SUBMIT = `mutation($input: SubmitConsultationResponseInput!) { submitConsultationResponse(input: $input) { id submittedAt
  consultation { id responseCount viewerHasResponded } answers { questionId optionIds ranking scale text } } }`;
export const CLOSE = `mutation($id: ID!) { closeConsultation(id: $id) { id state closesAt } }`;
export const CONCLUDE = `mutation($id: ID!, $body: String!) { publishConclusion(id: $id, body: $body) { id conclusion { body publishedAt } } }`;

const HOUR = 3_600_000;

/** Five questions, one of each kind. */
export const QUESTIONS = [
  { kind: 'SINGLE_CHOICE', prompt: 'Which day?', required: true, options: ['Monday', 'Saturday', 'Sunday'] },
  { kind: 'MULTIPLE_CHOICE', prompt: 'Which services?', options: ['Books', 'Games', 'Workshops', 'Rooms'], maxChoices: 2 },
  { kind: 'RANKING', prompt: 'Rank these', required: true, options: ['Bikes', 'Benches', 'Trees'] },
  { kind: 'SCALE', prompt: 'How happy?', scaleMinLabel: 'Not at all', scaleMaxLabel: 'Very' },
  { kind: 'FREE_TEXT', prompt: 'Anything else?', maxLength: 20 },
];

/** A consultation created by `council`, open now unless told otherwise (dates from the server's clock). */
export async function createConsultation(
  t: TestApp,
  council: TestUser,
  over: Record<string, unknown> = {},
  when: 'open' | 'upcoming' = 'open',
): Promise<any> {
  const now = t.get<Clock>(Clock).now().getTime();
  const input = {
    title: 'Library hours',
    description: 'Paragraph one.\n\nParagraph two: https://example.test/report',
    opensAt: new Date(when === 'open' ? now - HOUR : now + 24 * HOUR).toISOString(),
    closesAt: new Date(now + 48 * HOUR).toISOString(),
    resultsVisibility: 'AFTER_CLOSE',
    questions: QUESTIONS,
    ...over,
  };
  return (await t.gqlOk(CREATE, { input }, council.token)).createConsultation;
}

/** A valid full answer set for the QUESTIONS consultation `c`, varied by `i`. */
export function answersFor(c: any, i: number, text = `idea ${i}`) {
  const [single, multi, rank, scale, free] = c.questions;
  const rot = (ids: string[]) => ids.map((_, j) => ids[(j + i) % ids.length]);
  return [
    { questionId: single.id, optionIds: [single.options[i % 3].id] },
    { questionId: multi.id, optionIds: rot(multi.options.map((o: any) => o.id)).slice(0, 1 + (i % 2)) },
    { questionId: rank.id, ranking: rot(rank.options.map((o: any) => o.id)) },
    { questionId: scale.id, scale: 1 + (i % 5) },
    { questionId: free.id, text },
  ];
}

/** A minimal RFC 4180 reader (quoted fields, doubled quotes, CRLF or LF), to read the export back. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field.length || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}
