import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Roles } from '../auth/decorators';
import { Role } from '../auth/role';
import { CurrentViewer, Viewer } from '../auth/viewer';
import { ApiKeyObject, CreateApiKeyArgs, RevokeApiKeyArgs } from './dto/api-key.object';
import { Open311KeysService } from './open311-keys.service';

@Resolver(() => ApiKeyObject)
export class Open311Resolver {
  constructor(private readonly keys: Open311KeysService) {}

  @Roles(Role.ADMIN)
  @Query(() => [ApiKeyObject], {
    description: 'Admin: the Open311 API keys, active ones (at most 50) newest first, then the 50 most recently revoked.',
  })
  open311ApiKeys() {
    return this.keys.list();
  }

  @Roles(Role.ADMIN)
  @Mutation(() => String, {
    description:
      'Admin: a new Open311 API key for a client application. The answer is the key itself, shown this once (only its hash is kept). ' +
      'CONFLICT TOO_MANY_API_KEYS beyond 50 active keys.',
  })
  async createOpen311ApiKey(@Args() args: CreateApiKeyArgs, @CurrentViewer() viewer: Viewer): Promise<string> {
    return (await this.keys.create(viewer, args.name)).key;
  }

  @Roles(Role.ADMIN)
  @Mutation(() => Boolean, {
    description: 'Admin: revoke an Open311 API key at once. NOT_FOUND API_KEY_NOT_FOUND if unknown or already revoked.',
  })
  revokeOpen311ApiKey(@Args() args: RevokeApiKeyArgs) {
    return this.keys.revoke(args.id);
  }
}
