import { Injectable } from '@nestjs/common';
import type { PoolClient, Pool } from 'pg';
import QueryStream from 'pg-query-stream';
import { DataSource } from 'typeorm';
import { sqlRows, Tx } from '../database/transaction';
import { ConsultationState, QuestionKind } from './consultation.policy';

/** A consultation as the service works with it. */
export interface ConsultationRow {
  id: string;
  title: string;
  description: string;
  opensAt: Date;
  closesAt: Date;
  resultsVisibility: string;
  districts: string[];
  createdById: string;
  responseCount: number;
  commentCount: number;
  conclusionBody: string | null;
  conclusionPublishedAt: Date | null;
  conclusionAuthorId: string | null;
  createdAt: Date;
  updatedAt: Date;
  /** opens_at as text with microseconds: the keyset value of the list. */
  dateKey: string;
}

export interface OptionRow {
  id: string;
  questionId: string;
  position: number;
  label: string;
  answerCount: number;
  /** RANKING: sum of the ranks given (bigint, as a number). */
  rankSum: number;
}

export interface QuestionRow {
  id: string;
  consultationId: string;
  position: number;
  kind: QuestionKind;
  prompt: string;
  required: boolean;
  maxChoices: number | null;
  scaleMinLabel: string | null;
  scaleMaxLabel: string | null;
  maxLength: number | null;
  answerCount: number;
  scaleSum: number;
  scaleCounts: number[];
  options: OptionRow[];
}

export interface DocumentRow {
  id: string;
  consultationId: string;
  title: string;
  filename: string;
  size: number;
  storageKey: string;
  createdAt: Date;
}

export interface ResponseRow {
  id: string;
  consultationId: string;
  userId: string | null;
  createdAt: Date;
}

export interface AnswerRow {
  responseId: string;
  questionId: string;
  scale: number | null;
  text: string | null;
  /** Options chosen, or ranked in order. */
  optionIds: string[];
}

export interface NewQuestion {
  kind: QuestionKind;
  prompt: string;
  required: boolean;
  maxChoices: number | null;
  scaleMinLabel: string | null;
  scaleMaxLabel: string | null;
  maxLength: number | null;
  options: string[];
}

export interface ConsultationPatch {
  title?: string;
  description?: string;
  opensAt?: Date;
  closesAt?: Date;
  resultsVisibility?: string;
  districts?: string[];
}

const PATCH_COLUMNS: Record<keyof ConsultationPatch, string> = {
  title: 'title',
  description: 'description',
  opensAt: 'opens_at',
  closesAt: 'closes_at',
  resultsVisibility: 'results_visibility',
  districts: 'districts',
};

const COLUMNS = `c.id, c.title, c.description, c.opens_at AS "opensAt", c.closes_at AS "closesAt",
  c.results_visibility AS "resultsVisibility", c.districts, c.created_by_id AS "createdById",
  c.response_count AS "responseCount", c.comment_count AS "commentCount", c.conclusion_body AS "conclusionBody",
  c.conclusion_published_at AS "conclusionPublishedAt", c.conclusion_author_id AS "conclusionAuthorId",
  c.created_at AS "createdAt", c.updated_at AS "updatedAt",
  to_char(c.opens_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS "dateKey"`;

const DOCUMENT_COLUMNS = `d.id, d.consultation_id AS "consultationId", d.title, d.filename, d.size, d.storage_key AS "storageKey", d.created_at AS "createdAt"`;

/** The state filter in SQL, against the server clock's `now` (parameter `$n`). */
function stateSql(state: ConsultationState | undefined, now: string): string {
  switch (state) {
    case undefined:
      // Always true, but it names the parameter, so the statement's parameter list stays the same.
      return `${now} IS NOT NULL`;
    case ConsultationState.UPCOMING:
      return `c.opens_at > ${now}`;
    case ConsultationState.OPEN:
      return `c.opens_at <= ${now} AND c.closes_at > ${now}`;
    case ConsultationState.CLOSED:
      return `c.closes_at <= ${now}`;
  }
}

/** Every query on consultations, their questions, documents, responses and answers. */
@Injectable()
export class ConsultationsRepository {
  constructor(private readonly dataSource: DataSource) {}

  async insert(
    tx: Tx,
    c: {
      title: string;
      description: string;
      opensAt: Date;
      closesAt: Date;
      resultsVisibility: string;
      districts: string[];
      createdById: string;
    },
  ): Promise<ConsultationRow> {
    const [row] = await sqlRows<ConsultationRow>(
      tx,
      `INSERT INTO consultations AS c (title, description, opens_at, closes_at, results_visibility, districts, created_by_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING ${COLUMNS}`,
      [c.title, c.description, c.opensAt, c.closesAt, c.resultsVisibility, c.districts, c.createdById],
    );
    return row;
  }

  /** Changes the fields given (keys whitelisted: they become SQL). */
  async update(tx: Tx, id: string, patch: ConsultationPatch): Promise<ConsultationRow> {
    const entries = Object.entries(patch).filter(([k, v]) => k in PATCH_COLUMNS && v !== undefined);
    const sets = entries.map(([k], i) => `${PATCH_COLUMNS[k as keyof ConsultationPatch]} = $${i + 2}`);
    sets.push('updated_at = now()');
    const [row] = await sqlRows<ConsultationRow>(tx, `UPDATE consultations c SET ${sets.join(', ')} WHERE c.id = $1 RETURNING ${COLUMNS}`, [
      id,
      ...entries.map(([, v]) => v),
    ]);
    return row;
  }

  /** The questions and their options, in order, written in two statements whatever their number. */
  async insertQuestions(tx: Tx, consultationId: string, questions: NewQuestion[]): Promise<void> {
    if (!questions.length) return;
    const ids = await sqlRows<{ id: string; position: number }>(
      tx,
      `INSERT INTO consultation_questions (consultation_id, position, kind, prompt, required, max_choices, scale_min_label, scale_max_label, max_length)
       SELECT $1::uuid, q.position, q.kind, q.prompt, q.required, q.max_choices, q.min_label, q.max_label, q.max_length
       FROM unnest($2::int[], $3::text[], $4::text[], $5::bool[], $6::int[], $7::text[], $8::text[], $9::int[])
         AS q(position, kind, prompt, required, max_choices, min_label, max_label, max_length)
       RETURNING id, position`,
      [
        consultationId,
        questions.map((_, i) => i + 1),
        questions.map((q) => q.kind),
        questions.map((q) => q.prompt),
        questions.map((q) => q.required),
        questions.map((q) => q.maxChoices),
        questions.map((q) => q.scaleMinLabel),
        questions.map((q) => q.scaleMaxLabel),
        questions.map((q) => q.maxLength),
      ],
    );
    const idAt = new Map(ids.map((r) => [r.position, r.id]));
    const options = questions.flatMap((q, i) => q.options.map((label, j) => ({ questionId: idAt.get(i + 1), position: j + 1, label })));
    if (!options.length) return;
    await tx.query(
      `INSERT INTO consultation_options (question_id, position, label) SELECT * FROM unnest($1::uuid[], $2::int[], $3::text[])`,
      [options.map((o) => o.questionId), options.map((o) => o.position), options.map((o) => o.label)],
    );
  }

  async deleteQuestions(tx: Tx, consultationId: string): Promise<void> {
    await tx.query(`DELETE FROM consultation_questions WHERE consultation_id = $1`, [consultationId]);
  }

  byIds(tx: Tx, ids: readonly string[]): Promise<ConsultationRow[]> {
    return sqlRows(tx, `SELECT ${COLUMNS} FROM consultations c WHERE c.id = ANY($1::uuid[])`, [ids]);
  }

  /**
   * Locks the consultation for this transaction. Every change and every response runs under it,
   * so the state check, the frozen questions and the tallies see one order of events.
   */
  async lock(tx: Tx, id: string): Promise<ConsultationRow | null> {
    const rows = await sqlRows<ConsultationRow>(tx, `SELECT ${COLUMNS} FROM consultations c WHERE c.id = $1 FOR NO KEY UPDATE`, [id]);
    return rows[0] ?? null;
  }

  /** The list, newest opening first, keyset-paged on (opens_at, id). */
  page(tx: Tx, state: ConsultationState | undefined, now: Date, limit: number, after?: [string, string]): Promise<ConsultationRow[]> {
    const keyset = after ? `AND (c.opens_at, c.id) < ($3::timestamptz, $4::uuid)` : '';
    return sqlRows(
      tx,
      `SELECT ${COLUMNS} FROM consultations c WHERE ${stateSql(state, '$1::timestamptz')} ${keyset}
       ORDER BY c.opens_at DESC, c.id DESC LIMIT $2`,
      [now, limit, ...(after ?? [])],
    );
  }

  async count(tx: Tx, state: ConsultationState | undefined, now: Date): Promise<number> {
    const [row] = await sqlRows<{ n: number }>(
      tx,
      `SELECT count(*)::int AS n FROM consultations c WHERE ${stateSql(state, '$1::timestamptz')}`,
      [now],
    );
    return row.n;
  }

  /** Early close: the close date becomes `now`. */
  async close(tx: Tx, id: string, now: Date): Promise<ConsultationRow> {
    const [row] = await sqlRows<ConsultationRow>(
      tx,
      `UPDATE consultations c SET closes_at = $2, updated_at = now() WHERE c.id = $1 RETURNING ${COLUMNS}`,
      [id, now],
    );
    return row;
  }

  async publishConclusion(tx: Tx, id: string, body: string, authorId: string, now: Date): Promise<ConsultationRow> {
    const [row] = await sqlRows<ConsultationRow>(
      tx,
      `UPDATE consultations c SET conclusion_body = $2, conclusion_author_id = $3, conclusion_published_at = $4, updated_at = now()
       WHERE c.id = $1 RETURNING ${COLUMNS}`,
      [id, body, authorId, now],
    );
    return row;
  }

  async addToCommentCount(tx: Tx, id: string, delta: number): Promise<void> {
    await tx.query(`UPDATE consultations SET comment_count = comment_count + $2 WHERE id = $1`, [id, delta]);
  }

  /** Questions of these consultations with their options and tallies, in position order. */
  async questionsOf(tx: Tx, consultationIds: readonly string[]): Promise<QuestionRow[]> {
    return sqlRows<QuestionRow>(
      tx,
      `SELECT q.id, q.consultation_id AS "consultationId", q.position, q.kind, q.prompt, q.required, q.max_choices AS "maxChoices",
              q.scale_min_label AS "scaleMinLabel", q.scale_max_label AS "scaleMaxLabel", q.max_length AS "maxLength",
              q.answer_count AS "answerCount", q.scale_sum::float8 AS "scaleSum", q.scale_counts AS "scaleCounts",
              COALESCE((SELECT json_agg(json_build_object('id', o.id, 'questionId', o.question_id, 'position', o.position, 'label', o.label,
                                                          'answerCount', o.answer_count, 'rankSum', o.rank_sum::float8) ORDER BY o.position)
                        FROM consultation_options o WHERE o.question_id = q.id), '[]') AS options
       FROM consultation_questions q WHERE q.consultation_id = ANY($1::uuid[]) ORDER BY q.consultation_id, q.position`,
      [consultationIds],
    );
  }

  documentsOf(tx: Tx, consultationIds: readonly string[]): Promise<DocumentRow[]> {
    return sqlRows(
      tx,
      `SELECT ${DOCUMENT_COLUMNS} FROM consultation_documents d WHERE d.consultation_id = ANY($1::uuid[]) ORDER BY d.created_at, d.id`,
      [consultationIds],
    );
  }

  async document(tx: Tx, consultationId: string, documentId: string): Promise<DocumentRow | null> {
    const rows = await sqlRows<DocumentRow>(
      tx,
      `SELECT ${DOCUMENT_COLUMNS} FROM consultation_documents d WHERE d.id = $1 AND d.consultation_id = $2`,
      [documentId, consultationId],
    );
    return rows[0] ?? null;
  }

  async insertDocument(tx: Tx, d: Omit<DocumentRow, 'createdAt'>): Promise<DocumentRow> {
    const [row] = await sqlRows<DocumentRow>(
      tx,
      `INSERT INTO consultation_documents AS d (id, consultation_id, title, filename, size, storage_key) VALUES ($1, $2, $3, $4, $5, $6)
       RETURNING ${DOCUMENT_COLUMNS}`,
      [d.id, d.consultationId, d.title, d.filename, d.size, d.storageKey],
    );
    return row;
  }

  async deleteDocument(tx: Tx, consultationId: string, documentId: string): Promise<DocumentRow | null> {
    const rows = await sqlRows<DocumentRow>(
      tx,
      `DELETE FROM consultation_documents d WHERE d.id = $1 AND d.consultation_id = $2 RETURNING ${DOCUMENT_COLUMNS}`,
      [documentId, consultationId],
    );
    return rows[0] ?? null;
  }

  /** The response row, or null when this resident already has one (the unique constraint decides). */
  async insertResponseIfAbsent(tx: Tx, consultationId: string, userId: string): Promise<ResponseRow | null> {
    const rows = await sqlRows<ResponseRow>(
      tx,
      `INSERT INTO consultation_responses (consultation_id, user_id) VALUES ($1, $2) ON CONFLICT ON CONSTRAINT uq_consultation_responses_consultation_id_user_id DO NOTHING
       RETURNING id, consultation_id AS "consultationId", user_id AS "userId", created_at AS "createdAt"`,
      [consultationId, userId],
    );
    return rows[0] ?? null;
  }

  /**
   * Stores the answers of one response and moves the tallies with them, in the caller's
   * transaction (under the consultation's lock): the counts never drift from the rows.
   */
  async insertAnswers(
    tx: Tx,
    responseId: string,
    answers: { questionId: string; kind: QuestionKind; optionIds: string[]; scale: number | null; text: string | null }[],
  ): Promise<void> {
    if (!answers.length) return;
    await tx.query(
      `INSERT INTO consultation_answers (response_id, question_id, scale, text) SELECT $1::uuid, * FROM unnest($2::uuid[], $3::int[], $4::text[])`,
      [responseId, answers.map((a) => a.questionId), answers.map((a) => a.scale), answers.map((a) => a.text)],
    );
    const choices = answers.flatMap((a) =>
      a.optionIds.map((optionId, i) => ({ questionId: a.questionId, optionId, rank: a.kind === QuestionKind.RANKING ? i + 1 : null })),
    );
    if (choices.length) {
      await tx.query(
        `INSERT INTO consultation_answer_choices (response_id, question_id, option_id, rank) SELECT $1::uuid, * FROM unnest($2::uuid[], $3::uuid[], $4::int[])`,
        [responseId, choices.map((c) => c.questionId), choices.map((c) => c.optionId), choices.map((c) => c.rank)],
      );
      await tx.query(
        `UPDATE consultation_options o SET answer_count = o.answer_count + 1, rank_sum = o.rank_sum + COALESCE(v.rank, 0)
         FROM unnest($1::uuid[], $2::int[]) AS v(id, rank) WHERE o.id = v.id`,
        [choices.map((c) => c.optionId), choices.map((c) => c.rank)],
      );
    }
    await tx.query(
      `UPDATE consultation_questions q SET answer_count = q.answer_count + 1,
         scale_sum = q.scale_sum + COALESCE(v.scale, 0),
         scale_counts = CASE WHEN v.scale IS NULL THEN q.scale_counts
                             ELSE q.scale_counts[1:v.scale - 1] || (q.scale_counts[v.scale] + 1) || q.scale_counts[v.scale + 1:5] END
       FROM unnest($1::uuid[], $2::int[]) AS v(id, scale) WHERE q.id = v.id`,
      [answers.map((a) => a.questionId), answers.map((a) => a.scale)],
    );
    await tx.query(
      `UPDATE consultations c SET response_count = c.response_count + 1 FROM consultation_responses r WHERE r.id = $1 AND c.id = r.consultation_id`,
      [responseId],
    );
  }

  /** The responses of these users (keys `${userId}` per consultation), for viewerHasResponded/viewerResponse. */
  responsesOf(tx: Tx, userId: string, consultationIds: readonly string[]): Promise<ResponseRow[]> {
    return sqlRows(
      tx,
      `SELECT r.id, r.consultation_id AS "consultationId", r.user_id AS "userId", r.created_at AS "createdAt"
       FROM consultation_responses r WHERE r.user_id = $1 AND r.consultation_id = ANY($2::uuid[])`,
      [userId, consultationIds],
    );
  }

  /** The answers of these responses, choices and rankings in order. */
  answersOf(tx: Tx, responseIds: readonly string[]): Promise<AnswerRow[]> {
    return sqlRows(
      tx,
      `SELECT a.response_id AS "responseId", a.question_id AS "questionId", a.scale, a.text,
              COALESCE((SELECT array_agg(ch.option_id ORDER BY ch.rank NULLS LAST, o.position)
                        FROM consultation_answer_choices ch JOIN consultation_options o ON o.id = ch.option_id
                        WHERE ch.response_id = a.response_id AND ch.question_id = a.question_id), '{}') AS "optionIds"
       FROM consultation_answers a JOIN consultation_questions q ON q.id = a.question_id
       WHERE a.response_id = ANY($1::uuid[]) ORDER BY a.response_id, q.position`,
      [responseIds],
    );
  }

  /** Ids of the accounts that responded (erased accounts are no longer linked). */
  async participantIds(tx: Tx, consultationId: string): Promise<string[]> {
    const rows = await sqlRows<{ userId: string }>(
      tx,
      `SELECT user_id AS "userId" FROM consultation_responses WHERE consultation_id = $1 AND user_id IS NOT NULL`,
      [consultationId],
    );
    return rows.map((r) => r.userId);
  }

  /**
   * A page of the free texts of these questions, each keyset-paged on the response id (one
   * statement for every question of a page).
   */
  textsOf(
    tx: Tx,
    questionIds: readonly string[],
    limit: number,
    after: string | null,
  ): Promise<{ questionId: string; responseId: string; text: string }[]> {
    return sqlRows(
      tx,
      `SELECT q.id AS "questionId", t.response_id AS "responseId", t.text
       FROM unnest($1::uuid[]) AS q(id)
       CROSS JOIN LATERAL (
         SELECT a.response_id, a.text FROM consultation_answers a
         WHERE a.question_id = q.id AND a.text IS NOT NULL AND ($3::uuid IS NULL OR a.response_id > $3::uuid)
         ORDER BY a.response_id LIMIT $2) t
       ORDER BY q.id, t.response_id`,
      [questionIds, limit, after],
    );
  }

  /**
   * Streams the responses of a consultation (oldest first) with their answers as JSON
   * ({ questionId: { s, t, o } }), through a server-side cursor: memory stays constant whatever
   * their number. The caller must end with `release()`.
   */
  async streamResponses(consultationId: string): Promise<{ stream: QueryStream; release: (failed?: boolean) => void }> {
    const pool = (this.dataSource.driver as unknown as { master: Pool }).master;
    const client: PoolClient = await pool.connect();
    const query = new QueryStream(
      `SELECT r.id, to_char(r.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS "submittedAt",
              COALESCE((SELECT json_object_agg(a.question_id, json_build_object('s', a.scale, 't', a.text, 'o',
                          (SELECT json_agg(ch.option_id ORDER BY ch.rank NULLS LAST, o.position)
                           FROM consultation_answer_choices ch JOIN consultation_options o ON o.id = ch.option_id
                           WHERE ch.response_id = a.response_id AND ch.question_id = a.question_id)))
                        FROM consultation_answers a WHERE a.response_id = r.id), '{}') AS answers
       FROM consultation_responses r WHERE r.consultation_id = $1 ORDER BY r.created_at, r.id`,
      [consultationId],
      { batchSize: 500 },
    );
    const stream = client.query(query);
    let released = false;
    return {
      stream,
      release: (failed = false) => {
        if (released) return;
        released = true;
        // A connection whose cursor was cut short is closed rather than reused.
        client.release(failed ? new Error('export interrupted') : undefined);
      },
    };
  }

  /** Erasure: the person's responses stay counted, linked to nobody. */
  async unlinkResponses(tx: Tx, userId: string): Promise<void> {
    await tx.query(`UPDATE consultation_responses SET user_id = NULL WHERE user_id = $1`, [userId]);
  }

  /** A person's responses with their answers as labels, for their data export (bounded). */
  exportFor(tx: Tx, userId: string, limit: number): Promise<unknown[]> {
    return sqlRows(
      tx,
      `SELECT c.id AS "consultationId", c.title, r.created_at AS "submittedAt",
              COALESCE((SELECT json_agg(json_build_object('question', q.prompt, 'scale', a.scale, 'text', a.text, 'options',
                          (SELECT json_agg(o.label ORDER BY ch.rank NULLS LAST, o.position)
                           FROM consultation_answer_choices ch JOIN consultation_options o ON o.id = ch.option_id
                           WHERE ch.response_id = a.response_id AND ch.question_id = a.question_id)) ORDER BY q.position)
                        FROM consultation_answers a JOIN consultation_questions q ON q.id = a.question_id WHERE a.response_id = r.id), '[]') AS answers
       FROM consultation_responses r JOIN consultations c ON c.id = r.consultation_id
       WHERE r.user_id = $1 ORDER BY r.created_at DESC, r.id DESC LIMIT $2`,
      [userId, limit],
    );
  }
}
