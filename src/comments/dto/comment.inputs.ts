import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsEnum, IsIn, IsInt, IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
import { CommentTargetType } from '../comment-targets';

export const COMMENT_MAX_LENGTH = 5000;

@InputType({ description: 'A new comment, or a reply when parentId is given.' })
export class AddCommentInput {
  @Field(() => CommentTargetType, { description: 'What to comment on.' })
  @IsEnum(CommentTargetType)
  targetType: CommentTargetType;

  @Field(() => ID, { description: 'The proposal, topic or consultation.' })
  @IsString()
  @MaxLength(100)
  targetId: string;

  @Field({ description: `Plain text, 1 to ${COMMENT_MAX_LENGTH} characters, stored exactly as typed.` })
  @IsString()
  @IsNotEmpty()
  @MaxLength(COMMENT_MAX_LENGTH)
  body: string;

  @Field(() => ID, { nullable: true, description: 'The comment this one replies to (same target).' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  parentId?: string | null;
}

@ArgsType()
export class VoteCommentArgs {
  @Field(() => ID, { description: 'The comment.' }) @IsString() @MaxLength(100) id: string;

  @Field(() => Int, { description: '1 (up), -1 (down) or 0 (remove the vote).' })
  @IsInt()
  @IsIn([-1, 0, 1], { message: 'must be 1, -1 or 0' })
  value: -1 | 0 | 1;
}

@ArgsType()
export class EditCommentArgs {
  @Field(() => ID, { description: 'The comment.' }) @IsString() @MaxLength(100) id: string;

  @Field({ description: `The new text, 1 to ${COMMENT_MAX_LENGTH} characters.` })
  @IsString()
  @IsNotEmpty()
  @MaxLength(COMMENT_MAX_LENGTH)
  body: string;
}

@ArgsType()
export class CommentIdArgs {
  @Field(() => ID, { description: 'The comment.' }) @IsString() @MaxLength(100) id: string;
}
