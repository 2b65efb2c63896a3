import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Public, Roles } from '../auth/decorators';
import { Role } from '../auth/role';
import { CurrentViewer, Viewer } from '../auth/viewer';
import { CommuneIdentityService } from './commune-identity.service';
import { CommuneIdentityInput, CommuneObject, CommuneSetupObject } from './dto/commune-identity.objects';
import { SetupService } from './setup.service';

@Resolver(() => CommuneObject)
export class CommuneIdentityResolver {
  constructor(
    private readonly identity: CommuneIdentityService,
    private readonly setup: SetupService,
  ) {}

  @Public()
  @Query(() => CommuneObject, { description: 'The commune running this site (defaults before it is set up).' })
  commune(): Promise<CommuneObject> {
    return this.identity.get();
  }

  @Public()
  @Query(() => CommuneSetupObject, { description: 'The first-run checklist: what an admin has set up so far.' })
  communeSetup() {
    return this.setup.status();
  }

  @Roles(Role.ADMIN)
  @Mutation(() => CommuneObject, { description: 'Admin: save the commune’s identity (colours checked for contrast).' })
  updateCommuneIdentity(
    @Args('input', { description: 'The whole identity.' }) input: CommuneIdentityInput,
    @CurrentViewer() viewer: Viewer,
  ) {
    return this.identity.update(viewer, input);
  }
}
