import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Public, Roles } from '../auth/decorators';
import { Role } from '../auth/role';
import { CommuneService } from './commune.service';
import { CategoryObject, CreateCategoryInput, CreateDepartmentInput, DepartmentObject } from './dto/commune.objects';

@Resolver()
export class CommuneResolver {
  constructor(private readonly commune: CommuneService) {}

  @Public()
  @Query(() => [DepartmentObject], { description: 'The departments of the town hall.' })
  departments() {
    return this.commune.departments();
  }

  @Public()
  @Query(() => [CategoryObject], { description: 'Proposal categories.' })
  categories() {
    return this.commune.categories();
  }

  @Roles(Role.ADMIN)
  @Mutation(() => DepartmentObject, { description: 'Admin: add a department.' })
  createDepartment(@Args('input', { description: 'The new department.' }) input: CreateDepartmentInput) {
    return this.commune.createDepartment(input.code, input.name);
  }

  @Roles(Role.ADMIN)
  @Mutation(() => CategoryObject, { description: 'Admin: add a proposal category.' })
  createCategory(@Args('input', { description: 'The new category.' }) input: CreateCategoryInput) {
    return this.commune.createCategory(input.name);
  }
}
