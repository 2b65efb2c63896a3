import { Injectable } from '@nestjs/common';
import { CommuneIdentityService } from '../commune/commune-identity.service';
import { ImageVisibility, Photographable, PhotoTarget } from '../media/image-targets';

export const COMMUNE_LOGO_TARGET = 'COMMUNE_LOGO';

/** The commune's logo is an image attached to its identity row: public while it is the logo. */
@Injectable()
@Photographable(COMMUNE_LOGO_TARGET)
export class CommuneLogoTarget implements PhotoTarget {
  constructor(private readonly identity: CommuneIdentityService) {}

  async imageVisibility(_targetId: string, imageId: string): Promise<ImageVisibility> {
    return (await this.identity.isLogo(imageId)) ? ImageVisibility.PUBLIC : ImageVisibility.OWNER_ONLY;
  }
}
