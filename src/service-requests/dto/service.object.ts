import { Field, Float, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsBoolean,
  IsEnum,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { MAX_FIELDS } from '../service-fields';
import { ServiceFieldKind, ServiceKind } from '../service-request.enums';

const NOT_BLANK = /\S/;

@ObjectType('ServiceFieldOption', { description: 'One choice of a SINGLE_CHOICE field.' })
export class ServiceFieldOptionObject {
  @Field({ description: 'What is sent as the field value.' }) value: string;
  @Field({ description: 'What the form shows.' }) label: string;
}

@ObjectType('ServiceField', { description: 'An extra field a service asks for when filing; checked by the server.' })
export class ServiceFieldObject {
  @Field({ description: 'Key of the value in `fieldValues`.' }) code: string;
  @Field({ description: 'Label of the form input.' }) label: string;
  @Field(() => ServiceFieldKind, { description: 'Kind of value: TEXT, NUMBER, DATE (YYYY-MM-DD), SINGLE_CHOICE, YES_NO (true/false).' })
  kind: ServiceFieldKind;
  @Field({ description: 'Whether filing needs a value.' }) required: boolean;
  @Field(() => String, { nullable: true, description: 'Help text shown under the input.' }) description: string | null;
  @Field(() => [ServiceFieldOptionObject], { description: 'The choices (SINGLE_CHOICE only; empty otherwise).' })
  options: ServiceFieldOptionObject[];
  @Field(() => Float, { nullable: true, description: 'Smallest value (NUMBER only).' }) min: number | null;
  @Field(() => Float, { nullable: true, description: 'Largest value (NUMBER only).' }) max: number | null;
  @Field(() => Int, { nullable: true, description: 'Longest value in characters (TEXT only).' }) maxLength: number | null;
}

@ObjectType('Service', { description: 'An entry of the catalogue: a kind of report or formality, owned by a department.' })
export class ServiceObject {
  @Field(() => ID, { description: 'Opaque id.' }) id: string;
  @Field({ description: 'Stable public code (also the Open311 service_code).' }) code: string;
  @Field({ description: 'Name shown in the catalogue.' }) name: string;
  @Field({ description: 'What the service is for (plain text).' }) description: string;
  @Field(() => ServiceKind, { description: 'REPORT (public, on the map) or FORMALITY (private).' }) kind: ServiceKind;
  @Field({ description: 'Heading the catalogue groups it under.' }) group: string;
  @Field(() => [ServiceFieldObject], { description: 'Extra fields the filing form asks for.' }) fields: ServiceFieldObject[];
  @Field(() => Int, { description: 'Days the town hall gives itself to resolve a request.' }) targetDays: number;
  @Field({
    description:
      'Whether requests filed for it are public (shown to anyone, never with who filed them). Always false for a FORMALITY. Each request keeps the choice made when it was filed.',
  })
  publicRequests: boolean;
  @Field(() => Int, { description: 'Its place within its group (1 first); the catalogue lists groups by name, then services by position.' })
  position: number;
  @Field({ description: 'Whether requests can be filed for it.' }) active: boolean;
  /** For the department field resolver. */
  departmentId: string;
}

@InputType({ description: 'One choice of a SINGLE_CHOICE field.' })
export class ServiceFieldOptionInput {
  @Field({ description: '1 to 40 letters, digits, - or _; unique within the field.' })
  @IsString()
  @MaxLength(40)
  value: string;

  @Field({ description: 'What the form shows, up to 120 characters.' })
  @IsString()
  @Matches(NOT_BLANK, { message: 'must not be empty' })
  @MaxLength(120)
  label: string;
}

@InputType({ description: 'An extra field a service asks for when filing.' })
export class ServiceFieldInput {
  @Field({ description: 'Lower-case letters, digits or _, starting with a letter; unique within the service.' })
  @IsString()
  @MaxLength(40)
  code: string;

  @Field({ description: 'Label of the form input, up to 120 characters.' })
  @IsString()
  @Matches(NOT_BLANK, { message: 'must not be empty' })
  @MaxLength(120)
  label: string;

  @Field(() => ServiceFieldKind, { description: 'Kind of value the field takes.' }) @IsEnum(ServiceFieldKind) kind: ServiceFieldKind;

  @Field({ defaultValue: false, description: 'Whether filing needs a value (default false).' }) @IsBoolean() required: boolean = false;

  @Field({ nullable: true, description: 'Help text shown under the input, up to 500 characters.' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  description?: string;

  @Field(() => [ServiceFieldOptionInput], { nullable: true, description: 'SINGLE_CHOICE only: 2 to 30 options.' })
  @IsOptional()
  @ArrayMaxSize(30)
  @ValidateNested({ each: true })
  @Type(() => ServiceFieldOptionInput)
  options?: ServiceFieldOptionInput[];

  @Field(() => Float, { nullable: true, description: 'NUMBER only.' }) @IsOptional() @IsNumber() min?: number;
  @Field(() => Float, { nullable: true, description: 'NUMBER only.' }) @IsOptional() @IsNumber() max?: number;

  @Field(() => Int, { nullable: true, description: 'TEXT only: 1 to 5000 (default 1000).' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(5000)
  maxLength?: number;
}

@InputType({ description: 'A new service of the catalogue.' })
export class CreateServiceInput {
  @Field({ description: 'Upper-case letters, digits, - and _; unique.' })
  @Matches(/^[A-Z0-9_-]{2,40}$/, { message: 'must be 2 to 40 upper-case letters, digits, - or _' })
  code: string;

  @Field({ description: 'Name shown in the catalogue, up to 120 characters.' })
  @IsString()
  @Matches(NOT_BLANK, { message: 'must not be empty' })
  @MaxLength(120)
  name: string;

  @Field({ description: 'What the service is for (plain text), up to 2000 characters.' })
  @IsString()
  @Matches(NOT_BLANK, { message: 'must not be empty' })
  @MaxLength(2000)
  description: string;

  @Field(() => ServiceKind, { description: 'REPORT (public) or FORMALITY (private).' }) @IsEnum(ServiceKind) kind: ServiceKind;

  @Field({ description: 'Catalogue heading, e.g. "Voirie".' })
  @IsString()
  @Matches(NOT_BLANK, { message: 'must not be empty' })
  @MaxLength(80)
  group: string;

  @Field(() => ID, { description: 'The department that will handle its requests.' })
  @IsUUID('all', { message: 'must be a department id' })
  departmentId: string;

  @Field(() => Int, { description: '1 to 365 days.' }) @IsInt() @Min(1) @Max(365) targetDays: number;

  @Field({
    nullable: true,
    description: 'Whether its requests are public; default true for a REPORT. A FORMALITY cannot have public requests.',
  })
  @IsOptional()
  @IsBoolean()
  publicRequests?: boolean;

  @Field(() => [ServiceFieldInput], { nullable: true, description: `At most ${MAX_FIELDS}.` })
  @IsOptional()
  @ArrayMaxSize(MAX_FIELDS)
  @ValidateNested({ each: true })
  @Type(() => ServiceFieldInput)
  fields?: ServiceFieldInput[];
}

@InputType({ description: 'Changes to a service: only the fields given change.' })
export class UpdateServiceInput {
  @Field({ nullable: true, description: 'Name shown in the catalogue, up to 120 characters.' })
  @IsOptional()
  @IsString()
  @Matches(NOT_BLANK, { message: 'must not be empty' })
  @MaxLength(120)
  name?: string;

  @Field({ nullable: true, description: 'What the service is for (plain text), up to 2000 characters.' })
  @IsOptional()
  @IsString()
  @Matches(NOT_BLANK, { message: 'must not be empty' })
  @MaxLength(2000)
  description?: string;

  @Field({ nullable: true, description: 'Catalogue heading, up to 80 characters.' })
  @IsOptional()
  @IsString()
  @Matches(NOT_BLANK, { message: 'must not be empty' })
  @MaxLength(80)
  group?: string;

  @Field(() => ServiceKind, {
    nullable: true,
    description:
      'REPORT or FORMALITY, for requests filed from now on (a change of kind resets publicRequests to its default unless given).',
  })
  @IsOptional()
  @IsEnum(ServiceKind)
  kind?: ServiceKind;

  @Field({
    nullable: true,
    description: 'Whether requests filed from now on are public (never for a FORMALITY); requests already filed keep theirs.',
  })
  @IsOptional()
  @IsBoolean()
  publicRequests?: boolean;

  @Field(() => ID, { nullable: true, description: 'Requests already filed stay with their department.' })
  @IsOptional()
  @IsUUID('all', { message: 'must be a department id' })
  departmentId?: string;

  @Field(() => Int, { nullable: true, description: '1 to 365 days; applies to requests filed from now on.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(365)
  targetDays?: number;

  @Field(() => [ServiceFieldInput], {
    nullable: true,
    description:
      'Replaces the fields (a field keeps its identity by its code). Requests already filed keep their values and the field definitions they were filed under.',
  })
  @IsOptional()
  @ArrayMaxSize(MAX_FIELDS)
  @ValidateNested({ each: true })
  @Type(() => ServiceFieldInput)
  fields?: ServiceFieldInput[];

  @Field({ nullable: true, description: 'False withdraws it from the catalogue.' }) @IsOptional() @IsBoolean() active?: boolean;
}

@ObjectType('ResponseTemplate', { description: "A ready-made answer for a department's public updates (staff only)." })
export class ResponseTemplateObject {
  @Field(() => ID, { description: 'Opaque id.' }) id: string;
  @Field(() => ID, { description: 'The department it belongs to.' }) departmentId: string;
  @Field({ description: 'Short name agents pick it by.' }) title: string;
  @Field({ description: 'The text (plain) to start an update from.' }) body: string;
  @Field({ description: 'When it was last changed.' }) updatedAt: Date;
}

@InputType({ description: "A new response template for a department's agents." })
export class CreateResponseTemplateInput {
  @Field(() => ID, { description: 'The department it belongs to (one the viewer works for).' })
  @IsUUID('all', { message: 'must be a department id' })
  departmentId: string;

  @Field({ description: 'Short name, up to 120 characters, unique within the department.' })
  @IsString()
  @Matches(NOT_BLANK, { message: 'must not be empty' })
  @MaxLength(120)
  title: string;

  @Field({ description: 'The text (plain), up to 5000 characters.' })
  @IsString()
  @Matches(NOT_BLANK, { message: 'must not be empty' })
  @MaxLength(5000)
  body: string;
}

@InputType({ description: 'Changes to a response template: only the fields given change.' })
export class UpdateResponseTemplateInput {
  @Field({ nullable: true, description: 'Short name, up to 120 characters, unique within the department.' })
  @IsOptional()
  @IsString()
  @Matches(NOT_BLANK, { message: 'must not be empty' })
  @MaxLength(120)
  title?: string;

  @Field({ nullable: true, description: 'The text (plain), up to 5000 characters.' })
  @IsOptional()
  @IsString()
  @Matches(NOT_BLANK, { message: 'must not be empty' })
  @MaxLength(5000)
  body?: string;
}
