import { Injectable } from '@nestjs/common';
import type { Viewer } from '../auth/viewer';
import { TransactionRunner, Tx } from '../database/transaction';
import type { AttachedImage } from '../media/dto/image.object';
import { MediaService } from '../media/media.service';
import { NotificationsService } from '../notifications/notifications.service';
import { DescribedContent, Flaggable, FlagRefusal, FlagTarget, HiddenMark, mayReadHidden } from '../moderation/flag-target';
import { SERVICE_REQUEST_TARGET } from './service-request.notifications';
import { Access, accessOf } from './service-request.policy';
import { RequestRow, ServiceRequestsRepository } from './service-requests.repository';

/** The photos of public requests as moderation names them. */
export const SERVICE_REQUEST_PHOTO = 'SERVICE_REQUEST_PHOTO';

/** The web client's page of a request. */
const requestPath = (id: string) => `/service-requests/${id}`;

/**
 * The photos the public sees on a report (those filed with a public request; a formality's photos
 * and those of the requester's replies are never public) can be flagged and hidden. A hidden photo
 * leaves the public view of the request and its URL stops being served without a signature; the
 * requester (who uploaded it, with the reason), the department's staff and moderators still see it.
 * The id is the photo's (`Image.id`).
 */
@Injectable()
@Flaggable(SERVICE_REQUEST_PHOTO, 'A photo shown on a public service request (its `Image.id`).')
export class ServiceRequestPhotoFlagTarget implements FlagTarget {
  constructor(
    private readonly repo: ServiceRequestsRepository,
    private readonly tx: TransactionRunner,
    private readonly media: MediaService,
    private readonly notifications: NotificationsService,
  ) {}

  async flagRefusal(viewer: Viewer, id: string): Promise<FlagRefusal | null> {
    const [photo] = await this.publicPhotos([id], this.tx.reader);
    if (!photo) return FlagRefusal.NOT_FOUND;
    const hidden = (await this.repo.hiddenImagesByIds(this.tx.reader, [id])).length > 0;
    // A hidden photo is gone for the public: NOT_FOUND to whoever cannot see it any more.
    if (hidden && !this.seesHidden(viewer, photo)) return FlagRefusal.NOT_FOUND;
    if (photo.image.ownerId === viewer.id || photo.request.requesterId === viewer.id) return FlagRefusal.OWN_CONTENT;
    return hidden ? FlagRefusal.ALREADY_HIDDEN : null;
  }

  /** Three queries for a whole batch: the images, their requests (and replies' photos), their hidden marks. */
  async describe(ids: readonly string[], tx: Tx = this.tx.reader): Promise<DescribedContent[]> {
    const photos = await this.publicPhotos(ids, tx);
    if (!photos.length) return [];
    const hidden = new Map(
      (
        await this.repo.hiddenImagesByIds(
          tx,
          photos.map((p) => p.image.image.id),
        )
      ).map((h) => [h.imageId, h]),
    );
    return photos.map(({ image, request }) => {
      const mark = hidden.get(image.image.id);
      return {
        id: image.image.id,
        authorId: image.ownerId,
        title: null,
        text: null,
        // A hidden photo is private: moderators get signed URLs.
        image: mark ? { ...image.image, restricted: true, hidden: true, hiddenReason: mark.hiddenReason } : image.image,
        createdAt: image.createdAt,
        context: { type: SERVICE_REQUEST_TARGET, id: request.id, title: request.reference },
        path: requestPath(request.id),
        hiddenAt: mark?.hiddenAt ?? null,
        hiddenReason: mark?.hiddenReason ?? null,
      };
    });
  }

  async setHidden(tx: Tx, id: string, hidden: HiddenMark | null): Promise<{ authorId: string } | null> {
    const [photo] = await this.publicPhotos([id], tx);
    if (!photo) return null;
    if (hidden) await this.repo.hideImage(tx, id, photo.request.id, hidden);
    else await this.repo.showImage(tx, id);
    // Those watching the request live read it again (each with their rights): the photo goes or comes back.
    await this.notifications.targetChanged(tx, { targetType: SERVICE_REQUEST_TARGET, targetId: photo.request.id });
    return { authorId: photo.image.ownerId };
  }

  /** The requester and staff of its department, and moderators, still see a hidden photo. */
  private seesHidden(viewer: Viewer, photo: { image: AttachedImage; request: RequestRow }): boolean {
    return mayReadHidden(viewer, photo.image.ownerId) || accessOf(viewer, photo.request) === Access.STAFF;
  }

  /** Those of these images that the public sees (or saw, before a hide): filed with a public request, not with a reply. */
  private async publicPhotos(ids: readonly string[], tx: Tx): Promise<{ image: AttachedImage; request: RequestRow }[]> {
    const images = (await this.media.attachedImages(ids, tx)).filter((a) => a.attachedType === SERVICE_REQUEST_TARGET && a.attachedId);
    if (!images.length) return [];
    const requestIds = [...new Set(images.map((a) => a.attachedId as string))];
    const requests = new Map((await this.repo.requestsByIds(tx, requestIds)).filter((r) => r.isPublic).map((r) => [r.id, r]));
    if (!requests.size) return [];
    const fromReplies = new Set((await this.repo.replyImageIds(tx, [...requests.keys()])).map((r) => r.imageId));
    return images
      .filter((a) => requests.has(a.attachedId as string) && !fromReplies.has(a.image.id))
      .map((a) => ({ image: a, request: requests.get(a.attachedId as string) as RequestRow }));
  }
}
