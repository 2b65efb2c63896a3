import { ArgsType, Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsEnum,
  IsInt,
  IsLatitude,
  IsLongitude,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { ConnectionArgs } from '../../graphql/pagination';
import {
  ContactChannel,
  ServiceRequestOrderDirection,
  ServiceRequestOrderField,
  ServiceRequestPriority,
  ServiceRequestStatus,
} from '../service-request.enums';

const NOT_BLANK = /\S/;
const BLANK_MESSAGE = { message: 'must not be empty' };
export const DESCRIPTION_MAX = 5000;
export const MESSAGE_MAX = 5000;
export const COMMENT_MAX = 2000;
/**
 * A bound on the list itself, so an absurd one is refused before any work; the real limit (6 photos
 * per request, TOO_MANY_IMAGES) is the media domain's, checked by the service.
 */
const IMAGE_IDS_MAX = 50;

@InputType({ description: 'A point on the map (WGS 84 degrees).' })
export class ServiceRequestLocationInput {
  @Field(() => Float, { description: 'Latitude, -90 to 90.' })
  @IsLatitude({ message: 'must be a latitude between -90 and 90' })
  lat: number;

  @Field(() => Float, { description: 'Longitude, -180 to 180.' })
  @IsLongitude({ message: 'must be a longitude between -180 and 180' })
  lng: number;
}

@InputType({ description: "A value for one of the service's extra fields." })
export class ServiceFieldValueInput {
  @Field({ description: 'Code of one of the service fields.' }) @IsString() @MaxLength(40) code: string;
  @Field({ description: 'The value as text (numbers as digits, dates YYYY-MM-DD, yes/no as true/false).' })
  @IsString()
  @MaxLength(5000)
  value: string;
}

@InputType({ description: 'A new service request, filed by the signed-in resident.' })
export class CreateServiceRequestInput {
  @Field(() => ID, { description: 'An active service of the catalogue.' })
  @IsUUID('all', { message: 'must be a service id' })
  serviceId: string;

  @Field({ description: `What happened or what is asked, up to ${DESCRIPTION_MAX} characters.` })
  @IsString()
  @Matches(NOT_BLANK, BLANK_MESSAGE)
  @MaxLength(DESCRIPTION_MAX)
  description: string;

  @Field(() => ServiceRequestLocationInput, { nullable: true, description: 'Map point (a REPORT needs a point or an address).' })
  @IsOptional()
  @ValidateNested()
  @Type(() => ServiceRequestLocationInput)
  location?: ServiceRequestLocationInput;

  @Field({ nullable: true, description: 'Street address, up to 300 characters.' })
  @IsOptional()
  @IsString()
  @Matches(NOT_BLANK, BLANK_MESSAGE)
  @MaxLength(300)
  address?: string;

  @Field({ nullable: true, description: "One of the commune's districts." })
  @IsOptional()
  @IsString()
  @MaxLength(80)
  district?: string;

  @Field(() => [ServiceFieldValueInput], { nullable: true, description: "Values of the service's extra fields." })
  @IsOptional()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => ServiceFieldValueInput)
  fieldValues?: ServiceFieldValueInput[];

  @Field(() => [ID], {
    nullable: true,
    description:
      'Photos, in the order to show them: ids returned by `POST /media`, uploaded by the requester, at most 6. ' +
      "A formality's photos are shown only to the requester and staff.",
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(IMAGE_IDS_MAX)
  @IsString({ each: true })
  @MaxLength(100, { each: true })
  imageIds?: string[];
}

@InputType({ description: 'A circle on the map: requests located within it.' })
export class NearInput {
  @Field(() => Float, { description: 'Latitude of the centre, -90 to 90.' })
  @IsLatitude({ message: 'must be a latitude between -90 and 90' })
  lat: number;

  @Field(() => Float, { description: 'Longitude of the centre, -180 to 180.' })
  @IsLongitude({ message: 'must be a longitude between -180 and 180' })
  lng: number;

  @Field(() => Int, { defaultValue: 100, description: 'Radius in metres, 1 to 5000 (default 100).' })
  @IsInt()
  @Min(1)
  @Max(5000)
  radiusMeters: number = 100;
}

@InputType({ description: 'Narrows a request list; the conditions given all apply.' })
export class ServiceRequestFilter {
  @Field(() => [ServiceRequestStatus], { nullable: true, description: 'One status or several.' })
  @IsOptional()
  @IsEnum(ServiceRequestStatus, { each: true })
  @ArrayMaxSize(7)
  status?: ServiceRequestStatus[];

  @Field({ nullable: true, description: 'Only open ones (submitted, acknowledged, in progress, waiting) or, false, only finished ones.' })
  @IsOptional()
  @IsBoolean()
  open?: boolean;

  @Field(() => ID, { nullable: true, description: 'Requests for this service only.' })
  @IsOptional()
  @IsUUID('all', { message: 'must be a service id' })
  serviceId?: string;

  @Field(() => ID, { nullable: true, description: "A department's requests (all of them for its staff, the public ones for others)." })
  @IsOptional()
  @IsUUID('all', { message: 'must be a department id' })
  departmentId?: string;

  @Field(() => ID, { nullable: true, description: 'Staff only.' })
  @IsOptional()
  @IsUUID('all', { message: 'must be a user id' })
  assigneeId?: string;

  @Field({ nullable: true, description: 'Staff only: true for unassigned requests, false for assigned ones.' })
  @IsOptional()
  @IsBoolean()
  unassigned?: boolean;

  @Field(() => ServiceRequestPriority, { nullable: true, description: 'Staff only.' })
  @IsOptional()
  @IsEnum(ServiceRequestPriority)
  priority?: ServiceRequestPriority;

  @Field({ nullable: true, description: "Requests given this district (one of the commune's districts)." })
  @IsOptional()
  @IsString()
  @MaxLength(80)
  district?: string;

  @Field(() => NearInput, { nullable: true, description: 'Only located requests within the radius, nearest first.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => NearInput)
  near?: NearInput;

  @Field({ nullable: true, description: 'True: open and past the expected date; false: the others.' })
  @IsOptional()
  @IsBoolean()
  overdue?: boolean;
}

@InputType({ description: 'Sort order of a request list; ties are broken by id.' })
export class ServiceRequestOrder {
  @Field(() => ServiceRequestOrderField, {
    defaultValue: ServiceRequestOrderField.CREATED_AT,
    description: 'Sort key (default CREATED_AT).',
  })
  @IsEnum(ServiceRequestOrderField)
  field: ServiceRequestOrderField = ServiceRequestOrderField.CREATED_AT;

  @Field(() => ServiceRequestOrderDirection, { defaultValue: ServiceRequestOrderDirection.ASC, description: 'Direction (default ASC).' })
  @IsEnum(ServiceRequestOrderDirection)
  direction: ServiceRequestOrderDirection = ServiceRequestOrderDirection.ASC;
}

@ArgsType()
export class ServiceRequestsArgs extends ConnectionArgs {
  @Field(() => ServiceRequestFilter, {
    nullable: true,
    description: 'Which requests; assigneeId, unassigned and priority are for staff only (FORBIDDEN otherwise).',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => ServiceRequestFilter)
  filter?: ServiceRequestFilter;

  @Field(() => ServiceRequestOrder, { nullable: true, description: 'Default: oldest first. Ignored with `near` (nearest first).' })
  @IsOptional()
  @ValidateNested()
  @Type(() => ServiceRequestOrder)
  orderBy?: ServiceRequestOrder;
}

@ArgsType()
export class RequestIdArgs {
  @Field(() => ID, { description: 'Id of the service request.' }) @IsString() @MaxLength(100) id: string;
}

@ArgsType()
export class ChangeStatusArgs extends RequestIdArgs {
  @Field(() => ServiceRequestStatus, {
    description:
      'The new status: from an open status to a later one (skips allowed, and WAITING_FOR_RESIDENT back to IN_PROGRESS), ' +
      'from RESOLVED or REJECTED to CLOSED; any other move is a CONFLICT (INVALID_TRANSITION).',
  })
  @IsEnum(ServiceRequestStatus)
  status: ServiceRequestStatus;

  @Field({
    nullable: true,
    description:
      'Public message to the requester and followers; required for RESOLVED (what was done), REJECTED (why) and WAITING_FOR_RESIDENT (what is needed).',
  })
  @IsOptional()
  @IsString()
  @MaxLength(MESSAGE_MAX)
  message?: string;
}

@ArgsType()
export class AssignArgs extends RequestIdArgs {
  @Field(() => ID, { nullable: true, description: 'An agent of the department (or an admin); null to unassign.' })
  @IsOptional()
  @IsUUID('all', { message: 'must be a user id' })
  assigneeId?: string | null;
}

@ArgsType()
export class AddNoteArgs extends RequestIdArgs {
  @Field({ description: `The text (plain), up to ${MESSAGE_MAX} characters.` })
  @IsString()
  @Matches(NOT_BLANK, BLANK_MESSAGE)
  @MaxLength(MESSAGE_MAX)
  body: string;

  @Field({ description: 'True: an internal note (staff only, never sent); false: a public update (followers notified).' })
  @IsBoolean()
  internal: boolean;
}

@ArgsType()
export class ContactRequesterArgs extends RequestIdArgs {
  @Field({ description: `The message (plain text), up to ${MESSAGE_MAX} characters.` })
  @IsString()
  @Matches(NOT_BLANK, BLANK_MESSAGE)
  @MaxLength(MESSAGE_MAX)
  body: string;

  @Field(() => ContactChannel, { description: 'TIMELINE (a public update) or EMAIL (to the requester only).' })
  @IsEnum(ContactChannel)
  channel: ContactChannel;
}

@ArgsType()
export class RateArgs extends RequestIdArgs {
  @Field(() => Int, { description: '1 to 5.' }) @IsInt() @Min(1) @Max(5) rating: number;
  @Field({ nullable: true, description: `A comment with the rating, up to ${COMMENT_MAX} characters.` })
  @IsOptional()
  @IsString()
  @MaxLength(COMMENT_MAX)
  comment?: string;
}

@ArgsType()
export class ReplyArgs extends RequestIdArgs {
  @Field({ description: `The answer (plain text), up to ${MESSAGE_MAX} characters.` })
  @IsString()
  @Matches(NOT_BLANK, BLANK_MESSAGE)
  @MaxLength(MESSAGE_MAX)
  body: string;

  @Field(() => [ID], {
    nullable: true,
    description:
      "Photos sent with the reply (ids from `POST /media`, the requester's own): they join the request's photos " +
      '(at most 6 in all) and, like the reply, are shown only to the requester and staff.',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(IMAGE_IDS_MAX)
  @IsString({ each: true })
  @MaxLength(100, { each: true })
  imageIds?: string[] | null;
}

@ArgsType()
export class MarkDuplicateArgs extends RequestIdArgs {
  @Field(() => ID, { description: 'The request it duplicates: another one the viewer can see, not itself a duplicate.' })
  @IsString()
  @MaxLength(100)
  originalId: string;
}

@ArgsType()
export class ReopenArgs extends RequestIdArgs {
  @Field({ description: `Why it is not resolved (plain text), up to ${COMMENT_MAX} characters.` })
  @IsString()
  @Matches(NOT_BLANK, BLANK_MESSAGE)
  @MaxLength(COMMENT_MAX)
  reason: string;
}

@ArgsType()
export class SetPriorityArgs extends RequestIdArgs {
  @Field(() => ServiceRequestPriority, { description: 'The new priority.' })
  @IsEnum(ServiceRequestPriority)
  priority: ServiceRequestPriority;
}

@ArgsType()
export class ReferenceArgs {
  @Field({ description: 'e.g. PAR-2026-000123 (case and surrounding spaces ignored).' })
  @IsString()
  @MaxLength(40)
  @Transform(({ value }) => (typeof value === 'string' ? value.trim().toUpperCase() : value))
  reference: string;
}
