import { ArgsType, Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { IsBoolean, IsOptional, IsString, Matches, MaxLength } from 'class-validator';

const NOT_BLANK = /\S/;

@ObjectType('Department', { description: 'A department of the town hall; owns services and employs agents.' })
export class DepartmentObject {
  @Field(() => ID, { description: 'Opaque identifier.' }) id: string;
  @Field({ description: 'Short stable code, e.g. VOIRIE.' }) code: string;
  @Field({ description: 'Full name, e.g. "Voirie et déplacements".' }) name: string;
  @Field(() => Date, {
    nullable: true,
    description: 'When an admin archived it (null while in use). An archived department is offered for no new service or agent.',
  })
  archivedAt: Date | null;
}

@ObjectType('Category', { description: 'A theme for proposals.' })
export class CategoryObject {
  @Field(() => ID, { description: 'Opaque identifier.' }) id: string;
  @Field({ description: 'Name, e.g. "Mobilité".' }) name: string;
  @Field(() => Date, {
    nullable: true,
    description: 'When an admin archived it (null while in use). New proposals cannot take an archived category; older ones keep it.',
  })
  archivedAt: Date | null;
}

@ArgsType()
export class ReferenceListArgs {
  @Field({ defaultValue: false, description: 'Also list the archived ones (admin screens, filters over old records).' })
  @IsBoolean()
  includeArchived: boolean = false;
}

@InputType({ description: 'A new department.' })
export class CreateDepartmentInput {
  @Field({ description: 'Upper-case letters, digits, - and _; unique.' })
  @Matches(/^[A-Z0-9_-]{2,40}$/, { message: 'must be 2 to 40 upper-case letters, digits, - or _' })
  code: string;

  @Field({ description: 'Full name, up to 120 characters.' })
  @IsString()
  @Matches(NOT_BLANK, { message: 'must not be empty' })
  @MaxLength(120)
  name: string;
}

@InputType({ description: 'Changes to a department: only the fields given change. Its code never changes.' })
export class UpdateDepartmentInput {
  @Field({ nullable: true, description: 'Full name, up to 120 characters.' })
  @IsOptional()
  @IsString()
  @Matches(NOT_BLANK, { message: 'must not be empty' })
  @MaxLength(120)
  name?: string;

  @Field({
    nullable: true,
    description: 'True archives it (refused with CONFLICT DEPARTMENT_IN_USE while it owns active services); false brings it back.',
  })
  @IsOptional()
  @IsBoolean()
  archived?: boolean;
}

@InputType({ description: 'A new proposal category.' })
export class CreateCategoryInput {
  @Field({ description: 'Name, up to 80 characters, unique.' })
  @IsString()
  @Matches(NOT_BLANK, { message: 'must not be empty' })
  @MaxLength(80)
  name: string;
}

@InputType({ description: 'Changes to a category: only the fields given change.' })
export class UpdateCategoryInput {
  @Field({ nullable: true, description: 'Name, up to 80 characters, unique.' })
  @IsOptional()
  @IsString()
  @Matches(NOT_BLANK, { message: 'must not be empty' })
  @MaxLength(80)
  name?: string;

  @Field({ nullable: true, description: 'True archives it (no new proposal may take it); false brings it back.' })
  @IsOptional()
  @IsBoolean()
  archived?: boolean;
}
