import { ArgsType, Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsDate,
  IsEnum,
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
import { ConnectionArgs } from '../../graphql/pagination';
import { BudgetPhaseEnum, VotingStyleEnum } from './budget.object';

const TITLE_MAX = 150;
const TEXT_MAX = 10_000;
/** A billion euros: more than any commune's participatory budget. */
export const AMOUNT_MAX = 1_000_000_000;
/** The most envelopes of an edition (one per district and the city-wide one). */
const ENVELOPES_MAX = 50;
const IMAGE_IDS_MAX = 50;

@InputType({ description: 'An envelope of a new edition.' })
export class BudgetEnvelopeInput {
  @Field({ description: `Its name, 1 to ${TITLE_MAX} characters.` }) @IsString() @IsNotEmpty() @MaxLength(TITLE_MAX) name: string;

  @Field(() => String, { nullable: true, description: 'The district whose residents vote in it (see `districts`); null: city-wide.' })
  @IsOptional()
  @IsString()
  @MaxLength(80)
  district?: string | null;

  @Field(() => Int, { description: 'Its amount in euros, at least 1.' }) @IsInt() @Min(1) @Max(AMOUNT_MAX) amount: number;
}

@InputType({ description: 'A correction to one envelope of an edition, before voting opens: its name, its amount, or both.' })
export class BudgetEnvelopeUpdateInput {
  @Field(() => ID, { description: 'The envelope (one of this edition’s).' }) @IsString() @MaxLength(100) id: string;

  @Field(() => String, { nullable: true, description: `New name, 1 to ${TITLE_MAX} characters.` })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(TITLE_MAX)
  name?: string | null;

  @Field(() => Int, {
    nullable: true,
    description: 'New amount in euros, at least 1 (the edition’s total follows; not below the cost of a project found feasible in it).',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(AMOUNT_MAX)
  amount?: number | null;
}

@InputType({ description: 'One dated phase of a new edition.' })
export class BudgetPhaseInput {
  @Field(() => BudgetPhaseEnum, { description: 'Which phase (SUBMISSION, REVIEW, VOTING, RESULTS, WORKS, in that order).' })
  @IsEnum(BudgetPhaseEnum)
  phase: BudgetPhaseEnum;
  @Field({ description: 'When it starts (the previous phase’s end).' }) @IsDate() @Type(() => Date) startsAt: Date;
  @Field({ description: 'When it ends (the next phase’s start).' }) @IsDate() @Type(() => Date) endsAt: Date;
}

@InputType({ description: 'A new participatory budget edition.' })
export class CreateBudgetInput {
  @Field({ description: `3 to ${TITLE_MAX} characters.` }) @IsString() @MinLength(3) @MaxLength(TITLE_MAX) title: string;

  @Field(() => String, { nullable: true, description: `What it is, up to ${TEXT_MAX} characters, plain text.` })
  @IsOptional()
  @IsString()
  @MaxLength(TEXT_MAX)
  description?: string | null;

  @Field(() => String, { nullable: true, description: `Its rules, up to ${TEXT_MAX} characters (frozen once voting opens).` })
  @IsOptional()
  @IsString()
  @MaxLength(TEXT_MAX)
  rules?: string | null;

  @Field(() => Int, { description: 'The total amount in euros: the envelopes add up to it.' })
  @IsInt()
  @Min(1)
  @Max(AMOUNT_MAX)
  totalAmount: number;

  @Field(() => [BudgetEnvelopeInput], { description: 'The envelopes: one per district at most, and at most one city-wide (1 to 50).' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(ENVELOPES_MAX)
  @ValidateNested({ each: true })
  @Type(() => BudgetEnvelopeInput)
  envelopes: BudgetEnvelopeInput[];

  @Field(() => [BudgetPhaseInput], { description: 'The five phases in order, each starting where the previous ends.' })
  @IsArray()
  @ArrayMinSize(5)
  @ArrayMaxSize(5)
  @ValidateNested({ each: true })
  @Type(() => BudgetPhaseInput)
  phases: BudgetPhaseInput[];

  @Field(() => VotingStyleEnum, { description: 'How residents vote.' }) @IsEnum(VotingStyleEnum) votingStyle: VotingStyleEnum;

  @Field(() => Int, { nullable: true, description: 'APPROVAL: the most projects a voter may choose per envelope (required then).' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(100)
  maxChoices?: number | null;

  @Field(() => Int, { nullable: true, description: 'The fewest projects a choice must hold (an empty choice withdraws the vote).' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(100)
  minProjects?: number | null;
}

@InputType({ description: 'Changes to an edition: title and description always; the rest until voting opens.' })
export class UpdateBudgetInput {
  @Field(() => String, { nullable: true, description: 'New title.' }) @IsOptional() @IsString() @MinLength(3) @MaxLength(TITLE_MAX) title?:
    string | null;
  @Field(() => String, { nullable: true, description: 'New description.' }) @IsOptional() @IsString() @MaxLength(TEXT_MAX) description?:
    string | null;
  @Field(() => String, { nullable: true, description: 'New rules (refused once voting opens).' })
  @IsOptional()
  @IsString()
  @MaxLength(TEXT_MAX)
  rules?: string | null;
  @Field(() => VotingStyleEnum, { nullable: true, description: 'New voting style (refused once voting opens).' })
  @IsOptional()
  @IsEnum(VotingStyleEnum)
  votingStyle?: VotingStyleEnum | null;
  @Field(() => Int, { nullable: true, description: 'New maximum (APPROVAL; refused once voting opens).' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(100)
  maxChoices?: number | null;
  @Field(() => Int, { nullable: true, description: 'New minimum (refused once voting opens).' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(100)
  minProjects?: number | null;
  @Field(() => [BudgetEnvelopeUpdateInput], {
    nullable: true,
    description:
      'Corrections to envelopes’ names and amounts, each envelope at most once (refused once voting opens); totalAmount becomes their sum.',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(ENVELOPES_MAX)
  @ValidateNested({ each: true })
  @Type(() => BudgetEnvelopeUpdateInput)
  envelopes?: BudgetEnvelopeUpdateInput[] | null;
}

@InputType({ description: 'Where a project would be: a map point, an address, or both.' })
export class BudgetLocationInput {
  @Field(() => Float, { nullable: true, description: 'Latitude, -90 to 90.' }) @IsOptional() @IsNumber() @Min(-90) @Max(90) lat?:
    number | null;
  @Field(() => Float, { nullable: true, description: 'Longitude, -180 to 180.' }) @IsOptional() @IsNumber() @Min(-180) @Max(180) lng?:
    number | null;
  @Field(() => String, { nullable: true, description: 'Address, up to 300 characters.' })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  address?: string | null;
}

@InputType({ description: 'A project submitted to an edition during submission.' })
export class SubmitBudgetProjectInput {
  @Field(() => ID, { description: 'The envelope it is for.' }) @IsString() @MaxLength(100) envelopeId: string;
  @Field({ description: `3 to ${TITLE_MAX} characters.` }) @IsString() @MinLength(3) @MaxLength(TITLE_MAX) title: string;
  @Field({ description: `1 to ${TEXT_MAX} characters, plain text.` }) @IsString() @IsNotEmpty() @MaxLength(TEXT_MAX) description: string;
  @Field(() => Int, { description: 'The resident’s estimate in euros.' }) @IsInt() @Min(1) @Max(AMOUNT_MAX) estimatedCost: number;
  @Field(() => BudgetLocationInput, { nullable: true, description: 'Where.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => BudgetLocationInput)
  location?: BudgetLocationInput | null;
  @Field(() => [ID], { nullable: true, description: 'Photos: ids returned by `POST /media`, the author’s own, at most 6.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(IMAGE_IDS_MAX)
  @IsString({ each: true })
  @MaxLength(100, { each: true })
  imageIds?: string[] | null;
  @Field(() => ID, { nullable: true, description: 'A published proposal this project comes from (its author’s, or any for the council).' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  proposalId?: string | null;
}

@InputType({ description: 'The staff’s review of a project.' })
export class ReviewBudgetProjectInput {
  @Field({ description: 'Feasible (on the ballot) or not.' }) @IsBoolean() feasible: boolean;
  @Field(() => Int, { nullable: true, description: 'The town hall’s cost in euros (required when feasible).' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(AMOUNT_MAX)
  cost?: number | null;
  @Field(() => String, { nullable: true, description: 'A public note (required when not feasible: the reason).' })
  @IsOptional()
  @IsString()
  @MaxLength(TEXT_MAX)
  note?: string | null;
}

@InputType({ description: 'A works update on a winning project.' })
export class BudgetProjectUpdateInput {
  @Field({ description: `1 to ${TEXT_MAX} characters, plain text.` }) @IsString() @IsNotEmpty() @MaxLength(TEXT_MAX) body: string;
  @Field(() => Int, { description: 'Progress of the works, 0 to 100 (100: completed).' }) @IsInt() @Min(0) @Max(100) progress: number;
  @Field(() => Int, { nullable: true, description: 'The actual cost so far, euros.' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(AMOUNT_MAX)
  actualCost?: number | null;
  @Field(() => [ID], { nullable: true, description: 'Photos: ids returned by `POST /media`, at most 6.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(IMAGE_IDS_MAX)
  @IsString({ each: true })
  @MaxLength(100, { each: true })
  imageIds?: string[] | null;
}

@ArgsType()
export class BudgetIdArgs {
  @Field(() => ID, { description: 'The edition.' }) @IsString() @MaxLength(100) id: string;
}

@ArgsType()
export class BudgetProjectIdArgs {
  @Field(() => ID, { description: 'The project.' }) @IsString() @MaxLength(100) id: string;
}

@ArgsType()
export class SetBallotArgs {
  @Field(() => ID, { description: 'The edition.' }) @IsString() @MaxLength(100) budgetId: string;
  @Field(() => ID, { description: 'The envelope (the voter’s district’s or the city-wide one).' })
  @IsString()
  @MaxLength(100)
  envelopeId: string;
  @Field(() => [ID], { description: 'The chosen projects of that envelope (replaces the previous choice there; [] withdraws it).' })
  @IsArray()
  @ArrayMaxSize(100)
  @IsString({ each: true })
  @MaxLength(100, { each: true })
  projectIds: string[];
}

@ArgsType()
export class MergeBudgetProjectsArgs {
  @Field(() => ID, { description: 'The project merged away.' }) @IsString() @MaxLength(100) id: string;
  @Field(() => ID, { description: 'The project it joins (same envelope).' }) @IsString() @MaxLength(100) intoId: string;
  @Field({ description: 'A public note: why.' }) @IsString() @IsNotEmpty() @MaxLength(TEXT_MAX) note: string;
}

@InputType({ description: 'Which of an envelope’s projects to list.' })
export class BudgetProjectFilter {
  @Field(() => Boolean, { nullable: true, description: 'Only the projects on the ballot (found feasible).' })
  @IsOptional()
  @IsBoolean()
  feasibleOnly?: boolean | null;
}

@ArgsType()
export class BudgetProjectsArgs extends ConnectionArgs {
  @Field(() => BudgetProjectFilter, { nullable: true, description: 'Which projects (all listed ones by default).' })
  @IsOptional()
  @ValidateNested()
  @Type(() => BudgetProjectFilter)
  filter?: BudgetProjectFilter | null;
}
