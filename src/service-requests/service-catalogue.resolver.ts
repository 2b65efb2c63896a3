import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { ArgsType, Field } from '@nestjs/graphql';
import { IsBoolean, IsEnum, IsOptional, IsString, MaxLength } from 'class-validator';
import { Public, Roles } from '../auth/decorators';
import { Role } from '../auth/role';
import { CurrentViewer, Viewer } from '../auth/viewer';
import { CommuneService } from '../commune/commune.service';
import { DepartmentObject } from '../commune/dto/commune.objects';
import { GraphQLContext } from '../graphql/context';
import { toServiceObject } from './dto/service.mapper';
import {
  CreateResponseTemplateInput,
  CreateServiceInput,
  ResponseTemplateObject,
  ServiceObject,
  UpdateResponseTemplateInput,
  UpdateServiceInput,
} from './dto/service.object';
import { ServiceCatalogueService } from './service-catalogue.service';
import { ServiceMoveDirection } from './service-request.enums';

@ArgsType()
class ServicesArgs {
  @Field({ nullable: true, defaultValue: false, description: 'Admins: include withdrawn services.' })
  @IsOptional()
  @IsBoolean()
  includeInactive?: boolean;
}

@ArgsType()
class IdArgs {
  @Field(() => ID, { description: 'Opaque id.' }) @IsString() @MaxLength(100) id: string;
}

@ArgsType()
class MoveServiceArgs {
  @Field(() => ID, { description: 'Id of the service.' }) @IsString() @MaxLength(100) id: string;
  @Field(() => ServiceMoveDirection, { description: 'UP or DOWN.' }) @IsEnum(ServiceMoveDirection) direction: ServiceMoveDirection;
}

@ArgsType()
class DepartmentArgs {
  @Field(() => ID, { description: 'A department the viewer works for (admins: any).' }) @IsString() @MaxLength(100) departmentId: string;
}

@Resolver(() => ServiceObject)
export class ServiceCatalogueResolver {
  constructor(
    private readonly catalogue: ServiceCatalogueService,
    private readonly commune: CommuneService,
  ) {}

  @Public()
  @Query(() => [ServiceObject], {
    description: 'The catalogue of services residents can file requests for: groups by name, then services in the order admins set.',
  })
  async services(@Args() args: ServicesArgs, @CurrentViewer() viewer: Viewer | null) {
    const all = args.includeInactive && viewer?.roles.includes(Role.ADMIN);
    return (await this.catalogue.services(!!all)).map(toServiceObject);
  }

  @Public()
  @Query(() => ServiceObject, { nullable: true, description: 'One service of the catalogue.' })
  async service(@Args() args: IdArgs) {
    const found = await this.catalogue.serviceById(args.id);
    return found ? toServiceObject(found) : null;
  }

  @Roles(Role.ADMIN)
  @Mutation(() => ServiceObject, { description: 'Admin: add a service to the catalogue.' })
  async createService(@Args('input', { description: 'The new service.' }) input: CreateServiceInput) {
    return toServiceObject(await this.catalogue.createService(input));
  }

  @Roles(Role.ADMIN)
  @Mutation(() => ServiceObject, {
    description:
      'Admin: change a service, withdraw it from the catalogue (active: false; its requests keep it) or bring it back (active: true). Requests already filed keep their answers readable with the fields they were filed under.',
  })
  async updateService(
    @Args('id', { type: () => ID, description: 'Id of the service.' }) id: string,
    @Args('input', { description: 'The changes.' }) input: UpdateServiceInput,
  ) {
    return toServiceObject(await this.catalogue.updateService(id, input));
  }

  @Roles(Role.ADMIN)
  @Mutation(() => [ServiceObject], {
    description:
      "Admin: move an active service one place up or down among its group's active services. Answers the group's services (withdrawn ones too) in their new order.",
  })
  async moveService(@Args() args: MoveServiceArgs) {
    return (await this.catalogue.moveService(args.id, args.direction)).map(toServiceObject);
  }

  @Query(() => [ResponseTemplateObject], { description: 'Staff of the department: its response templates, by title.' })
  responseTemplates(@Args() args: DepartmentArgs, @CurrentViewer() viewer: Viewer) {
    return this.catalogue.templates(viewer, args.departmentId);
  }

  @Mutation(() => ResponseTemplateObject, { description: 'Staff of the department: add a response template.' })
  createResponseTemplate(
    @Args('input', { description: 'The new template.' }) input: CreateResponseTemplateInput,
    @CurrentViewer() viewer: Viewer,
  ) {
    return this.catalogue.createTemplate(viewer, input);
  }

  @Mutation(() => ResponseTemplateObject, { description: 'Staff of its department: change a response template.' })
  updateResponseTemplate(
    @Args('id', { type: () => ID, description: 'Id of the template.' }) id: string,
    @Args('input', { description: 'The changes.' }) input: UpdateResponseTemplateInput,
    @CurrentViewer() viewer: Viewer,
  ) {
    return this.catalogue.updateTemplate(viewer, id, input);
  }

  @Mutation(() => Boolean, { description: 'Staff of its department: delete a response template.' })
  deleteResponseTemplate(@Args() args: IdArgs, @CurrentViewer() viewer: Viewer) {
    return this.catalogue.deleteTemplate(viewer, args.id);
  }

  @ResolveField(() => DepartmentObject, { description: 'The department that handles its requests.' })
  department(@Parent() service: ServiceObject, @Context() ctx: GraphQLContext) {
    return ctx.loaders.get(this.commune.departmentById).load(service.departmentId);
  }
}
