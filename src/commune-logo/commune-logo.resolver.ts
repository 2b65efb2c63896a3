import { Args, Context, ID, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Public, Roles } from '../auth/decorators';
import { Role } from '../auth/role';
import { CurrentViewer, Viewer } from '../auth/viewer';
import { CommuneObject } from '../commune/dto/commune-identity.objects';
import { GraphQLContext } from '../graphql/context';
import { ImageObject } from '../media/dto/image.object';
import { imageTargetKey, MediaService } from '../media/media.service';
import { COMMUNE_LOGO_TARGET } from './commune-logo-target';
import { CommuneLogoService } from './commune-logo.service';

@Resolver(() => CommuneObject)
export class CommuneLogoResolver {
  constructor(
    private readonly logos: CommuneLogoService,
    private readonly media: MediaService,
  ) {}

  @Public()
  @ResolveField(() => ImageObject, { nullable: true, description: 'Its logo (shown in the header), public; null when none.' })
  async logo(@Parent() commune: CommuneObject, @Context() ctx: GraphQLContext): Promise<ImageObject | null> {
    if (!commune.id || !commune.logoImageId) return null;
    const images = await ctx.loaders.get(this.media.imagesByTarget).load(imageTargetKey({ type: COMMUNE_LOGO_TARGET, id: commune.id }));
    return images.find((i) => i.id === commune.logoImageId) ?? null;
  }

  @Roles(Role.ADMIN)
  @Mutation(() => CommuneObject, {
    description: 'Admin: make an upload (`POST /media`) the commune’s logo, or remove it (null). Needs the identity saved first.',
  })
  setCommuneLogo(
    @Args('imageId', { type: () => ID, nullable: true, description: 'The upload; null removes the logo.' }) imageId: string | null,
    @CurrentViewer() viewer: Viewer,
  ) {
    return this.logos.setLogo(viewer, imageId);
  }
}
