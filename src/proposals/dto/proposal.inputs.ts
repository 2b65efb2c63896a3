import { Field, Float, ID, InputType, Int, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsEnum,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsNumber,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { ProposalStatus } from '../proposal-status';

export const TITLE_MAX = 150;
export const BODY_MAX = 10_000;
export const ANSWER_MAX = 10_000;
/**
 * A bound on the list itself, so an absurd one is refused before any work; the real limit (6 photos,
 * TOO_MANY_IMAGES) is the media domain's, checked by the service.
 */
const IMAGE_IDS_MAX = 50;

@InputType('ProposalLocationInput', { description: 'A point on the map (WGS 84).' })
export class ProposalLocationInput {
  @Field(() => Float, { description: 'Latitude, -90 to 90.' })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(-90)
  @Max(90)
  lat: number;

  @Field(() => Float, { description: 'Longitude, -180 to 180.' })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(-180)
  @Max(180)
  lng: number;
}

@InputType({ description: 'A new proposal (saved as a DRAFT).' })
export class CreateProposalInput {
  @Field({ description: `3 to ${TITLE_MAX} characters, plain text.` })
  @IsString()
  @MinLength(3)
  @MaxLength(TITLE_MAX)
  title: string;

  @Field({ description: `1 to ${BODY_MAX} characters, plain text.` })
  @IsString()
  @IsNotEmpty()
  @MaxLength(BODY_MAX)
  body: string;

  @Field(() => String, { nullable: true, description: 'A category id (see `categories`).' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  categoryId?: string | null;

  @Field(() => String, { nullable: true, description: 'One of the commune’s districts (see `districts`).' })
  @IsOptional()
  @IsString()
  @MaxLength(80)
  district?: string | null;

  @Field(() => ProposalLocationInput, { nullable: true, description: 'Where on the map, if anywhere.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => ProposalLocationInput)
  location?: ProposalLocationInput | null;

  @Field(() => [ID], {
    nullable: true,
    description: 'Photos, in the order to show them: ids returned by `POST /media`, the author’s own uploads, at most 6.',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(IMAGE_IDS_MAX)
  @IsString({ each: true })
  @MaxLength(100, { each: true })
  imageIds?: string[] | null;
}

@InputType({ description: 'Changes to a draft: only the fields given change; null clears category, district or location.' })
export class UpdateProposalInput {
  @Field(() => String, { nullable: true, description: `New title, 3 to ${TITLE_MAX} characters, plain text (cannot be cleared).` })
  @IsOptional()
  @IsString()
  @MinLength(3)
  @MaxLength(TITLE_MAX)
  title?: string | null;

  @Field(() => String, { nullable: true, description: `New text, 1 to ${BODY_MAX} characters, plain text (cannot be cleared).` })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(BODY_MAX)
  body?: string | null;

  @Field(() => String, { nullable: true, description: 'A category id (see `categories`); null removes the category.' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  categoryId?: string | null;

  @Field(() => String, { nullable: true, description: 'One of the commune’s districts (see `districts`); null removes it.' })
  @IsOptional()
  @IsString()
  @MaxLength(80)
  district?: string | null;

  @Field(() => ProposalLocationInput, { nullable: true, description: 'Where on the map; null removes the point.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => ProposalLocationInput)
  location?: ProposalLocationInput | null;

  @Field(() => [ID], {
    nullable: true,
    description: 'The draft’s photos become exactly these, in this order (at most 6; [] or null removes them all; absent keeps them).',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(IMAGE_IDS_MAX)
  @IsString({ each: true })
  @MaxLength(100, { each: true })
  imageIds?: string[] | null;
}

@InputType({ description: 'The council’s answer to a proposal.' })
export class AnswerProposalInput {
  @Field(() => ProposalStatus, { description: 'UNDER_REVIEW (from PUBLISHED), ACCEPTED or REJECTED (from UNDER_REVIEW).' })
  @IsIn([ProposalStatus.UNDER_REVIEW, ProposalStatus.ACCEPTED, ProposalStatus.REJECTED], {
    message: 'must be UNDER_REVIEW, ACCEPTED or REJECTED',
  })
  status: ProposalStatus;

  @Field({ description: `The public answer, 1 to ${ANSWER_MAX} characters, plain text.` })
  @IsString()
  @IsNotEmpty()
  @MaxLength(ANSWER_MAX)
  body: string;
}

@InputType({ description: 'A progress update on an adopted proposal.' })
export class ProgressUpdateInput {
  @Field({ description: `What was done, 1 to ${ANSWER_MAX} characters, plain text.` })
  @IsString()
  @IsNotEmpty()
  @MaxLength(ANSWER_MAX)
  body: string;

  @Field(() => Int, { description: 'Percentage of completion, 0 to 100 (100 to complete).' })
  @IsInt()
  @Min(0)
  @Max(100)
  progress: number;

  @Field(() => ProposalStatus, {
    nullable: true,
    description: 'IN_PROGRESS or COMPLETED. Without it, an ACCEPTED proposal moves to IN_PROGRESS and one in progress stays so.',
  })
  @IsOptional()
  @IsIn([ProposalStatus.IN_PROGRESS, ProposalStatus.COMPLETED], { message: 'must be IN_PROGRESS or COMPLETED' })
  status?: ProposalStatus | null;
}

export enum ProposalOrderField {
  CREATED_AT = 'CREATED_AT',
  SUPPORTS = 'SUPPORTS',
  COMMENTS = 'COMMENTS',
}
registerEnumType(ProposalOrderField, {
  name: 'ProposalOrderField',
  description: 'What to sort proposals by.',
  valuesMap: {
    CREATED_AT: { description: 'Publication date (creation date for drafts).' },
    SUPPORTS: { description: 'Number of supports.' },
    COMMENTS: { description: 'Number of comments.' },
  },
});

export enum ProposalOrderDirection {
  ASC = 'ASC',
  DESC = 'DESC',
}
registerEnumType(ProposalOrderDirection, {
  name: 'ProposalOrderDirection',
  description: 'Ascending or descending.',
  valuesMap: { ASC: { description: 'Smallest or oldest first.' }, DESC: { description: 'Largest or newest first.' } },
});

@InputType({ description: 'Sort order of the proposal list (ties broken by id).' })
export class ProposalOrder {
  @Field(() => ProposalOrderField, { defaultValue: ProposalOrderField.CREATED_AT, description: 'What to sort by.' })
  @IsEnum(ProposalOrderField)
  field: ProposalOrderField = ProposalOrderField.CREATED_AT;

  @Field(() => ProposalOrderDirection, { defaultValue: ProposalOrderDirection.DESC, description: 'Largest or newest first by default.' })
  @IsEnum(ProposalOrderDirection)
  direction: ProposalOrderDirection = ProposalOrderDirection.DESC;
}

@InputType({ description: 'Filters of the proposal list (all optional, combined with AND).' })
export class ProposalFilter {
  @Field(() => ProposalStatus, { nullable: true, description: 'DRAFT lists the viewer’s own drafts only.' })
  @IsOptional()
  @IsEnum(ProposalStatus)
  status?: ProposalStatus;

  @Field(() => String, { nullable: true, description: 'Only this category.' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  categoryId?: string;

  @Field(() => String, { nullable: true, description: 'Only this district.' }) @IsOptional() @IsString() @MaxLength(80) district?: string;

  @Field(() => String, { nullable: true, description: 'Only this author’s.' }) @IsOptional() @IsString() @MaxLength(100) authorId?: string;

  @Field(() => String, {
    nullable: true,
    description:
      'Words to find in the title or body, all of them (French: accents, case and word endings ignored; a word may be the start of one).',
  })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  search?: string;
}
