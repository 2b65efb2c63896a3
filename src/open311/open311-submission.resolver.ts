import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import DataLoader from 'dataloader';
import { CurrentViewer, Viewer } from '../auth/viewer';
import { TransactionRunner } from '../database/transaction';
import type { GraphQLContext } from '../graphql/context';
import { byKeys } from '../graphql/loaders';
import { ServiceRequestObject } from '../service-requests/dto/service-request.object';
import { ServiceRequestsService } from '../service-requests/service-requests.service';
import { Open311SubmissionObject } from './dto/open311-submission.object';
import { Open311Repository, SubmissionView } from './open311.repository';

type RequestRow = NonNullable<Awaited<ReturnType<ServiceRequestsService['visibleById']>>>;

/**
 * Adds `ServiceRequest.open311Submission` from this folder: the person's contact an Open311 client
 * gave, to the staff handling the request only (they may need to reach the person; the public
 * and the placeholder requester never see it). One query per batch of requests.
 */
@Resolver(() => ServiceRequestObject)
export class Open311SubmissionResolver {
  constructor(
    private readonly requests: ServiceRequestsService,
    private readonly repo: Open311Repository,
    private readonly tx: TransactionRunner,
  ) {}

  readonly submissionLoader = () =>
    new DataLoader<string, SubmissionView | null>(async (ids) =>
      byKeys(ids, await this.repo.submissionsOf(this.tx.reader, ids), (s) => s.requestId),
    );

  @ResolveField(() => Open311SubmissionObject, {
    nullable: true,
    description: 'Filed through Open311: the client application and the contact it gave (staff of its department only; null otherwise).',
  })
  async open311Submission(
    @Parent() r: RequestRow,
    @CurrentViewer() viewer: Viewer | null,
    @Context() ctx: GraphQLContext,
  ): Promise<Open311SubmissionObject | null> {
    // Access.STAFF (the enum lives in the policy, an internal file of service-requests).
    if (String(this.requests.accessOf(viewer, r)) !== 'STAFF') return null;
    return ctx.loaders.get(this.submissionLoader).load(r.id);
  }
}
