import { Injectable } from '@nestjs/common';
import type { Viewer } from '../auth/viewer';
import { TransactionRunner } from '../database/transaction';
import { ImageVisibility, PhotoTarget, Photographable } from '../media/image-targets';
import { Followable, FollowTarget } from '../notifications/follow-target';
import { SERVICE_REQUEST_TARGET } from './service-request.notifications';
import { ServiceRequestsRepository } from './service-requests.repository';
import { ServiceRequestsService } from './service-requests.service';

/**
 * What service requests can do in the generic domains: be followed (by whoever may see them) and
 * carry photos, private for formalities and for the requester's replies.
 */
@Injectable()
@Followable(SERVICE_REQUEST_TARGET, 'A service request the viewer can see (a formality: only its requester and staff).')
@Photographable(SERVICE_REQUEST_TARGET)
export class ServiceRequestTargets implements FollowTarget, PhotoTarget {
  constructor(
    private readonly requests: ServiceRequestsService,
    private readonly repo: ServiceRequestsRepository,
    private readonly tx: TransactionRunner,
  ) {}

  async canFollow(viewer: Viewer, targetId: string): Promise<boolean> {
    return (await this.requests.visibleById(viewer, targetId)) !== null;
  }

  /**
   * A request's photo is private (served only through signed URLs, given to the requester and
   * staff) when the request is (a formality), when it came with a reply of the requester, or while
   * a moderator has it hidden (then moderators get signed URLs too).
   */
  async imageVisibility(requestId: string, imageId: string): Promise<ImageVisibility> {
    const row = await this.repo.requestById(this.tx.reader, requestId);
    if (!row || !row.isPublic) return ImageVisibility.PRIVATE;
    const fromReply = (await this.repo.replyImageIds(this.tx.reader, [requestId])).some((r) => r.imageId === imageId);
    if (fromReply) return ImageVisibility.PRIVATE;
    const hidden = (await this.repo.hiddenImagesByIds(this.tx.reader, [imageId])).length > 0;
    return hidden ? ImageVisibility.PRIVATE : ImageVisibility.PUBLIC;
  }
}
