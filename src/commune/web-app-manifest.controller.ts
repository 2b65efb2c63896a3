import { Controller, Get, Res } from '@nestjs/common';
import type { Response } from 'express';
import { Public } from '../auth/decorators';
import { CommuneIdentityService } from './commune-identity.service';
import { webAppManifest } from './web-app-manifest';

/**
 * The web app manifest, written from the commune's identity (linked from the client's
 * index.html). Asked again each time (`no-cache`), so a renamed commune's app follows.
 */
@Controller()
export class WebAppManifestController {
  constructor(private readonly identity: CommuneIdentityService) {}

  @Public()
  @Get('manifest.webmanifest')
  async manifest(@Res({ passthrough: true }) res: Response) {
    const commune = await this.identity.get();
    res.type('application/manifest+json');
    res.setHeader('Cache-Control', 'no-cache');
    return webAppManifest(commune);
  }
}
