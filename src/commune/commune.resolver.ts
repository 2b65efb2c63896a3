import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Public, Roles } from '../auth/decorators';
import { Role } from '../auth/role';
import { CommuneService } from './commune.service';
import {
  CategoryObject,
  CreateCategoryInput,
  CreateDepartmentInput,
  DepartmentObject,
  ReferenceListArgs,
  UpdateCategoryInput,
  UpdateDepartmentInput,
} from './dto/commune.objects';

@Resolver()
export class CommuneResolver {
  constructor(private readonly commune: CommuneService) {}

  @Public()
  @Query(() => [DepartmentObject], { description: 'The departments of the town hall, by name (the archived ones only when asked).' })
  departments(@Args() args: ReferenceListArgs) {
    return this.commune.departments(args.includeArchived);
  }

  @Public()
  @Query(() => [CategoryObject], { description: 'Proposal categories, by name (the archived ones only when asked).' })
  categories(@Args() args: ReferenceListArgs) {
    return this.commune.categories(args.includeArchived);
  }

  @Roles(Role.ADMIN)
  @Mutation(() => DepartmentObject, { description: 'Admin: add a department.' })
  createDepartment(@Args('input', { description: 'The new department.' }) input: CreateDepartmentInput) {
    return this.commune.createDepartment(input.code, input.name);
  }

  @Roles(Role.ADMIN)
  @Mutation(() => DepartmentObject, {
    description:
      'Admin: rename a department, archive it (no new service, agent or template may name it; CONFLICT DEPARTMENT_IN_USE while it owns active services) or bring it back.',
  })
  updateDepartment(
    @Args('id', { type: () => ID, description: 'Id of the department.' }) id: string,
    @Args('input', { description: 'The changes.' }) input: UpdateDepartmentInput,
  ) {
    return this.commune.updateDepartment(id, input);
  }

  @Roles(Role.ADMIN)
  @Mutation(() => CategoryObject, { description: 'Admin: add a proposal category.' })
  createCategory(@Args('input', { description: 'The new category.' }) input: CreateCategoryInput) {
    return this.commune.createCategory(input.name);
  }

  @Roles(Role.ADMIN)
  @Mutation(() => CategoryObject, {
    description: 'Admin: rename a category, archive it (new proposals cannot take it; older ones keep it) or bring it back.',
  })
  updateCategory(
    @Args('id', { type: () => ID, description: 'Id of the category.' }) id: string,
    @Args('input', { description: 'The changes.' }) input: UpdateCategoryInput,
  ) {
    return this.commune.updateCategory(id, input);
  }
}

/** `archived`, read from the row wherever a department is shown (loaders of other domains included). */
@Resolver(() => DepartmentObject)
export class DepartmentFieldsResolver {
  @ResolveField(() => Boolean, { description: 'Whether it is archived (kept on old records, offered for no new one).' })
  archived(@Parent() d: DepartmentObject): boolean {
    return d.archivedAt != null;
  }
}

@Resolver(() => CategoryObject)
export class CategoryFieldsResolver {
  @ResolveField(() => Boolean, { description: 'Whether it is archived (kept on old proposals, offered for no new one).' })
  archived(@Parent() c: CategoryObject): boolean {
    return c.archivedAt != null;
  }
}
