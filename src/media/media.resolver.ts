import { Args, ID, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Public } from '../auth/decorators';
import { CurrentViewer, Viewer } from '../auth/viewer';
import { ImageObject, ImageVariant } from './dto/image.object';
import { MediaService } from './media.service';

@Resolver(() => ImageObject)
export class MediaResolver {
  constructor(private readonly media: MediaService) {}

  @Public()
  @Query(() => ImageObject, {
    nullable: true,
    description: 'An image by id: attached ones to anyone, not yet attached ones only to their uploader (else null).',
  })
  image(
    @Args('id', { type: () => ID, description: 'Id of the image, as `POST /media` returned it.' }) id: string,
    @CurrentViewer() viewer: Viewer | null,
  ): Promise<ImageObject | null> {
    return this.media.image(id, viewer?.id ?? null);
  }

  @Public()
  @ResolveField(() => String, {
    description:
      'Where to fetch the image in this size (WebP). Public images: a stable URL, cached for a year. Private ones (a formality’s): ' +
      'a signed URL valid one to two hours; ask again for a fresh one.',
  })
  url(
    @Parent() image: ImageObject,
    @Args('variant', { type: () => ImageVariant, defaultValue: ImageVariant.MEDIUM, description: 'The size wanted.' })
    variant: ImageVariant,
  ): string {
    return this.media.urlFor(image, variant);
  }

  @Public()
  @ResolveField(() => Boolean, {
    description:
      'Hidden by a moderator (as the record it belongs to says): then shown only to its uploader, the staff handling it and moderators, never to the public.',
  })
  hidden(@Parent() image: ImageObject): boolean {
    return image.hidden ?? false;
  }

  @Public()
  @ResolveField(() => String, {
    nullable: true,
    description: 'Why a moderator hid it: to its uploader and moderators only (null otherwise, and while shown).',
  })
  hiddenReason(@Parent() image: ImageObject): string | null {
    return image.hidden ? (image.hiddenReason ?? null) : null;
  }
}
