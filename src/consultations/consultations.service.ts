import { Inject, Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { randomUUID } from 'node:crypto';
import { Viewer } from '../auth/viewer';
import { AppError } from '../common/app-error';
import { Clock } from '../common/clock';
import { isUuid } from '../common/ids';
import { DistrictsService } from '../commune/districts.service';
import { TransactionRunner, Tx } from '../database/transaction';
import { byKeys, groupByKeys } from '../graphql/loaders';
import { ConnectionShape, decodeCursor, toConnection } from '../graphql/pagination';
import { IdentityService } from '../identity/identity.service';
import { Outbox } from '../jobs/outbox';
import { imageIdsRefused, MediaReason } from '../media/media.errors';
import { ImageTarget, MAX_IMAGES_PER_TARGET, MediaService } from '../media/media.service';
import { MEDIA_STORAGE, MediaStorage, StoredObject } from '../media/storage/media-storage';
import { NotificationsService } from '../notifications/notifications.service';
import { ConsultationError, RespondRefusal } from './consultation.errors';
import { CONSULTATION_TARGET, ConsultationNotification as N } from './consultation.notifications';
import {
  AnswerSpec,
  checkAnswers,
  ConsultationState,
  hasOptions,
  isCouncil,
  isResident,
  MAX_QUESTIONS,
  QuestionKind,
  questionErrors,
  QuestionSpec,
  respondRefusal,
  resultsVisible,
  SCALE_MAX,
  SCALE_MIN,
  stateAt,
} from './consultation.policy';
import {
  AnswerRow,
  ConsultationPatch,
  ConsultationRow,
  ConsultationsRepository,
  DocumentRow,
  QuestionRow,
  ResponseRow,
} from './consultations.repository';

export interface ConsultationInput {
  title: string;
  description: string;
  opensAt: Date;
  closesAt: Date;
  resultsVisibility: string;
  districts?: string[] | null;
  questions: QuestionSpec[];
  imageIds?: string[] | null;
}

export type ConsultationUpdate = {
  title?: string | null;
  description?: string | null;
  opensAt?: Date | null;
  closesAt?: Date | null;
  resultsVisibility?: string | null;
  districts?: string[] | null;
  questions?: QuestionSpec[] | null;
  imageIds?: string[] | null;
};

/** The results of one question, computed from the tallies the answers moved. */
export interface QuestionResultShape {
  questionId: string;
  kind: QuestionKind;
  responseCount: number;
  options: { optionId: string; label: string; count: number; share: number; averageRank: number | null }[];
  scaleAverage: number | null;
  scaleDistribution: number[] | null;
}

/** One response as the export's cursor yields it: answers by question id (s: scale, t: text, o: options in order). */
export interface ExportedResponse {
  id: string;
  submittedAt: string;
  answers: Record<string, { s: number | null; t: string | null; o: string[] | null }>;
}

/** What the CSV export streams: the questions (columns) and the rows, to be released once written. */
export interface ResponsesExport {
  filename: string;
  questions: QuestionRow[];
  rows: NodeJS.ReadableStream;
  /** Gives the connection back (`failed`: discards it, its cursor may be mid-way). */
  release: (failed?: boolean) => void;
}

/** Task of the job that deletes a removed document's file once its row's deletion committed. */
export const DELETE_DOCUMENT_FILE = 'consultations.delete-document-file';

const PDF_MAGIC = Buffer.from('%PDF-');
const imageTarget = (id: string): ImageTarget => ({ type: CONSULTATION_TARGET, id });

function assertNotBlank(value: string | null | undefined, path: string): void {
  if (value == null || value.trim().length === 0) throw AppError.field(path, 'isNotBlank', 'must not be blank');
}

/**
 * Consultations: the council builds one (text, documents, dates, eligibility, questions), residents
 * answer once while it is open, everyone sees the results per question (live, or once closed) and
 * the council publishes what it did with them. Every change and every response runs under the
 * consultation's row lock; the state comes from the dates and the server clock. The tallies move
 * with the answer rows in the response's transaction, so the results query reads a few rows
 * whatever the number of responses.
 */
@Injectable()
export class ConsultationsService {
  constructor(
    private readonly repo: ConsultationsRepository,
    private readonly tx: TransactionRunner,
    private readonly clock: Clock,
    private readonly districts: DistrictsService,
    private readonly identity: IdentityService,
    private readonly media: MediaService,
    private readonly notifications: NotificationsService,
    private readonly outbox: Outbox,
    @Inject(MEDIA_STORAGE) private readonly storage: MediaStorage,
  ) {}

  /**
   * The council creates a consultation with its questions (and photos) in one transaction.
   * FORBIDDEN COUNCIL_ONLY; BAD_USER_INPUT on input.title / input.description (blank),
   * input.closesAt (not after opensAt, or already past), input.districts (unknown), input.questions
   * (INVALID_QUESTIONS, one field per question), input.imageIds (media's reasons).
   */
  async create(viewer: Viewer, input: ConsultationInput): Promise<ConsultationRow> {
    if (!isCouncil(viewer)) throw AppError.forbidden(ConsultationError.COUNCIL_ONLY);
    assertNotBlank(input.title, 'input.title');
    assertNotBlank(input.description, 'input.description');
    this.checkDates(input.opensAt, input.closesAt);
    const districts = [...new Set(input.districts ?? [])];
    this.checkQuestions(input.questions);
    const imageIds = input.imageIds ?? [];
    this.checkImageCount(imageIds);
    return this.tx.run(async (tx) => {
      await this.districts.assertUsable(tx, input.districts, 'input.districts');
      const c = await this.repo.insert(tx, {
        title: input.title,
        description: input.description,
        opensAt: input.opensAt,
        closesAt: input.closesAt,
        resultsVisibility: input.resultsVisibility,
        districts,
        createdById: viewer.id,
      });
      await this.repo.insertQuestions(tx, c.id, input.questions.map(toNewQuestion));
      await this.media.attachImages(tx, viewer.id, imageIds, imageTarget(c.id), 'input.imageIds');
      return c;
    });
  }

  /**
   * The council changes a consultation until it opens: only the fields given; `questions` given
   * replaces them all (refused once a response exists: CONFLICT QUESTIONS_FROZEN); `imageIds`
   * given makes the photos exactly that list. NOT_FOUND; FORBIDDEN COUNCIL_ONLY; CONFLICT
   * NOT_EDITABLE (open or closed); BAD_USER_INPUT as for create.
   */
  async update(viewer: Viewer, id: string, input: ConsultationUpdate): Promise<ConsultationRow> {
    if (!isCouncil(viewer)) throw AppError.forbidden(ConsultationError.COUNCIL_ONLY);
    const patch: ConsultationPatch = {};
    if (input.title != null) {
      assertNotBlank(input.title, 'input.title');
      patch.title = input.title;
    }
    if (input.description != null) {
      assertNotBlank(input.description, 'input.description');
      patch.description = input.description;
    }
    if (input.opensAt != null) patch.opensAt = input.opensAt;
    if (input.closesAt != null) patch.closesAt = input.closesAt;
    if (input.resultsVisibility != null) patch.resultsVisibility = input.resultsVisibility;
    if (input.districts !== undefined) patch.districts = [...new Set(input.districts ?? [])];
    if (input.questions != null) this.checkQuestions(input.questions);
    const imageIds = input.imageIds === undefined ? undefined : (input.imageIds ?? []);
    if (imageIds) this.checkImageCount(imageIds);
    return this.tx.run(async (tx) => {
      // The districts' locks first, then the consultation's (a rename takes them in that order too).
      const districtUse = await this.districts.lockForUse(tx, input.districts, 'input.districts');
      const c = await this.lockExisting(tx, id);
      if (stateAt(c, this.clock.now()) !== ConsultationState.UPCOMING) throw AppError.conflict(ConsultationError.NOT_EDITABLE);
      // It may keep the districts it has, even archived ones.
      districtUse.assertActiveUnless(c.districts);
      if (input.questions != null && c.responseCount > 0) throw AppError.conflict(ConsultationError.QUESTIONS_FROZEN);
      this.checkDates(patch.opensAt ?? c.opensAt, patch.closesAt ?? c.closesAt);
      const row = await this.repo.update(tx, id, patch);
      if (input.questions != null) {
        await this.repo.deleteQuestions(tx, id);
        await this.repo.insertQuestions(tx, id, input.questions.map(toNewQuestion));
      }
      if (imageIds) await this.media.replaceImages(tx, viewer.id, imageIds, imageTarget(id), 'input.imageIds');
      return row;
    });
  }

  /** The council closes an open consultation now. NOT_FOUND; FORBIDDEN COUNCIL_ONLY; CONFLICT NOT_OPEN. */
  async close(viewer: Viewer, id: string): Promise<ConsultationRow> {
    if (!isCouncil(viewer)) throw AppError.forbidden(ConsultationError.COUNCIL_ONLY);
    return this.tx.run(async (tx) => {
      const c = await this.lockExisting(tx, id);
      const now = this.clock.now();
      if (stateAt(c, now) !== ConsultationState.OPEN) throw AppError.conflict(ConsultationError.NOT_OPEN);
      const row = await this.repo.close(tx, id, now);
      await this.notifications.targetChanged(tx, { targetType: CONSULTATION_TARGET, targetId: id });
      return row;
    });
  }

  /**
   * The council publishes (or corrects) what it did with the answers, once the consultation is
   * closed. Every participant still linked to an account and every follower is notified
   * (CONSULTATION_CONCLUSION_PUBLISHED), through the outbox in this transaction; the author is not.
   * NOT_FOUND; FORBIDDEN COUNCIL_ONLY; CONFLICT NOT_CLOSED; BAD_USER_INPUT body (blank).
   */
  async publishConclusion(viewer: Viewer, id: string, body: string): Promise<ConsultationRow> {
    if (!isCouncil(viewer)) throw AppError.forbidden(ConsultationError.COUNCIL_ONLY);
    assertNotBlank(body, 'body');
    return this.tx.run(async (tx) => {
      const c = await this.lockExisting(tx, id);
      const now = this.clock.now();
      if (stateAt(c, now) !== ConsultationState.CLOSED) throw AppError.conflict(ConsultationError.NOT_CLOSED);
      const row = await this.repo.publishConclusion(tx, id, body, viewer.id, now);
      await this.notifications.notifyFollowers(tx, {
        targetType: CONSULTATION_TARGET,
        targetId: id,
        kind: N.CONCLUSION_PUBLISHED,
        actorId: viewer.id,
        payload: { title: c.title, conclusion: body },
        alsoNotify: await this.repo.participantIds(tx, id),
      });
      return row;
    });
  }

  /**
   * A resident's one response. Under the consultation's lock: CONFLICT ALREADY_RESPONDED when they
   * already answered (the unique constraint stands behind it, so simultaneous submissions store
   * one), CONFLICT NOT_OPEN, FORBIDDEN NOT_ELIGIBLE (district), then every answer is checked
   * against its question (BAD_USER_INPUT INVALID_ANSWERS, one field `input.answers.<questionId>`
   * per question at fault, nothing stored). The answers and the tallies are written together.
   * NOT_FOUND; FORBIDDEN RESIDENT_ONLY.
   */
  async submit(viewer: Viewer, consultationId: string, answers: AnswerSpec[]): Promise<ResponseRow> {
    if (!isResident(viewer)) throw AppError.forbidden(ConsultationError.RESIDENT_ONLY);
    const user = await this.identity.userById(viewer.id);
    return this.tx.run(async (tx) => {
      const c = await this.lockExisting(tx, consultationId);
      const responded = (await this.repo.responsesOf(tx, viewer.id, [c.id])).length > 0;
      const refusal = respondRefusal(c, { resident: true, district: user?.district ?? null, hasResponded: responded }, this.clock.now());
      if (refusal === RespondRefusal.ALREADY_RESPONDED) throw AppError.conflict(ConsultationError.ALREADY_RESPONDED);
      if (refusal === RespondRefusal.NOT_OPEN) throw AppError.conflict(ConsultationError.NOT_OPEN);
      if (refusal !== null) throw AppError.forbidden(ConsultationError.NOT_ELIGIBLE);
      const questions = await this.repo.questionsOf(tx, [c.id]);
      const { checked, errors } = checkAnswers(
        questions.map((q) => ({ ...q, optionIds: q.options.map((o) => o.id) })),
        answers,
      );
      if (errors.length) throw AppError.badInput(ConsultationError.INVALID_ANSWERS, errors);
      const response = await this.repo.insertResponseIfAbsent(tx, c.id, viewer.id);
      if (!response) throw AppError.conflict(ConsultationError.ALREADY_RESPONDED);
      await this.repo.insertAnswers(tx, response.id, checked);
      return response;
    });
  }

  /**
   * Stores a PDF document (checked by its first bytes, `head`; `body` is streamed into the storage,
   * never held whole in memory) in the media storage and lists it on the
   * consultation, until it opens. NOT_FOUND; FORBIDDEN COUNCIL_ONLY; CONFLICT NOT_EDITABLE;
   * BAD_USER_INPUT NOT_A_PDF. The file is written before the row commits: a failed commit leaves an
   * unreferenced file, never a row without its file.
   */
  async addDocument(
    viewer: Viewer,
    consultationId: string,
    file: { body: StoredObject; head: Buffer; filename: string; title?: string | null },
  ): Promise<DocumentRow> {
    if (!isCouncil(viewer)) throw AppError.forbidden(ConsultationError.COUNCIL_ONLY);
    if (file.head.length < PDF_MAGIC.length || !file.head.subarray(0, PDF_MAGIC.length).equals(PDF_MAGIC)) {
      throw AppError.badInput(ConsultationError.NOT_A_PDF, [{ path: 'file', constraint: 'isPdf', message: 'must be a PDF document' }]);
    }
    const filename = safeFilename(file.filename);
    const title = (file.title ?? '').trim().slice(0, 200) || filename.replace(/\.pdf$/i, '');
    return this.tx.run(async (tx) => {
      const c = await this.lockExisting(tx, consultationId);
      if (stateAt(c, this.clock.now()) !== ConsultationState.UPCOMING) throw AppError.conflict(ConsultationError.NOT_EDITABLE);
      const id = randomUUID();
      // Not under a UUID folder: media's orphan sweep only considers `<image uuid>/…` keys.
      const storageKey = `consultation-documents/${id}.pdf`;
      await this.storage.put(storageKey, file.body);
      return this.repo.insertDocument(tx, { id, consultationId, title, filename, size: file.body.size, storageKey });
    });
  }

  /** Removes a document until the consultation opens; its file is deleted after the commit (outbox). */
  async removeDocument(viewer: Viewer, consultationId: string, documentId: string): Promise<ConsultationRow> {
    if (!isCouncil(viewer)) throw AppError.forbidden(ConsultationError.COUNCIL_ONLY);
    return this.tx.run(async (tx) => {
      const c = await this.lockExisting(tx, consultationId);
      if (stateAt(c, this.clock.now()) !== ConsultationState.UPCOMING) throw AppError.conflict(ConsultationError.NOT_EDITABLE);
      const removed = isUuid(documentId) ? await this.repo.deleteDocument(tx, consultationId, documentId) : null;
      if (!removed) throw AppError.notFound(ConsultationError.DOCUMENT_NOT_FOUND);
      await this.outbox.enqueue(tx, DELETE_DOCUMENT_FILE, { keys: [removed.storageKey] });
      return c;
    });
  }

  /** Deletes stored files (the job of DELETE_DOCUMENT_FILE; missing files are ignored). */
  deleteFiles(keys: string[]): Promise<void> {
    return this.storage.delete(keys);
  }

  /** A document's bytes, for `GET /exports/consultations/:id/documents/:documentId` (public). */
  async documentFile(consultationId: string, documentId: string): Promise<{ document: DocumentRow; stored: StoredObject }> {
    const document =
      isUuid(consultationId) && isUuid(documentId) ? await this.repo.document(this.tx.reader, consultationId, documentId) : null;
    const stored = document ? await this.storage.get(document.storageKey) : null;
    if (!document || !stored) throw AppError.notFound(ConsultationError.DOCUMENT_NOT_FOUND);
    return { document, stored };
  }

  /**
   * The responses for the council's CSV export, streamed (constant memory). NOT_FOUND; FORBIDDEN
   * COUNCIL_ONLY. The caller must call `release()` when done, whatever happens.
   */
  async responsesExport(viewer: Viewer, id: string): Promise<ResponsesExport> {
    if (!isCouncil(viewer)) throw AppError.forbidden(ConsultationError.COUNCIL_ONLY);
    const c = await this.findById(id);
    if (!c) throw AppError.notFound(ConsultationError.CONSULTATION_NOT_FOUND);
    const questions = await this.repo.questionsOf(this.tx.reader, [c.id]);
    const { stream, release } = await this.repo.streamResponses(c.id);
    return { filename: `consultation-${c.id}-responses.csv`, questions, rows: stream, release };
  }

  /** The questions of one consultation, with options and tallies, in order. */
  questionsOf(consultationId: string): Promise<QuestionRow[]> {
    return this.repo.questionsOf(this.tx.reader, [consultationId]);
  }

  async findById(id: string): Promise<ConsultationRow | null> {
    if (!isUuid(id)) return null;
    const [c] = await this.repo.byIds(this.tx.reader, [id]);
    return c ?? null;
  }

  /** Consultations, newest opening first, optionally in one state (from the dates and the server clock). */
  async list(args: {
    first: number;
    after?: string;
    filter?: { state?: ConsultationState | null } | null;
  }): Promise<ConnectionShape<ConsultationRow>> {
    const state = args.filter?.state ?? undefined;
    const key = decodeCursor(args.after, 'timestamp');
    const after = key ? ([key[0], key[1]] as [string, string]) : undefined;
    const now = this.clock.now();
    const rows = await this.repo.page(this.tx.reader, state, now, args.first + 1, after);
    return toConnection(
      rows,
      args.first,
      (c) => [c.dateKey, c.id],
      () => this.repo.count(this.tx.reader, state, now),
      !!after,
    );
  }

  state(c: ConsultationRow): ConsultationState {
    return stateAt(c, this.clock.now());
  }

  resultsVisible(c: ConsultationRow, viewer: Viewer | null): boolean {
    return resultsVisible(c, viewer, this.clock.now());
  }

  /** Why the viewer cannot answer, or null (their district from the users loader, their response from its loader). */
  async refusal(c: ConsultationRow, viewer: Viewer | null, district: string | null, hasResponded: boolean): Promise<RespondRefusal | null> {
    return respondRefusal(c, viewer ? { resident: isResident(viewer), district, hasResponded } : null, this.clock.now());
  }

  /** The results of each question, from the tallies (no answer row is read). */
  results(questions: QuestionRow[]): QuestionResultShape[] {
    return questions.map((q) => {
      const answered = q.answerCount;
      const share = (n: number) => (answered ? n / answered : 0);
      return {
        questionId: q.id,
        kind: q.kind,
        responseCount: answered,
        options: q.options.map((o) => ({
          optionId: o.id,
          label: o.label,
          count: o.answerCount,
          share: share(o.answerCount),
          averageRank: q.kind === QuestionKind.RANKING && o.answerCount ? o.rankSum / o.answerCount : null,
        })),
        scaleAverage: q.kind === QuestionKind.SCALE && answered ? q.scaleSum / answered : null,
        scaleDistribution: q.kind === QuestionKind.SCALE ? q.scaleCounts.slice(0, SCALE_MAX - SCALE_MIN + 1) : null,
      };
    });
  }

  /** Loader factory: questions (with options and tallies) of each consultation, in order. */
  readonly questionsByConsultation = () =>
    new DataLoader<string, QuestionRow[]>(async (ids) =>
      groupByKeys(ids, await this.repo.questionsOf(this.tx.reader, ids), (q) => q.consultationId),
    );

  /** Loader factory: documents of each consultation, oldest first. */
  readonly documentsByConsultation = () =>
    new DataLoader<string, DocumentRow[]>(async (ids) =>
      groupByKeys(ids, await this.repo.documentsOf(this.tx.reader, ids), (d) => d.consultationId),
    );

  /** Loader factory: a user's response to a consultation, keyed `${userId}:${consultationId}`. */
  readonly responseOfUser = () =>
    new DataLoader<string, ResponseRow | null>(async (keys) => {
      const byUser = new Map<string, string[]>();
      for (const key of keys) {
        const [userId, consultationId] = key.split(':');
        byUser.set(userId, [...(byUser.get(userId) ?? []), consultationId]);
      }
      const found: ResponseRow[] = [];
      for (const [userId, ids] of byUser) found.push(...(await this.repo.responsesOf(this.tx.reader, userId, ids)));
      return byKeys(keys, found, (r) => `${r.userId}:${r.consultationId}`);
    });

  /** Loader factory: the answers of each response, in question order. */
  readonly answersByResponse = () =>
    new DataLoader<string, AnswerRow[]>(async (ids) =>
      groupByKeys(ids, await this.repo.answersOf(this.tx.reader, ids), (a) => a.responseId),
    );

  /**
   * Loader factory: a page of free texts per question, keyed `${questionId}|${first}|${after}`;
   * questions asked with the same page arguments share one statement.
   */
  readonly textsByQuestion = () =>
    new DataLoader<string, { responseId: string; text: string }[]>(async (keys) => {
      const groups = new Map<string, string[]>();
      for (const key of keys) {
        const [questionId, ...page] = key.split('|');
        groups.set(page.join('|'), [...(groups.get(page.join('|')) ?? []), questionId]);
      }
      const found = new Map<string, { responseId: string; text: string }[]>();
      for (const [page, questionIds] of groups) {
        const [first, after] = page.split('|');
        const rows = await this.repo.textsOf(this.tx.reader, questionIds, Number(first), after || null);
        for (const r of rows) found.set(`${r.questionId}|${page}`, [...(found.get(`${r.questionId}|${page}`) ?? []), r]);
      }
      return keys.map((k) => found.get(k) ?? []);
    });

  /** Key of `textsByQuestion` for a page (the cursor is a response id, checked here). */
  textsKey(questionId: string, first: number, after?: string): string {
    const key = decodeCursor(after, 'id');
    return `${questionId}|${first + 1}|${key ? key[1] : ''}`;
  }

  private async lockExisting(tx: Tx, id: string): Promise<ConsultationRow> {
    const c = isUuid(id) ? await this.repo.lock(tx, id) : null;
    if (!c) throw AppError.notFound(ConsultationError.CONSULTATION_NOT_FOUND);
    return c;
  }

  private checkDates(opensAt: Date, closesAt: Date): void {
    if (closesAt.getTime() <= opensAt.getTime()) throw AppError.field('input.closesAt', 'isAfterOpensAt', 'must be after opensAt');
    if (closesAt.getTime() <= this.clock.now().getTime()) throw AppError.field('input.closesAt', 'isFuture', 'must be in the future');
  }

  private checkQuestions(questions: QuestionSpec[]): void {
    if (questions.length < 1 || questions.length > MAX_QUESTIONS) {
      throw AppError.field('input.questions', 'questionCount', `needs 1 to ${MAX_QUESTIONS} questions`);
    }
    const errors = questionErrors(questions, 'input.questions');
    if (errors.length) throw AppError.badInput(ConsultationError.INVALID_QUESTIONS, errors);
  }

  private checkImageCount(imageIds: readonly string[]): void {
    if (imageIds.length > MAX_IMAGES_PER_TARGET) {
      throw imageIdsRefused('input.imageIds', MediaReason.TOO_MANY_IMAGES, `at most ${MAX_IMAGES_PER_TARGET} images`);
    }
  }
}

function toNewQuestion(q: QuestionSpec) {
  return {
    kind: q.kind,
    prompt: q.prompt.trim(),
    required: q.required ?? false,
    maxChoices: q.kind === QuestionKind.MULTIPLE_CHOICE ? (q.maxChoices ?? null) : null,
    scaleMinLabel: q.scaleMinLabel ?? null,
    scaleMaxLabel: q.scaleMaxLabel ?? null,
    maxLength: q.kind === QuestionKind.FREE_TEXT ? (q.maxLength ?? null) : null,
    options: hasOptions(q.kind) ? (q.options ?? []).map((o) => o.trim()) : [],
  };
}

/** A download name without path, quotes or control characters, ending in .pdf. */
function safeFilename(name: string): string {
  const base = (name.split(/[\\/]/).pop() ?? '')
    .replace(/[^\p{L}\p{N} ._()-]/gu, '_')
    .slice(0, 150)
    .trim();
  const named = base.length ? base : 'document.pdf';
  return /\.pdf$/i.test(named) ? named : `${named}.pdf`;
}
