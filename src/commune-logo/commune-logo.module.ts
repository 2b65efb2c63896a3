import { Module } from '@nestjs/common';
import { CommuneModule } from '../commune/commune.module';
import { MediaModule } from '../media/media.module';
import { CommuneLogoTarget } from './commune-logo-target';
import { CommuneLogoResolver } from './commune-logo.resolver';
import { CommuneLogoService } from './commune-logo.service';

/** The commune's logo: an image (media) on the commune's identity (commune). */
@Module({
  imports: [CommuneModule, MediaModule],
  providers: [CommuneLogoTarget, CommuneLogoService, CommuneLogoResolver],
})
export class CommuneLogoModule {}
