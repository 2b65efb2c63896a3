import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { Connection } from '../../graphql/pagination';
import { ProposalEventKind, ProposalStatus } from '../proposal-status';

@ObjectType('ProposalLocation', { description: 'A point on the map (WGS 84).' })
export class ProposalLocationObject {
  @Field(() => Float, { description: 'Latitude, -90 to 90.' }) lat: number;
  @Field(() => Float, { description: 'Longitude, -180 to 180.' }) lng: number;
}

/**
 * A proposal as the API shows it. Relations and per-viewer facts (title and body, withheld while
 * hidden by a moderator; author, category, location,
 * viewerHasSupported, followerCount, viewerIsFollowing, comments, officialAnswer, progressUpdates,
 * timeline…) are resolved by ProposalsResolver through per-request loaders.
 */
@ObjectType('Proposal', { description: 'A resident’s idea for the commune, from draft to completion. Text exactly as typed.' })
export class ProposalObject {
  @Field(() => ID, { description: 'Opaque id.' }) id: string;

  /** `title`, `body`, `hidden`, `hiddenReason`: resolved per viewer by ProposalsResolver (withheld while hidden). */
  title: string;

  body: string;

  @Field(() => ProposalStatus, { description: 'Where it stands in its lifecycle.' }) status: ProposalStatus;

  @Field(() => String, { nullable: true, description: 'One of the commune’s districts.' }) district: string | null;

  @Field(() => Int, { description: 'Residents supporting it (always equal to the support rows).' }) supportCount: number;

  @Field(() => Int, { description: 'Comments and replies, not counting those deleted by their authors.' }) commentCount: number;

  @Field(() => Int, { description: 'Percentage of completion, 0 to 100, from the council’s progress updates.' }) progress: number;

  @Field(() => Date, { nullable: true, description: 'When supports stop being collected; null for drafts.' })
  supportDeadline: Date | null;

  @Field(() => Date, { nullable: true, description: 'When the support threshold was reached; null if not yet.' })
  thresholdReachedAt: Date | null;

  @Field({ description: 'When its author created it (as a draft).' }) createdAt: Date;

  @Field(() => Date, { nullable: true, description: 'When it was published; null for drafts.' }) publishedAt: Date | null;

  @Field({ description: 'Last change of its content or status.' }) updatedAt: Date;
}

@ObjectType('ProposalConnection', { description: 'A page of proposals.' })
export class ProposalConnection extends Connection(ProposalObject, 'Proposal') {}

@ObjectType('OfficialAnswer', { description: 'The council’s latest public answer to a proposal.' })
export class OfficialAnswerObject {
  @Field(() => ProposalStatus, { description: 'What the council decided: UNDER_REVIEW, ACCEPTED or REJECTED.' })
  status: ProposalStatus;

  @Field({ description: 'The answer, plain text.' }) body: string;

  @Field({ description: 'When it was published.' }) publishedAt: Date;

  /** Resolved by OfficialAnswerResolver. */
  authorId: string;
}

@ObjectType('ProposalProgressUpdate', { description: 'A dated progress update by the council on an adopted proposal.' })
export class ProposalProgressUpdateObject {
  @Field(() => ID, { description: 'Opaque id.' }) id: string;
  @Field({ description: 'What was done, plain text.' }) body: string;
  @Field(() => Int, { description: 'Percentage of completion at that date.' }) progress: number;
  @Field({ description: 'When it was published.' }) createdAt: Date;
  authorId: string | null;
}

@ObjectType('ProposalEvent', { description: 'A dated step of a proposal’s public timeline.' })
export class ProposalEventObject {
  @Field(() => ID, { description: 'Opaque id.' }) id: string;
  @Field(() => ProposalEventKind, { description: 'What happened.' }) kind: ProposalEventKind;
  @Field(() => ProposalStatus, { nullable: true, description: 'Status before, when the step changed it.' })
  fromStatus: ProposalStatus | null;
  @Field(() => ProposalStatus, { nullable: true, description: 'Status after, when the step changed it.' }) toStatus: ProposalStatus | null;
  @Field(() => String, { nullable: true, description: 'The council’s message or the progress update, plain text.' }) body: string | null;
  @Field(() => Int, { nullable: true, description: 'Percentage, for progress updates.' }) progress: number | null;
  @Field({ description: 'When it happened.' }) createdAt: Date;
  authorId: string | null;
}
