import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { RespondRefusal } from '../consultation.errors';
import { QuestionKind, ResultsVisibility } from '../consultation.policy';
import { Connection } from '../../graphql/pagination';
import './consultation.enums';

/**
 * A consultation as the API shows it. Relations and per-viewer facts (questions, documents,
 * results, viewerHasResponded, viewerResponse, viewerCanRespond, comments, images…) are resolved
 * by ConsultationsResolver through per-request loaders.
 */
@ObjectType('Consultation', {
  description: 'A consultation run by the council: a text, documents, dates and questions residents answer once.',
})
export class ConsultationObject {
  @Field(() => ID, { description: 'Opaque id.' }) id: string;
  @Field({ description: 'Title, plain text.' }) title: string;
  @Field({ description: 'Description, plain text: paragraphs separated by blank lines, links as typed (never HTML).' }) description: string;
  @Field({ description: 'When it opens to answers.' }) opensAt: Date;
  @Field({ description: 'When it closes (moved to the moment of an early close).' }) closesAt: Date;
  @Field(() => ResultsVisibility, { description: 'When the public sees the results.' }) resultsVisibility: ResultsVisibility;
  @Field(() => [String], { description: 'Districts whose residents may answer; empty: every resident.' }) districts: string[];
  @Field(() => Int, { description: 'Responses received (always equal to the response rows).' }) responseCount: number;
  @Field(() => Int, { description: 'Comments and replies, not counting those deleted by their authors.' }) commentCount: number;
  @Field({ description: 'When the council created it.' }) createdAt: Date;
  @Field({ description: 'Last change of its content, dates or conclusion.' }) updatedAt: Date;
}

@ObjectType('ConsultationConnection', { description: 'A page of consultations.' })
export class ConsultationConnection extends Connection(ConsultationObject, 'Consultation') {}

@ObjectType('Option', { description: 'An option of a choice or ranking question.' })
export class OptionObject {
  @Field(() => ID, { description: 'Opaque id.' }) id: string;
  @Field(() => Int, { description: 'Its place in the question, from 1.' }) position: number;
  @Field({ description: 'What it says, plain text.' }) label: string;
}

@ObjectType('Question', { description: 'One question of a consultation.' })
export class QuestionObject {
  @Field(() => ID, { description: 'Opaque id.' }) id: string;
  @Field(() => Int, { description: 'Its place in the consultation, from 1.' }) position: number;
  @Field(() => QuestionKind, { description: 'Its kind, which decides the answer it takes.' }) kind: QuestionKind;
  @Field({ description: 'The question, plain text.' }) prompt: string;
  @Field({ description: 'Whether a response must answer it.' }) required: boolean;
  @Field(() => Int, { nullable: true, description: 'MULTIPLE_CHOICE: most options one answer may pick (null: all of them).' })
  maxChoices: number | null;
  @Field(() => [OptionObject], { description: 'Its options, in order (empty for SCALE and FREE_TEXT).' }) options: OptionObject[];
  @Field(() => String, { nullable: true, description: 'SCALE: what the lowest value means.' }) scaleMinLabel: string | null;
  @Field(() => String, { nullable: true, description: 'SCALE: what the highest value means.' }) scaleMaxLabel: string | null;
  @Field(() => Int, { nullable: true, description: 'FREE_TEXT: the longest answer, in characters.' }) maxLength: number | null;
}

@ObjectType('ConsultationDocument', { description: 'A PDF document attached to a consultation.' })
export class ConsultationDocumentObject {
  @Field(() => ID, { description: 'Opaque id.' }) id: string;
  @Field({ description: 'Its title, plain text.' }) title: string;
  @Field({ description: 'Its file name.' }) filename: string;
  @Field(() => Int, { description: 'Its size in bytes.' }) size: number;
  @Field({ description: 'Where to download it (served as application/pdf, public).' }) url: string;
  @Field({ description: 'When it was attached.' }) createdAt: Date;
}

@ObjectType('OptionResult', { description: 'How often one option was chosen (or ranked).' })
export class OptionResultObject {
  @Field(() => ID, { description: 'The option.' }) optionId: string;
  @Field({ description: 'Its label.' }) label: string;
  @Field(() => Int, { description: 'Responses that chose it (RANKING: that ranked it, i.e. all that answered).' }) count: number;
  @Field(() => Float, { description: 'count divided by the responses that answered the question, 0 to 1 (0 when none).' }) share: number;
  @Field(() => Float, { nullable: true, description: 'RANKING: its average rank, 1 = first; null otherwise or without answers.' })
  averageRank: number | null;
}

@ObjectType('FreeTextAnswer', { description: 'One free-text answer, without its author.' })
export class FreeTextAnswerObject {
  @Field({ description: 'The text as typed, plain text.' }) text: string;
}

@ObjectType('FreeTextAnswerConnection', { description: 'A page of free-text answers.' })
export class FreeTextAnswerConnection extends Connection(FreeTextAnswerObject, 'FreeTextAnswer') {}

@ObjectType('QuestionResult', { description: 'The results of one question.' })
export class QuestionResultObject {
  @Field(() => ID, { description: 'The question.' }) questionId: string;
  @Field(() => QuestionKind, { description: 'Its kind.' }) kind: QuestionKind;
  @Field(() => Int, { description: 'Responses that answered this question.' }) responseCount: number;
  @Field(() => [OptionResultObject], { description: 'Per option, in order (choice and ranking questions; empty otherwise).' })
  options: OptionResultObject[];
  @Field(() => Float, { nullable: true, description: 'SCALE: the average value; null otherwise or without answers.' }) scaleAverage:
    number | null;
  @Field(() => [Int], { nullable: true, description: 'SCALE: how many answered 1, 2, 3, 4 and 5 (five counts); null otherwise.' })
  scaleDistribution: number[] | null;
}

@ObjectType('ConsultationConclusion', { description: 'What the council did with the answers, shown above the results.' })
export class ConclusionObject {
  @Field({ description: 'The conclusion, plain text.' }) body: string;
  @Field({ description: 'When it was published.' }) publishedAt: Date;
  /** Resolved by ConclusionResolver. */
  authorId: string;
}

@ObjectType('ViewerCanRespond', { description: 'Whether the viewer may answer now, and why not.' })
export class ViewerCanRespondObject {
  @Field({ description: 'True when the viewer may submit a response now.' }) allowed: boolean;
  @Field(() => RespondRefusal, { nullable: true, description: 'Why not; null when allowed.' }) reason: RespondRefusal | null;
}

@ObjectType('ConsultationAnswer', { description: 'One answer of a response, as submitted.' })
export class ConsultationAnswerObject {
  @Field(() => ID, { description: 'The question answered.' }) questionId: string;
  @Field(() => [ID], { description: 'SINGLE_CHOICE and MULTIPLE_CHOICE: the options chosen; empty otherwise.' }) optionIds: string[];
  @Field(() => [ID], { description: 'RANKING: every option, first = preferred; empty otherwise.' }) ranking: string[];
  @Field(() => Int, { nullable: true, description: 'SCALE: the value, 1 to 5.' }) scale: number | null;
  @Field(() => String, { nullable: true, description: 'FREE_TEXT: the text.' }) text: string | null;
}

@ObjectType('ConsultationResponse', { description: 'A resident’s response to a consultation (seen only by that resident).' })
export class ConsultationResponseObject {
  @Field(() => ID, { description: 'Opaque id.' }) id: string;
}
