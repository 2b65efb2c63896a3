import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

/** The sizes an image is served in (GraphQL names; the URL uses the lower-case name). */
export enum ImageVariant {
  THUMB = 'thumb',
  MEDIUM = 'medium',
  LARGE = 'large',
}

registerEnumType(ImageVariant, {
  name: 'ImageVariant',
  description: 'A size an image is served in, always WebP with no metadata.',
  valuesMap: {
    THUMB: { description: 'Fits inside 320×320 pixels: lists and previews.' },
    MEDIUM: { description: 'Fits inside 1024×1024 pixels: the page of the item.' },
    LARGE: { description: 'Fits inside 2048×2048 pixels: full screen.' },
  },
});

@ObjectType('Image', {
  description:
    'A photo attached to a proposal, a service request or a forum topic. Converted on upload: turned upright, ' +
    'every metadata removed (EXIF, GPS, XMP), colours in sRGB, served as WebP in three sizes; the original is never served.',
})
export class ImageObject {
  @Field(() => ID, { description: 'What `imageIds` take; stable.' })
  id: string;

  @Field(() => Int, { description: 'Width of the upright original in pixels; every variant keeps its aspect ratio.' })
  width: number;

  @Field(() => Int, { description: 'Height of the upright original in pixels.' })
  height: number;

  @Field({ description: 'Dominant colour (`#rrggbb`) to paint while the image loads.' })
  placeholder: string;

  /** Not in the API: set for private images (a formality's…), whose `url` is signed and expires. */
  restricted?: boolean;

  /**
   * Set by the domain that owns the photo when a moderator hid it (the domain shows a hidden photo
   * only to its uploader, the staff handling it and moderators, with a signed URL).
   */
  hidden?: boolean;

  /** The moderator's reason, set by the owning domain for those who may read it (uploader, moderators). */
  hiddenReason?: string | null;
}

/** An attached image with the facts its owning domain needs (who uploaded it, to what, when). */
export interface AttachedImage {
  image: ImageObject;
  ownerId: string;
  attachedType: string | null;
  attachedId: string | null;
  createdAt: Date;
}
