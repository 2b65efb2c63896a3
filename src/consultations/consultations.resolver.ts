import { Args, Context, ID, Info, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { GraphQLResolveInfo } from 'graphql';
import { Public, Roles } from '../auth/decorators';
import { Role } from '../auth/role';
import { CurrentViewer, Viewer } from '../auth/viewer';
import { CommentsService } from '../comments/comments.service';
import { CommentConnection } from '../comments/dto/comment.object';
import { GraphQLContext } from '../graphql/context';
import { ConnectionArgs, toConnection } from '../graphql/pagination';
import { UserObject } from '../identity/dto/identity.objects';
import { IdentityService } from '../identity/identity.service';
import { ImageObject } from '../media/dto/image.object';
import { imageTargetKey, MediaService } from '../media/media.service';
import { NotificationsService } from '../notifications/notifications.service';
import { CONSULTATION_TARGET } from './consultation.notifications';
import { ConsultationState, isCouncil, QuestionKind, SCALE_MAX, SCALE_MIN } from './consultation.policy';
import { ConsultationRow, QuestionRow, ResponseRow } from './consultations.repository';
import { ConsultationsService, QuestionResultShape } from './consultations.service';
import {
  ConclusionObject,
  ConsultationAnswerObject,
  ConsultationConnection,
  ConsultationDocumentObject,
  ConsultationObject,
  ConsultationResponseObject,
  FreeTextAnswerConnection,
  QuestionObject,
  QuestionResultObject,
  ViewerCanRespondObject,
} from './dto/consultation.object';
import {
  ConsultationIdArgs,
  ConsultationsArgs,
  CreateConsultationInput,
  SubmitConsultationResponseInput,
  UpdateConsultationInput,
} from './dto/consultation.inputs';

/**
 * Where a document is downloaded (ConsultationsController): under `/exports`, a path the server
 * answers itself, so a browser opening the link gets the PDF, not the client's page for the route.
 */
export const documentUrl = (consultationId: string, documentId: string) =>
  `/exports/consultations/${consultationId}/documents/${documentId}`;
/** Where the council downloads the responses (ConsultationsController). */
export const responsesCsvUrl = (consultationId: string) => `/exports/consultations/${consultationId}/responses.csv`;

@Resolver(() => ConsultationObject)
export class ConsultationsResolver {
  constructor(
    private readonly consultations: ConsultationsService,
    private readonly commentsService: CommentsService,
    private readonly identity: IdentityService,
    private readonly media: MediaService,
    private readonly notifications: NotificationsService,
  ) {}

  @Public()
  @Query(() => ConsultationConnection, {
    name: 'consultations',
    description: 'Consultations, newest opening first, optionally in one state.',
  })
  listConsultations(@Args() args: ConsultationsArgs) {
    return this.consultations.list(args);
  }

  @Public()
  @Query(() => ConsultationObject, { nullable: true, description: 'One consultation; null when missing.' })
  consultation(@Args() args: ConsultationIdArgs) {
    return this.consultations.findById(args.id);
  }

  @Roles(Role.COUNCIL)
  @Mutation(() => ConsultationObject, { description: 'Council: create a consultation with its questions.' })
  createConsultation(@Args('input', { description: 'The consultation.' }) input: CreateConsultationInput, @CurrentViewer() viewer: Viewer) {
    return this.consultations.create(viewer, input);
  }

  @Roles(Role.COUNCIL)
  @Mutation(() => ConsultationObject, {
    description: 'Council: change a consultation until it opens (questions: until a response exists).',
  })
  updateConsultation(
    @Args('id', { type: () => ID, description: 'The consultation.' }) id: string,
    @Args('input', { description: 'The fields to change.' }) input: UpdateConsultationInput,
    @CurrentViewer() viewer: Viewer,
  ) {
    return this.consultations.update(viewer, id, input);
  }

  @Roles(Role.COUNCIL)
  @Mutation(() => ConsultationObject, { description: 'Council: close an open consultation now.' })
  closeConsultation(@Args() args: ConsultationIdArgs, @CurrentViewer() viewer: Viewer) {
    return this.consultations.close(viewer, args.id);
  }

  @Roles(Role.COUNCIL)
  @Mutation(() => ConsultationObject, {
    description: 'Council: publish what was done with the answers of a closed consultation; every participant is notified.',
  })
  publishConclusion(
    @Args('id', { type: () => ID, description: 'The consultation.' }) id: string,
    @Args('body', { description: 'The conclusion, plain text.' }) body: string,
    @CurrentViewer() viewer: Viewer,
  ) {
    return this.consultations.publishConclusion(viewer, id, body);
  }

  @Roles(Role.COUNCIL)
  @Mutation(() => ConsultationObject, { description: 'Council: remove a document before the consultation opens.' })
  removeConsultationDocument(
    @Args('id', { type: () => ID, description: 'The consultation.' }) id: string,
    @Args('documentId', { type: () => ID, description: 'The document.' }) documentId: string,
    @CurrentViewer() viewer: Viewer,
  ) {
    return this.consultations.removeDocument(viewer, id, documentId);
  }

  @Mutation(() => ConsultationResponseObject, { description: 'Answer a consultation, once per resident.' })
  async submitConsultationResponse(
    @Args('input', { description: 'The answers.' }) input: SubmitConsultationResponseInput,
    @CurrentViewer() viewer: Viewer,
  ): Promise<ResponseRow> {
    return this.consultations.submit(viewer, input.consultationId, input.answers);
  }

  @ResolveField(() => ConsultationState, { description: 'UPCOMING, OPEN or CLOSED, from the dates and the server clock.' })
  state(@Parent() c: ConsultationRow): ConsultationState {
    return this.consultations.state(c);
  }

  @ResolveField(() => [QuestionObject], { description: 'The questions, in order.' })
  questions(@Parent() c: ConsultationRow, @Context() ctx: GraphQLContext): Promise<QuestionRow[]> {
    return ctx.loaders.get(this.consultations.questionsByConsultation).load(c.id);
  }

  @ResolveField(() => [ConsultationDocumentObject], { description: 'Attached PDF documents, oldest first, with their download URLs.' })
  async documents(@Parent() c: ConsultationRow, @Context() ctx: GraphQLContext): Promise<ConsultationDocumentObject[]> {
    const docs = await ctx.loaders.get(this.consultations.documentsByConsultation).load(c.id);
    return docs.map((d) => ({
      id: d.id,
      title: d.title,
      filename: d.filename,
      size: d.size,
      createdAt: d.createdAt,
      url: documentUrl(c.id, d.id),
    }));
  }

  @ResolveField(() => Boolean, { description: 'Whether the viewer has answered (false for visitors).' })
  async viewerHasResponded(@Parent() c: ConsultationRow, @CurrentViewer() viewer: Viewer | null, @Context() ctx: GraphQLContext) {
    return viewer ? !!(await ctx.loaders.get(this.consultations.responseOfUser).load(`${viewer.id}:${c.id}`)) : false;
  }

  @ResolveField(() => ConsultationResponseObject, {
    nullable: true,
    description: 'The viewer’s own response with its answers; null when none.',
  })
  viewerResponse(@Parent() c: ConsultationRow, @CurrentViewer() viewer: Viewer | null, @Context() ctx: GraphQLContext) {
    return viewer ? ctx.loaders.get(this.consultations.responseOfUser).load(`${viewer.id}:${c.id}`) : null;
  }

  @ResolveField(() => ViewerCanRespondObject, { description: 'Whether the viewer may answer now, with the reason when not.' })
  async viewerCanRespond(
    @Parent() c: ConsultationRow,
    @CurrentViewer() viewer: Viewer | null,
    @Context() ctx: GraphQLContext,
  ): Promise<ViewerCanRespondObject> {
    let district: string | null = null;
    let responded = false;
    if (viewer) {
      const [user, response] = await Promise.all([
        ctx.loaders.get(this.identity.userLoader).load(viewer.id),
        ctx.loaders.get(this.consultations.responseOfUser).load(`${viewer.id}:${c.id}`),
      ]);
      district = user?.district ?? null;
      responded = !!response;
    }
    const reason = await this.consultations.refusal(c, viewer, district, responded);
    return { allowed: reason === null, reason };
  }

  @ResolveField(() => [QuestionResultObject], {
    nullable: true,
    description: 'Results per question, in order; null while hidden (AFTER_CLOSE before the close), always shown to the council.',
  })
  async results(@Parent() c: ConsultationRow, @CurrentViewer() viewer: Viewer | null, @Context() ctx: GraphQLContext) {
    if (!this.consultations.resultsVisible(c, viewer)) return null;
    return this.consultations.results(await ctx.loaders.get(this.consultations.questionsByConsultation).load(c.id));
  }

  @ResolveField(() => ConclusionObject, {
    nullable: true,
    description: 'What the council did with the answers; null before it is published.',
  })
  conclusion(@Parent() c: ConsultationRow): ConclusionObject | null {
    if (c.conclusionBody === null || !c.conclusionPublishedAt || !c.conclusionAuthorId) return null;
    return { body: c.conclusionBody, publishedAt: c.conclusionPublishedAt, authorId: c.conclusionAuthorId };
  }

  @ResolveField(() => String, {
    nullable: true,
    description: 'Council only (null for others): where to download the responses as CSV, with the same bearer token.',
  })
  responsesCsvUrl(@Parent() c: ConsultationRow, @CurrentViewer() viewer: Viewer | null): string | null {
    return isCouncil(viewer) ? responsesCsvUrl(c.id) : null;
  }

  @ResolveField(() => [ImageObject], { description: 'Its photos, in order.' })
  images(@Parent() c: ConsultationRow, @Context() ctx: GraphQLContext): Promise<ImageObject[]> {
    return ctx.loaders.get(this.media.imagesByTarget).load(imageTargetKey({ type: CONSULTATION_TARGET, id: c.id }));
  }

  @ResolveField(() => CommentConnection, { description: 'Top-level comments, oldest first (replies under each).' })
  comments(
    @Parent() c: ConsultationRow,
    @Args() args: ConnectionArgs,
    @CurrentViewer() viewer: Viewer | null,
    @Context() ctx: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return this.commentsService.connectionForTarget(ctx.loaders, CONSULTATION_TARGET, c.id, args, viewer, info);
  }

  @ResolveField(() => Int, { description: 'How many users follow it.' })
  async followerCount(@Parent() c: ConsultationRow, @CurrentViewer() viewer: Viewer | null, @Context() ctx: GraphQLContext) {
    return (await this.notifications.followState(ctx.loaders, viewer, CONSULTATION_TARGET, c.id)).followerCount;
  }

  @ResolveField(() => Boolean, { description: 'Whether the viewer follows it (false for visitors).' })
  async viewerIsFollowing(@Parent() c: ConsultationRow, @CurrentViewer() viewer: Viewer | null, @Context() ctx: GraphQLContext) {
    if (!viewer) return false;
    return (await this.notifications.followState(ctx.loaders, viewer, CONSULTATION_TARGET, c.id)).viewerIsFollowing;
  }
}

@Resolver(() => QuestionObject)
export class QuestionResolver {
  @ResolveField(() => Int, { nullable: true, description: 'SCALE: the lowest value (1).' })
  scaleMin(@Parent() q: QuestionRow): number | null {
    return q.kind === QuestionKind.SCALE ? SCALE_MIN : null;
  }

  @ResolveField(() => Int, { nullable: true, description: 'SCALE: the highest value (5).' })
  scaleMax(@Parent() q: QuestionRow): number | null {
    return q.kind === QuestionKind.SCALE ? SCALE_MAX : null;
  }
}

@Resolver(() => QuestionResultObject)
export class QuestionResultResolver {
  constructor(private readonly consultations: ConsultationsService) {}

  @ResolveField(() => FreeTextAnswerConnection, {
    nullable: true,
    description: 'FREE_TEXT: the answers, a page at a time (in a stable order, without authors); null for other kinds.',
  })
  async texts(@Parent() r: QuestionResultShape, @Args() args: ConnectionArgs, @Context() ctx: GraphQLContext) {
    if (r.kind !== QuestionKind.FREE_TEXT) return null;
    const rows = await ctx.loaders
      .get(this.consultations.textsByQuestion)
      .load(this.consultations.textsKey(r.questionId, args.first, args.after));
    return toConnection(rows, args.first, (t) => [null, t.responseId], r.responseCount, !!args.after);
  }
}

@Resolver(() => ConsultationResponseObject)
export class ConsultationResponseResolver {
  constructor(private readonly consultations: ConsultationsService) {}

  @ResolveField(() => Date, { description: 'When it was submitted.' })
  submittedAt(@Parent() r: ResponseRow): Date {
    return r.createdAt;
  }

  @ResolveField(() => ConsultationObject, { description: 'The consultation answered.' })
  consultation(@Parent() r: ResponseRow) {
    return this.consultations.findById(r.consultationId);
  }

  @ResolveField(() => [ConsultationAnswerObject], { description: 'The answers, in question order.' })
  async answers(@Parent() r: ResponseRow, @Context() ctx: GraphQLContext): Promise<ConsultationAnswerObject[]> {
    const [answers, questions] = await Promise.all([
      ctx.loaders.get(this.consultations.answersByResponse).load(r.id),
      ctx.loaders.get(this.consultations.questionsByConsultation).load(r.consultationId),
    ]);
    const kinds = new Map(questions.map((q) => [q.id, q.kind]));
    return answers.map((a) => {
      const ranked = kinds.get(a.questionId) === QuestionKind.RANKING;
      return {
        questionId: a.questionId,
        optionIds: ranked ? [] : a.optionIds,
        ranking: ranked ? a.optionIds : [],
        scale: a.scale,
        text: a.text,
      };
    });
  }
}

@Resolver(() => ConclusionObject)
export class ConclusionResolver {
  constructor(private readonly identity: IdentityService) {}

  @ResolveField(() => UserObject, { nullable: true, description: 'The councillor who published it.' })
  author(@Parent() c: ConclusionObject, @Context() ctx: GraphQLContext) {
    return ctx.loaders.get(this.identity.userLoader).load(c.authorId);
  }
}
