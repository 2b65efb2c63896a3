import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { Connection } from '../../graphql/pagination';
import { ServiceFieldKind, ServiceRequestEventKind, ServiceRequestStatus } from '../service-request.enums';

@ObjectType('ServiceRequestLocation', { description: 'A point on the map (WGS 84 degrees).' })
export class ServiceRequestLocationObject {
  @Field(() => Float, { description: 'Latitude, -90 to 90.' }) lat: number;
  @Field(() => Float, { description: 'Longitude, -180 to 180.' }) lng: number;
}

@ObjectType('ServiceFieldValue', {
  description:
    "A value given for one of the service's extra fields, read with the field as it was when the request was filed (a later rename, change of options or removal does not change it).",
})
export class ServiceFieldValueObject {
  @Field({ description: 'The field code.' }) code: string;
  @Field(() => String, { nullable: true, description: "The field's label when the request was filed (null if unknown)." })
  label: string | null;
  @Field(() => ServiceFieldKind, { nullable: true, description: 'The kind of the field when the request was filed (null if unknown).' })
  kind: ServiceFieldKind | null;
  @Field({ description: 'The value as text: numbers as digits, dates YYYY-MM-DD, yes/no as true/false, a choice as its option value.' })
  value: string;
  @Field(() => String, {
    nullable: true,
    description: "SINGLE_CHOICE: the chosen option's label when the request was filed (null for other kinds).",
  })
  optionLabel: string | null;
}

@ObjectType('ServiceRequest', {
  description:
    "A resident's report or formality, followed to the end. Who filed it is shown only to them and to staff; formalities are visible only to them.",
})
export class ServiceRequestObject {
  @Field(() => ID, { description: 'Opaque id.' }) id: string;
  @Field({ description: 'Public reference, PAR-<year>-<6 digits>.' }) reference: string;
  @Field(() => ServiceRequestStatus, { description: 'Where it stands.' }) status: ServiceRequestStatus;
  @Field({ description: 'What the resident wrote (plain text, as typed).' }) description: string;
  @Field(() => String, { nullable: true, description: 'Address given by the resident.' }) address: string | null;
  @Field(() => String, { nullable: true, description: 'District given by the resident.' }) district: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'What was done (RESOLVED) or why not (REJECTED): the message of that status change.',
  })
  resolution: string | null;
  @Field(() => Int, { nullable: true, description: "The requester's rating, 1 to 5, once resolved." }) rating: number | null;
  @Field({ description: 'How many times the requester reopened it.' }) reopenCount: number;
  @Field({ description: 'When it was filed.' }) createdAt: Date;
  @Field({ description: 'When it last changed.' }) updatedAt: Date;
  @Field(() => Date, { nullable: true, description: 'First answer from staff (response time = acknowledgedAt - createdAt).' })
  acknowledgedAt: Date | null;
  @Field(() => Date, { nullable: true, description: 'When it was resolved (cleared by a reopen).' }) resolvedAt: Date | null;
  @Field(() => Date, { nullable: true, description: 'When it was closed.' }) closedAt: Date | null;
  @Field(() => Date, { nullable: true, description: 'When it was rated.' }) ratedAt: Date | null;
}

@ObjectType('ServiceRequestConnection', { description: 'A page of service requests.' })
export class ServiceRequestConnection extends Connection(ServiceRequestObject, 'ServiceRequest') {}

@ObjectType('ServiceRequestEvent', {
  description: 'One entry of a request timeline. Internal notes are shown to staff only; authors to staff only.',
})
export class ServiceRequestEventObject {
  @Field(() => ID, { description: 'Opaque id.' }) id: string;
  @Field(() => ServiceRequestEventKind, { description: 'What happened.' }) kind: ServiceRequestEventKind;
  @Field(() => ServiceRequestStatus, { nullable: true, description: 'Status before (status changes, replies, duplicates).' })
  fromStatus: ServiceRequestStatus | null;
  @Field(() => ServiceRequestStatus, { nullable: true, description: 'Status after.' }) toStatus: ServiceRequestStatus | null;
  @Field(() => String, {
    nullable: true,
    description:
      "The message, note, reply, reopen reason or rating comment (plain text). The requester's own words are shown to them and staff only (null to others).",
  })
  body: string | null;
  @Field({ description: 'Written by the resident who filed the request (without saying who to others).' }) byRequester: boolean;
  @Field({ description: 'When it happened.' }) createdAt: Date;
}
