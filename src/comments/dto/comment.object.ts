import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Connection } from '../../graphql/pagination';
import { CommentTargetType } from '../comment-targets';

/**
 * A comment as the API shows it. `body`, `author`, `hidden`, `deleted`, `parent`, `replies`,
 * `viewerVote` and the edit facts are resolved per viewer by CommentsResolver.
 */
@ObjectType('Comment', {
  description: 'A comment on a proposal, forum topic or consultation, or a reply to another comment. Plain text, shown exactly as typed.',
})
export class CommentObject {
  @Field(() => ID, { description: 'Opaque id.' }) id: string;

  @Field(() => CommentTargetType, { description: 'What the comment is attached to.' })
  targetType: CommentTargetType;

  @Field(() => ID, { description: 'The id of the proposal, topic or consultation.' })
  targetId: string;

  @Field(() => Int, { description: 'Up votes minus down votes.' })
  score: number;

  @Field({ description: 'When it was written.' })
  createdAt: Date;

  @Field(() => Date, { nullable: true, description: 'When its author last changed the text; null if never.' })
  editedAt: Date | null;
}

@ObjectType('CommentConnection', { description: 'A page of comments, oldest first.' })
export class CommentConnection extends Connection(CommentObject, 'Comment') {}
