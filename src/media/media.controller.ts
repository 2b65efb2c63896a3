import { Controller, Get, Headers, HttpCode, Param, Post, Res, StreamableFile, UploadedFile, UseInterceptors } from '@nestjs/common';
import type { Response } from 'express';
import { Public } from '../auth/decorators';
import { CurrentViewer, Viewer } from '../auth/viewer';
import { MediaService, UploadedImage } from './media.service';
import { UploadInterceptor } from './upload.interceptor';

/** A variant never changes once stored (a new photo gets a new id): cache it for a year. */
const IMMUTABLE = 'public, max-age=31536000, immutable';

/** `POST /media` (signed in) and `GET /media/:id/:variant` (public). */
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
    @Res({ passthrough: true }) res: Response,
  ): Promise<StreamableFile | undefined> {
    const stored = await this.media.variant(id, variant);
    const etag = `"${id}-${variant}"`;
    res.setHeader('Cache-Control', IMMUTABLE);
    res.setHeader('ETag', etag);
    // Public photos may be shown by other sites and Open311 clients (helmet's default is same-origin).
    res.setHeader('Cross-Origin-Resource-Policy', 'cross-origin');
    if (ifNoneMatch === etag) {
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
