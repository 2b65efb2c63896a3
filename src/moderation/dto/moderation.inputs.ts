import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsBoolean, IsDate, IsEnum, IsOptional, IsString, MaxLength, ValidateNested } from 'class-validator';
import { ConnectionArgs } from '../../graphql/pagination';
import { FlagTargetType } from '../flag-target';
import { FLAG_NOTE_MAX, MODERATION_REASON_MAX } from '../moderation.policy';
import { FlagReason, ModerationAction } from '../moderation-vocabulary';

@ArgsType()
export class TargetArgs {
  @Field(() => FlagTargetType, { description: 'The kind of item.' })
  @IsEnum(FlagTargetType)
  targetType: FlagTargetType;

  @Field(() => ID, { description: 'Its id.' })
  @IsString()
  @MaxLength(100)
  targetId: string;
}

@ArgsType()
export class FlagContentArgs extends TargetArgs {
  @Field(() => FlagReason, { description: 'Why.' })
  @IsEnum(FlagReason)
  reason: FlagReason;

  @Field(() => String, { nullable: true, description: `What the moderators should know, up to ${FLAG_NOTE_MAX} characters (plain text).` })
  @IsOptional()
  @IsString()
  @MaxLength(FLAG_NOTE_MAX)
  note?: string | null;
}

@ArgsType()
export class HideContentArgs extends TargetArgs {
  @Field({
    description: `Why, in the moderator’s words, 1 to ${MODERATION_REASON_MAX} characters: shown to the author (never to the public).`,
  })
  @IsString()
  @MaxLength(MODERATION_REASON_MAX)
  reason: string;

  @Field(() => FlagReason, {
    nullable: true,
    description: 'The ground counted by the transparency report; default: the most frequent reason of its open flags, else OTHER.',
  })
  @IsOptional()
  @IsEnum(FlagReason)
  ground?: FlagReason | null;
}

@ArgsType()
export class DecisionArgs extends TargetArgs {
  @Field(() => String, { nullable: true, description: `Why, up to ${MODERATION_REASON_MAX} characters (optional).` })
  @IsOptional()
  @IsString()
  @MaxLength(MODERATION_REASON_MAX)
  reason?: string | null;
}

@ArgsType()
export class SuspendAccountArgs {
  @Field(() => ID, { description: 'The account.' })
  @IsString()
  @MaxLength(100)
  userId: string;

  @Field({ description: 'Until when: in the future, at most 365 days from now.' })
  @IsDate()
  @Type(() => Date)
  until: Date;

  @Field({ description: `Why, 1 to ${MODERATION_REASON_MAX} characters: shown to the suspended person.` })
  @IsString()
  @MaxLength(MODERATION_REASON_MAX)
  reason: string;
}

@ArgsType()
export class LiftSuspensionArgs {
  @Field(() => ID, { description: 'The account.' })
  @IsString()
  @MaxLength(100)
  userId: string;

  @Field(() => String, { nullable: true, description: `Why, up to ${MODERATION_REASON_MAX} characters (optional): shown to the person.` })
  @IsOptional()
  @IsString()
  @MaxLength(MODERATION_REASON_MAX)
  reason?: string | null;
}

@ArgsType()
export class SuspensionsArgs extends ConnectionArgs {
  @Field(() => ID, { nullable: true, description: 'Only this account’s suspensions.' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  userId?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    defaultValue: false,
    description: 'Also those that ended (the history); default: those in force.',
  })
  @IsOptional()
  @IsBoolean()
  includeEnded?: boolean | null;
}

@InputType('ModerationLogFilter', { description: 'Which log entries (all given conditions hold).' })
export class ModerationLogFilter {
  @Field(() => ModerationAction, { nullable: true, description: 'One kind of action.' })
  @IsOptional()
  @IsString()
  action?: ModerationAction | null;

  @Field(() => ID, { nullable: true, description: 'Actions by this moderator.' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  actorId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Actions concerning this person (their content or account).' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  userId?: string | null;

  @Field(() => String, { nullable: true, description: 'Actions on this kind of item.' })
  @IsOptional()
  @IsString()
  @MaxLength(30)
  targetType?: string | null;

  @Field(() => ID, { nullable: true, description: 'Actions on this item.' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  targetId?: string | null;
}

@ArgsType()
export class ModerationLogArgs extends ConnectionArgs {
  @Field(() => ModerationLogFilter, { nullable: true, description: 'Which entries (default: all).' })
  @IsOptional()
  @ValidateNested()
  @Type(() => ModerationLogFilter)
  filter?: ModerationLogFilter | null;
}

@ArgsType()
export class TransparencyArgs {
  @Field(() => Date, { nullable: true, description: 'Start (included); default: the first day of the month eleven months before `to`.' })
  @IsOptional()
  @IsDate()
  @Type(() => Date)
  from?: Date | null;

  @Field(() => Date, { nullable: true, description: 'End (excluded); default: now. At most 60 months after `from`.' })
  @IsOptional()
  @IsDate()
  @Type(() => Date)
  to?: Date | null;
}
