import { Injectable } from '@nestjs/common';
import type { Viewer } from '../auth/viewer';
import { CommuneIdentityService, CommuneView } from '../commune/commune-identity.service';
import { TransactionRunner } from '../database/transaction';
import { MediaService } from '../media/media.service';
import { COMMUNE_LOGO_TARGET } from './commune-logo-target';

/**
 * The commune's logo: an upload (`POST /media`) attached to the identity row. A module of its own,
 * above media, because the commune (a lower layer, read by every domain) cannot use the media
 * domain itself.
 */
@Injectable()
export class CommuneLogoService {
  constructor(
    private readonly identity: CommuneIdentityService,
    private readonly media: MediaService,
    private readonly tx: TransactionRunner,
  ) {}

  /**
   * Makes an upload of the admin's the logo (null removes it; the old one is detached and deleted by
   * the media clean-up). FORBIDDEN ADMIN_ONLY; CONFLICT IDENTITY_NOT_SET before the identity's first
   * save; BAD_USER_INPUT on imageId (media's reasons: IMAGE_NOT_FOUND, IMAGE_NOT_YOURS,
   * IMAGE_ALREADY_ATTACHED).
   */
  setLogo(viewer: Viewer, imageId: string | null): Promise<CommuneView> {
    return this.tx.run(async (tx) => {
      const row = await this.identity.lockForLogo(tx, viewer);
      await this.media.replaceImages(tx, viewer.id, imageId ? [imageId] : [], { type: COMMUNE_LOGO_TARGET, id: row.id }, 'imageId');
      return this.identity.setLogo(tx, viewer, imageId);
    });
  }
}
