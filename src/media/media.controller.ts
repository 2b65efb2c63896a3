import { Controller, Get, Headers, HttpCode, Param, Post, Query, Res, StreamableFile, UploadedFile, UseInterceptors } from '@nestjs/common';
import type { Response } from 'express';
import { Public } from '../auth/decorators';
import { CurrentViewer, Viewer } from '../auth/viewer';
import { MediaService, UploadedImage } from './media.service';
import { UploadInterceptor } from './upload.interceptor';

/** A variant never changes once stored (a new photo gets a new id): cache it for a year. */
const IMMUTABLE = 'public, max-age=31536000, immutable';

/**
 * `POST /media` (signed in) and `GET /media/:id/:variant` (public; a private image's variant only
 * with the signed URL its target's viewers are given).
 */
@Controller('media')
export class MediaController {
  constructor(private readonly media: MediaService) {}

  @Post()
  @HttpCode(201)
  @UseInterceptors(UploadInterceptor)
  upload(@CurrentViewer() viewer: Viewer, @UploadedFile() file: Express.Multer.File): Promise<UploadedImage> {
    return this.media.upload(viewer.id, file.buffer);
  }

  @Public()
  @Get(':id/:variant')
  async variant(
    @Param('id') id: string,
    @Param('variant') variant: string,
    @Headers('if-none-match') ifNoneMatch: string | undefined,
    @Query('exp') exp: string | undefined,
    @Query('sig') sig: string | undefined,
    @Res({ passthrough: true }) res: Response,
  ): Promise<StreamableFile | undefined> {
    const { load, privateMaxAge } = await this.media.variant(id, variant, { exp, sig });
    const etag = `"${id}-${variant}"`;
    // A revalidation is answered without fetching the bytes; otherwise they are fetched before any
    // caching header is set, so a missing file's 404 is never cached as the image.
    const stored = ifNoneMatch === etag ? null : await load();
    res.setHeader('ETag', etag);
    if (privateMaxAge !== null) {
      // A private photo (a formality's): the browser may keep it until the URL expires, shared
      // caches never; and it is not for other sites (helmet's same-origin policy stays).
      res.setHeader('Cache-Control', `private, max-age=${privateMaxAge}`);
    } else {
      res.setHeader('Cache-Control', IMMUTABLE);
      // Public photos may be shown by other sites and Open311 clients (helmet's default is same-origin).
      res.setHeader('Cross-Origin-Resource-Policy', 'cross-origin');
    }
    if (!stored) {
      res.status(304);
      return undefined;
    }
    return new StreamableFile(stored.open(), {
      type: 'image/webp',
      length: stored.size,
      disposition: `inline; filename="${id}-${variant}.webp"`,
    });
  }
}
