import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { IsNotEmpty, IsString, Matches, MaxLength } from 'class-validator';

@ObjectType('Department', { description: 'A department of the town hall; owns services and employs agents.' })
export class DepartmentObject {
  @Field(() => ID, { description: 'Opaque identifier.' }) id: string;
  @Field({ description: 'Short stable code, e.g. VOIRIE.' }) code: string;
  @Field({ description: 'Full name, e.g. "Voirie et déplacements".' }) name: string;
}

@ObjectType('Category', { description: 'A theme for proposals.' })
export class CategoryObject {
  @Field(() => ID, { description: 'Opaque identifier.' }) id: string;
  @Field({ description: 'Name, e.g. "Mobilité".' }) name: string;
}

@InputType({ description: 'A new department.' })
export class CreateDepartmentInput {
  @Field({ description: 'Upper-case letters, digits, - and _; unique.' })
  @Matches(/^[A-Z0-9_-]{2,40}$/, { message: 'must be 2 to 40 upper-case letters, digits, - or _' })
  code: string;

  @Field({ description: 'Full name.' }) @IsString() @IsNotEmpty() @MaxLength(120) name: string;
}

@InputType({ description: 'A new proposal category.' })
export class CreateCategoryInput {
  @Field({ description: 'Name, unique.' }) @IsString() @IsNotEmpty() @MaxLength(80) name: string;
}
