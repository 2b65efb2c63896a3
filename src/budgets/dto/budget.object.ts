import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Connection } from '../../graphql/pagination';

export enum BudgetPhaseEnum {
  UPCOMING = 'UPCOMING',
  SUBMISSION = 'SUBMISSION',
  REVIEW = 'REVIEW',
  VOTING = 'VOTING',
  RESULTS = 'RESULTS',
  WORKS = 'WORKS',
  CLOSED = 'CLOSED',
}
registerEnumType(BudgetPhaseEnum, {
  name: 'BudgetPhase',
  description: 'Where an edition stands, read from its dates with the server’s clock.',
  valuesMap: {
    UPCOMING: { description: 'Before submission opens.' },
    SUBMISSION: { description: 'Residents submit projects.' },
    REVIEW: { description: 'Staff review feasibility and cost.' },
    VOTING: { description: 'Residents vote; ballots may change until it ends.' },
    RESULTS: { description: 'Results published.' },
    WORKS: { description: 'The winning projects are carried out.' },
    CLOSED: { description: 'Over.' },
  },
});

export enum VotingStyleEnum {
  KNAPSACK = 'KNAPSACK',
  APPROVAL = 'APPROVAL',
}
registerEnumType(VotingStyleEnum, {
  name: 'BudgetVotingStyle',
  description: 'How residents vote in each envelope.',
  valuesMap: {
    KNAPSACK: { description: 'Choose projects whose total cost fits in the envelope.' },
    APPROVAL: { description: 'Choose up to `maxChoices` projects.' },
  },
});

export enum BudgetProjectStatusEnum {
  SUBMITTED = 'SUBMITTED',
  FEASIBLE = 'FEASIBLE',
  NOT_FEASIBLE = 'NOT_FEASIBLE',
  MERGED = 'MERGED',
  SELECTED = 'SELECTED',
  NOT_SELECTED = 'NOT_SELECTED',
  IN_PROGRESS = 'IN_PROGRESS',
  COMPLETED = 'COMPLETED',
}
registerEnumType(BudgetProjectStatusEnum, {
  name: 'BudgetProjectStatus',
  description: 'Where a project stands.',
  valuesMap: {
    SUBMITTED: { description: 'Awaiting review.' },
    FEASIBLE: { description: 'Found feasible, with the town hall’s cost: on the ballot.' },
    NOT_FEASIBLE: { description: 'Not feasible (the public reason is `reviewNote`).' },
    MERGED: { description: 'Merged into another project (`mergedInto`, note in `reviewNote`).' },
    SELECTED: { description: 'A winner, works not started.' },
    NOT_SELECTED: { description: 'Not a winner.' },
    IN_PROGRESS: { description: 'A winner whose works are under way.' },
    COMPLETED: { description: 'A winner whose works are done.' },
  },
});

@ObjectType('BudgetPhaseDates', { description: 'One phase of an edition and its dates.' })
export class BudgetPhaseDatesObject {
  @Field(() => BudgetPhaseEnum, { description: 'The phase.' }) phase: BudgetPhaseEnum;
  @Field({ description: 'When it starts.' }) startsAt: Date;
  @Field({ description: 'When it ends (the next one starts).' }) endsAt: Date;
}

@ObjectType('Budget', { description: 'A participatory budget edition: envelopes, dated phases, projects, ballots, results and works.' })
export class BudgetObject {
  @Field(() => ID, { description: 'Opaque id.' }) id: string;
  @Field({ description: 'Title, plain text.' }) title: string;
  @Field({ description: 'What it is, plain text.' }) description: string;
  @Field({ description: 'Its rules, plain text (frozen once voting opens).' }) rules: string;
  @Field(() => Int, { description: 'Total amount, euros.' }) totalAmount: number;
  @Field(() => VotingStyleEnum, { description: 'How residents vote.' }) votingStyle: VotingStyleEnum;
  @Field(() => Int, { nullable: true, description: 'APPROVAL: the most projects per envelope.' }) maxChoices: number | null;
  @Field(() => Int, { nullable: true, description: 'The fewest projects a choice must hold, if any.' }) minProjects: number | null;
  @Field(() => Int, { description: 'Residents who have voted (a ballot with at least one choice); always equal to the ballots.' })
  voterCount: number;
  @Field(() => Int, { description: 'Comments on the edition.' }) commentCount: number;
  @Field({ description: 'When it was created.' }) createdAt: Date;
}

@ObjectType('BudgetConnection', { description: 'A page of editions.' })
export class BudgetConnection extends Connection(BudgetObject, 'Budget') {}

@ObjectType('BudgetEnvelope', { description: 'A share of an edition: one per district, and the city-wide one.' })
export class BudgetEnvelopeObject {
  @Field(() => ID, { description: 'Opaque id.' }) id: string;
  @Field({ description: 'Its name.' }) name: string;
  @Field(() => String, { nullable: true, description: 'The district whose residents vote in it; null: city-wide (everyone).' }) district:
    string | null;
  @Field(() => Int, { description: 'Its amount, euros.' }) amount: number;
}

@ObjectType('BudgetProject', { description: 'A project submitted to an edition.' })
export class BudgetProjectObject {
  @Field(() => ID, { description: 'Opaque id.' }) id: string;
  @Field(() => Int, { description: 'The resident’s estimate, euros.' }) estimatedCost: number;
  @Field(() => Int, { nullable: true, description: 'The town hall’s cost once found feasible (what the ballot uses).' }) cost:
    number | null;
  @Field(() => String, { nullable: true, description: 'The staff’s public note: why not feasible, or why merged.' }) reviewNote:
    string | null;
  @Field(() => Int, { description: 'Progress of its works, 0 to 100.' }) progress: number;
  @Field(() => Int, { nullable: true, description: 'The actual cost reported with the works.' }) actualCost: number | null;
  @Field(() => Int, { description: 'Comments on it.' }) commentCount: number;
  @Field({ description: 'When it was submitted.' }) createdAt: Date;
}

@ObjectType('BudgetProjectConnection', { description: 'A page of projects.' })
export class BudgetProjectConnection extends Connection(BudgetProjectObject, 'BudgetProject') {}

@ObjectType('BudgetLocation', { description: 'Where a project would be.' })
export class BudgetLocationObject {
  @Field(() => Number, { nullable: true, description: 'Latitude.' }) lat: number | null;
  @Field(() => Number, { nullable: true, description: 'Longitude.' }) lng: number | null;
  @Field(() => String, { nullable: true, description: 'Address.' }) address: string | null;
}

@ObjectType('BudgetResult', { description: 'A project’s place in its envelope’s results.' })
export class BudgetResultObject {
  @Field(() => BudgetProjectObject, { description: 'The project.' }) project: unknown;
  @Field(() => Int, { description: 'Its votes.' }) votes: number;
  @Field(() => Int, { description: 'Its rank, 1 first (votes, then lower cost, then earlier submission).' }) rank: number;
  @Field({ description: 'Selected: it fitted in what remained of the envelope, in rank order.' }) selected: boolean;
}

@ObjectType('BallotChoice', { description: 'A project on the viewer’s own ballot.' })
export class BallotChoiceObject {
  @Field(() => ID, { description: 'The envelope.' }) envelopeId: string;
  @Field(() => ID, { description: 'The project.' }) projectId: string;
}

@ObjectType('BudgetDistrictParticipation', { description: 'Voters from one district, and their share of its residents.' })
export class BudgetParticipationObject {
  @Field(() => String, { nullable: true, description: 'The district; null for voters without one.' }) district: string | null;
  @Field(() => Int, { description: 'Voters (counted in the district they had when they first voted).' }) voters: number;
  @Field(() => Int, { description: 'Residents of the district now (live accounts with the RESIDENT role).' }) residents: number;
  @Field(() => Number, { nullable: true, description: 'Voters / residents, 0 to 1 (may pass 1 after moves); null without residents.' })
  share: number | null;
}

@ObjectType('BudgetTurnout', { description: 'Voters and their share of all residents.' })
export class BudgetTurnoutObject {
  @Field(() => Int, { description: 'Voters.' }) voters: number;
  @Field(() => Int, { description: 'Residents (live accounts with the RESIDENT role).' }) residents: number;
  @Field(() => Number, { nullable: true, description: 'Voters / residents, 0 to 1; null without residents.' }) share: number | null;
}

@ObjectType('BudgetProjectUpdate', { description: 'A dated update on a winning project’s works.' })
export class BudgetProjectUpdateObject {
  @Field(() => ID, { description: 'Opaque id.' }) id: string;
  @Field(() => Int, { description: 'Progress at that date, 0 to 100.' }) progress: number;
  @Field(() => Int, { nullable: true, description: 'Actual cost reported then.' }) actualCost: number | null;
  @Field(() => Int, { description: 'Comments on it.' }) commentCount: number;
  @Field({ description: 'When.' }) createdAt: Date;
}

@ObjectType('BudgetProjectUpdateConnection', { description: 'A page of works updates, newest first.' })
export class BudgetProjectUpdateConnection extends Connection(BudgetProjectUpdateObject, 'BudgetProjectUpdate') {}
