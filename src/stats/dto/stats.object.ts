import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';

/*
 * Definitions (the open data files use the same ones, so every figure can be recomputed from them):
 * - the period [from, to) and the district filter apply to a request's submission (`createdAt`) and
 *   district, to a proposal's publication (`publishedAt`) and district, to a consultation's opening
 *   (`opensAt`) and its districts (city-wide ones match every district);
 * - hours to acknowledge = first acknowledgement (`acknowledgedAt`, the first move out of SUBMITTED,
 *   never reset) − submission;
 * - hours to resolve = resolution − submission, with the LAST resolution when a request was reopened
 *   (a reopened request is unresolved until resolved again); rejected requests are not resolved;
 * - resolved within target = resolved no later than submission + the service's `targetDays` (calendar
 *   days, the service's current target); the share is over the resolved requests;
 * - medians are `percentile_cont(0.5)` (the mean of the two middle values for an even count);
 * - months are calendar months in Europe/Paris time.
 */

@ObjectType('StatsCount', { description: 'A count under a key (a status, a district…).' })
export class StatsCountObject {
  @Field(() => String, { nullable: true, description: 'The key; null for “none” (a request without a district).' }) key: string | null;
  @Field(() => Int, { description: 'How many.' }) count: number;
}

/** Delays of a set of requests (overall, a department, a service, a month): the fields the objects below share. */
@ObjectType({ isAbstract: true })
export class RequestDelaysObject {
  @Field(() => Int, { description: 'Requests submitted in the period.' }) count: number;
  @Field(() => Int, { description: 'Of them, resolved now (RESOLVED or CLOSED after a resolution).' }) resolved: number;
  @Field(() => Int, { description: 'Of them, still open (SUBMITTED, ACKNOWLEDGED, IN_PROGRESS, WAITING_FOR_RESIDENT).' }) open: number;
  @Field(() => Float, {
    nullable: true,
    description: 'Median hours from submission to the first acknowledgement, over the acknowledged ones; null when none.',
  })
  medianHoursToAcknowledge: number | null;
  @Field(() => Float, {
    nullable: true,
    description: 'Median hours from submission to the (last) resolution, over the resolved ones; null when none.',
  })
  medianHoursToResolve: number | null;
  @Field(() => Float, {
    nullable: true,
    description: 'Share (0 to 1) of the resolved ones resolved within their service’s target days; null when none resolved.',
  })
  shareResolvedWithinTarget: number | null;
}

@ObjectType('ServiceStats', { description: 'Requests of one service.' })
export class ServiceStatsObject extends RequestDelaysObject {
  @Field({ description: 'The service’s code.' }) code: string;
  @Field({ description: 'The service’s name.' }) name: string;
  @Field({ description: 'REPORT or FORMALITY.' }) kind: string;
  @Field(() => Int, { description: 'The service’s target, in days.' }) targetDays: number;
  @Field({ description: 'Its department’s code.' }) departmentCode: string;
}

@ObjectType('OldOpenRequest', {
  description: 'An open public request among a department’s oldest (no personal data: reference, service, age).',
})
export class OldOpenRequestObject {
  @Field({ description: 'The public reference.' }) reference: string;
  @Field({ description: 'The service’s code.' }) serviceCode: string;
  @Field({ description: 'The service’s name.' }) serviceName: string;
  @Field({ description: 'Its status.' }) status: string;
  @Field(() => Date, { description: 'When it was submitted.' }) submittedAt: Date;
  @Field(() => Float, { description: 'Days since submission, at generatedAt.' }) ageDays: number;
}

@ObjectType('DepartmentStats', { description: 'Requests of one department.' })
export class DepartmentStatsObject extends RequestDelaysObject {
  @Field({ description: 'The department’s code.' }) code: string;
  @Field({ description: 'The department’s name.' }) name: string;
  @Field(() => [OldOpenRequestObject], { description: 'Its 5 oldest open public requests (reports); formalities are never listed.' })
  oldestOpen: OldOpenRequestObject[];
  @Field(() => Int, { description: 'Open formalities (counted, never listed).' }) openFormalities: number;
}

@ObjectType('MonthStats', { description: 'One month of the “bilan de mandat” series (requests submitted that month).' })
export class MonthStatsObject extends RequestDelaysObject {
  @Field({ description: 'The month, YYYY-MM (Europe/Paris).' }) month: string;
}

@ObjectType('ProposalStats', { description: 'Proposals published in the period.' })
export class ProposalStatsObject {
  @Field(() => Int, { description: 'Published (any status but DRAFT).' }) published: number;
  @Field(() => Int, { description: 'Accepted by the town hall (answer ACCEPTED, whatever happened since).' }) accepted: number;
  @Field(() => Int, { description: 'Completed.' }) completed: number;
  @Field(() => Float, { nullable: true, description: 'Average progress (0 to 100) of the accepted ones; null when none.' })
  averageProgress: number | null;
}

@ObjectType('ConsultationParticipation', { description: 'Participation in one consultation.' })
export class ConsultationParticipationObject {
  @Field(() => ID, { description: 'The consultation.' }) id: string;
  @Field({ description: 'Its title.' }) title: string;
  @Field(() => Date, { description: 'When it opened.' }) opensAt: Date;
  @Field(() => Date, { description: 'When it closes or closed.' }) closesAt: Date;
  @Field(() => Int, { description: 'Responses.' }) responses: number;
  @Field(() => Int, {
    description: 'Eligible residents now (live accounts with the resident role in its districts, or all when city-wide).',
  })
  eligibleResidents: number;
  @Field(() => Float, { nullable: true, description: 'responses / eligibleResidents (0 to 1); null when no one is eligible.' })
  shareOfEligible: number | null;
  @Field({ description: 'Whether the town hall published its conclusion.' }) conclusionPublished: boolean;
}

@ObjectType('PublicStats', { description: 'The public dashboard: the town hall’s record, computed in SQL and cached until a change.' })
export class PublicStatsObject extends RequestDelaysObject {
  @Field(() => Date, { description: 'When these figures were computed (they are cached until the data change).' }) generatedAt: Date;
  @Field(() => Date, { nullable: true, description: 'Start of the period (inclusive); null: from the beginning.' }) from: Date | null;
  @Field(() => Date, { nullable: true, description: 'End of the period (exclusive); null: until now.' }) to: Date | null;
  @Field(() => String, { nullable: true, description: 'The district filter; null: the whole commune.' }) district: string | null;
  @Field(() => [StatsCountObject], { description: 'Requests by current status.' }) requestsByStatus: StatsCountObject[];
  @Field(() => [ServiceStatsObject], { description: 'Requests and delays by service (formalities included, counted).' })
  requestsByService: ServiceStatsObject[];
  @Field(() => [DepartmentStatsObject], { description: 'Requests, delays and oldest open requests by department.' })
  requestsByDepartment: DepartmentStatsObject[];
  @Field(() => [StatsCountObject], { description: 'Requests by district (key null: no district).' }) requestsByDistrict: StatsCountObject[];
  @Field(() => [MonthStatsObject], {
    description: 'The month-by-month series (“bilan de mandat”), oldest first; months without requests are absent.',
  })
  requestsByMonth: MonthStatsObject[];
  @Field(() => [StatsCountObject], { description: 'Published proposals by current status.' }) proposalsByStatus: StatsCountObject[];
  @Field(() => ProposalStatsObject, { description: 'Accepted and completed proposals, average progress.' }) proposals: ProposalStatsObject;
  @Field(() => Int, { description: 'Consultations opened in the period (the list holds the 100 latest).' }) consultationCount: number;
  @Field(() => [ConsultationParticipationObject], { description: 'The latest 100 consultations opened in the period, newest first.' })
  consultationParticipation: ConsultationParticipationObject[];
}
