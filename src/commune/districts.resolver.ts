import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Public, Roles } from '../auth/decorators';
import { Role } from '../auth/role';
import { CurrentViewer, Viewer } from '../auth/viewer';
import { DistrictConnection, DistrictObject } from './dto/district.objects';
import {
  CreateDistrictInput,
  DistrictAtArgs,
  DistrictIdArgs,
  DistrictListArgs,
  MergeDistrictArgs,
  UpdateDistrictInput,
} from './dto/district.inputs';
import { DistrictRow } from './districts.repository';
import { DistrictsService } from './districts.service';

function toObject(row: DistrictRow): DistrictObject {
  return {
    id: row.id,
    name: row.name,
    position: row.position,
    archived: row.archivedAt !== null,
    archivedAt: row.archivedAt,
    shape: row.shape === null ? null : JSON.stringify(row.shape),
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

@Resolver(() => DistrictObject)
export class DistrictsResolver {
  constructor(private readonly service: DistrictsService) {}

  @Public()
  @Query(() => [String], { description: "The commune's districts offered for new records: active ones, in order." })
  districts() {
    return this.service.activeNames();
  }

  @Public()
  @Query(() => DistrictConnection, {
    description: 'The districts with their ids, state and outlines, in order (archived ones when asked).',
  })
  async districtList(@Args() args: DistrictListArgs) {
    const page = await this.service.list(args);
    return { ...page, edges: page.edges.map((e) => ({ cursor: e.cursor, node: toObject(e.node) })) };
  }

  @Public()
  @Query(() => DistrictObject, { nullable: true, description: 'One district (archived ones too); null when unknown.' })
  async district(@Args() { id }: DistrictIdArgs) {
    const row = await this.service.byId(id);
    return row && toObject(row);
  }

  @Public()
  @Query(() => DistrictObject, {
    nullable: true,
    description: 'The active district whose outline holds this point (to suggest it in a form); null when none does.',
  })
  async districtAt(@Args() args: DistrictAtArgs) {
    const row = await this.service.at(args.latitude, args.longitude);
    return row && toObject(row);
  }

  @Roles(Role.ADMIN)
  @Mutation(() => DistrictObject, { description: 'Admin: add a district at the end of the list.' })
  async createDistrict(@Args('input', { description: 'The district.' }) input: CreateDistrictInput, @CurrentViewer() viewer: Viewer) {
    return toObject(await this.service.create(viewer, input));
  }

  @Roles(Role.ADMIN)
  @Mutation(() => DistrictObject, {
    description: 'Admin: rename a district (records holding its name follow) and/or replace its outline.',
  })
  async updateDistrict(
    @Args('id', { type: () => ID, description: 'The district.' }) id: string,
    @Args('input', { description: 'What changes.' }) input: UpdateDistrictInput,
    @CurrentViewer() viewer: Viewer,
  ) {
    return toObject(await this.service.update(viewer, id, input));
  }

  @Roles(Role.ADMIN)
  @Mutation(() => DistrictObject, {
    description: 'Admin: merge a district into another (its records take the other’s name; it is deleted). Returns the one kept.',
  })
  async mergeDistrict(@Args() { id, intoId }: MergeDistrictArgs, @CurrentViewer() viewer: Viewer) {
    return toObject(await this.service.merge(viewer, id, intoId));
  }

  @Roles(Role.ADMIN)
  @Mutation(() => DistrictObject, { description: 'Admin: stop offering a district for new records (old records keep it).' })
  async archiveDistrict(@Args() { id }: DistrictIdArgs, @CurrentViewer() viewer: Viewer) {
    return toObject(await this.service.archive(viewer, id));
  }

  @Roles(Role.ADMIN)
  @Mutation(() => DistrictObject, { description: 'Admin: offer an archived district again.' })
  async restoreDistrict(@Args() { id }: DistrictIdArgs, @CurrentViewer() viewer: Viewer) {
    return toObject(await this.service.restore(viewer, id));
  }
}
