import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { IsNotEmpty, IsString, Matches, MaxLength } from 'class-validator';

@ObjectType('Department', { description: 'A department of the town hall; owns services and employs agents.' })
export class DepartmentObject {
  @Field(() => ID) id: string;
  @Field({ description: 'Short stable code, e.g. VOIRIE.' }) code: string;
  @Field() name: string;
}

@ObjectType('Category', { description: 'A theme for proposals.' })
export class CategoryObject {
  @Field(() => ID) id: string;
  @Field() name: string;
}

@InputType()
export class CreateDepartmentInput {
  @Field({ description: 'Upper-case letters, digits, - and _; unique.' })
  @Matches(/^[A-Z0-9_-]{2,40}$/, { message: 'must be 2 to 40 upper-case letters, digits, - or _' })
  code: string;

  @Field() @IsString() @IsNotEmpty() @MaxLength(120) name: string;
}

@InputType()
export class CreateCategoryInput {
  @Field() @IsString() @IsNotEmpty() @MaxLength(80) name: string;
}
