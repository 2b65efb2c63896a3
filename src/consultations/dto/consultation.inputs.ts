import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsDate,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  MaxLength,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { ConnectionArgs } from '../../graphql/pagination';
import {
  ConsultationState,
  FREE_TEXT_MAX_LENGTH,
  MAX_OPTIONS,
  MAX_QUESTIONS,
  QuestionKind,
  ResultsVisibility,
} from '../consultation.policy';
import './consultation.enums';

export const TITLE_MAX = 200;
export const DESCRIPTION_MAX = 20_000;
export const CONCLUSION_MAX = 20_000;

@InputType('QuestionInput', { description: 'A question as the council writes it.' })
export class QuestionInput {
  @Field(() => QuestionKind, { description: 'Its kind.' }) @IsEnum(QuestionKind) kind: QuestionKind;

  @Field({ description: 'The question, 1 to 500 characters, plain text.' })
  @IsString()
  @MinLength(1)
  @MaxLength(500)
  prompt: string;

  @Field(() => Boolean, { nullable: true, defaultValue: false, description: 'Whether a response must answer it (default false).' })
  @IsOptional()
  @IsBoolean()
  required?: boolean | null;

  @Field(() => [String], {
    nullable: true,
    description: `Choice and ranking questions: 2 to ${MAX_OPTIONS} distinct labels, in order (up to 200 characters each).`,
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_OPTIONS)
  @IsString({ each: true })
  @MaxLength(200, { each: true })
  options?: string[] | null;

  @Field(() => Int, { nullable: true, description: 'MULTIPLE_CHOICE: most options one answer may pick (default: all).' })
  @IsOptional()
  @IsInt()
  maxChoices?: number | null;

  @Field(() => String, { nullable: true, description: 'SCALE: what 1 means (up to 100 characters).' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  scaleMinLabel?: string | null;

  @Field(() => String, { nullable: true, description: 'SCALE: what 5 means (up to 100 characters).' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  scaleMaxLabel?: string | null;

  @Field(() => Int, {
    nullable: true,
    description: `FREE_TEXT: the longest answer, 1 to ${FREE_TEXT_MAX_LENGTH} characters (default 2000).`,
  })
  @IsOptional()
  @IsInt()
  maxLength?: number | null;
}

@InputType({ description: 'A new consultation (council).' })
export class CreateConsultationInput {
  @Field({ description: `1 to ${TITLE_MAX} characters, plain text.` }) @IsString() @MinLength(1) @MaxLength(TITLE_MAX) title: string;

  @Field({ description: `1 to ${DESCRIPTION_MAX} characters, plain text (paragraphs separated by blank lines, links as typed).` })
  @IsString()
  @MinLength(1)
  @MaxLength(DESCRIPTION_MAX)
  description: string;

  @Field({ description: 'When it opens to answers.' }) @IsDate() @Type(() => Date) opensAt: Date;

  @Field({ description: 'When it closes: after opensAt and in the future.' }) @IsDate() @Type(() => Date) closesAt: Date;

  @Field(() => ResultsVisibility, { description: 'When the public sees the results.' })
  @IsEnum(ResultsVisibility)
  resultsVisibility: ResultsVisibility;

  @Field(() => [String], {
    nullable: true,
    description: 'Districts whose residents may answer (see `districts`); none or empty: every resident.',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @IsString({ each: true })
  @MaxLength(80, { each: true })
  districts?: string[] | null;

  @Field(() => [QuestionInput], { description: `The questions, in order: 1 to ${MAX_QUESTIONS}.` })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_QUESTIONS)
  @ValidateNested({ each: true })
  @Type(() => QuestionInput)
  questions: QuestionInput[];

  @Field(() => [ID], {
    nullable: true,
    description: 'Photos, in order: ids returned by `POST /media`, the author’s own uploads, at most 6.',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @MaxLength(100, { each: true })
  imageIds?: string[] | null;
}

@InputType({ description: 'Changes to a consultation before it opens: only the fields given change.' })
export class UpdateConsultationInput {
  @Field(() => String, { nullable: true, description: `New title, 1 to ${TITLE_MAX} characters.` })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(TITLE_MAX)
  title?: string | null;

  @Field(() => String, { nullable: true, description: `New description, 1 to ${DESCRIPTION_MAX} characters.` })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(DESCRIPTION_MAX)
  description?: string | null;

  @Field(() => Date, { nullable: true, description: 'New opening date.' }) @IsOptional() @IsDate() @Type(() => Date) opensAt?: Date | null;

  @Field(() => Date, { nullable: true, description: 'New closing date (after the opening date, in the future).' })
  @IsOptional()
  @IsDate()
  @Type(() => Date)
  closesAt?: Date | null;

  @Field(() => ResultsVisibility, { nullable: true, description: 'New results visibility.' })
  @IsOptional()
  @IsEnum(ResultsVisibility)
  resultsVisibility?: ResultsVisibility | null;

  @Field(() => [String], { nullable: true, description: 'New districts; null or empty: every resident.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @IsString({ each: true })
  @MaxLength(80, { each: true })
  districts?: string[] | null;

  @Field(() => [QuestionInput], { nullable: true, description: 'Replaces every question (refused once a response exists).' })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_QUESTIONS)
  @ValidateNested({ each: true })
  @Type(() => QuestionInput)
  questions?: QuestionInput[] | null;

  @Field(() => [ID], { nullable: true, description: 'The photos become exactly this list, in order (empty removes them).' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @MaxLength(100, { each: true })
  imageIds?: string[] | null;
}

@InputType('AnswerInput', { description: 'One answer: the field that fits the question’s kind.' })
export class AnswerInput {
  @Field(() => ID, { description: 'The question answered.' }) @IsString() @MaxLength(100) questionId: string;

  @Field(() => [ID], { nullable: true, description: 'SINGLE_CHOICE (one id) and MULTIPLE_CHOICE: the options chosen.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_OPTIONS)
  @IsString({ each: true })
  @MaxLength(100, { each: true })
  optionIds?: string[] | null;

  @Field(() => [ID], { nullable: true, description: 'RANKING: every option of the question, first = preferred.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_OPTIONS)
  @IsString({ each: true })
  @MaxLength(100, { each: true })
  ranking?: string[] | null;

  @Field(() => Int, { nullable: true, description: 'SCALE: 1 to 5.' }) @IsOptional() @IsInt() scale?: number | null;

  @Field(() => String, { nullable: true, description: 'FREE_TEXT: plain text, up to the question’s maxLength.' })
  @IsOptional()
  @IsString()
  @MaxLength(FREE_TEXT_MAX_LENGTH)
  text?: string | null;
}

@InputType({ description: 'A resident’s response: one answer per question answered.' })
export class SubmitConsultationResponseInput {
  @Field(() => ID, { description: 'The consultation.' }) @IsString() @MaxLength(100) consultationId: string;

  @Field(() => [AnswerInput], { description: 'The answers; questions left out are unanswered (refused when required).' })
  @IsArray()
  @ArrayMaxSize(MAX_QUESTIONS)
  @ValidateNested({ each: true })
  @Type(() => AnswerInput)
  answers: AnswerInput[];
}

@InputType('ConsultationFilter', { description: 'Which consultations.' })
export class ConsultationFilter {
  @Field(() => ConsultationState, { nullable: true, description: 'Only those in this state now.' })
  @IsOptional()
  @IsEnum(ConsultationState)
  state?: ConsultationState | null;
}

@ArgsType()
export class ConsultationsArgs extends ConnectionArgs {
  @Field(() => ConsultationFilter, { nullable: true, description: 'Which consultations (all by default), newest opening first.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => ConsultationFilter)
  filter?: ConsultationFilter | null;
}

@ArgsType()
export class ConsultationIdArgs {
  @Field(() => ID, { description: 'The consultation.' }) @IsString() @MaxLength(100) id: string;
}
