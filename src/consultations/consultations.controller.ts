import { Controller, Get, HttpCode, Inject, Param, Post, Req, Res, StreamableFile } from '@nestjs/common';
import { stringify } from 'csv-stringify';
import type { Request, Response } from 'express';
import multer from 'multer';
import { createReadStream } from 'node:fs';
import { open, unlink } from 'node:fs/promises';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Public, Roles } from '../auth/decorators';
import { Role } from '../auth/role';
import { CurrentViewer, Viewer } from '../auth/viewer';
import { AppError } from '../common/app-error';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { streamed } from '../media/storage/media-storage';
import { ConsultationError } from './consultation.errors';
import { QuestionKind } from './consultation.policy';
import { documentUrl } from './consultations.resolver';
import { ConsultationsService, ExportedResponse } from './consultations.service';

/** A spreadsheet runs a cell starting with one of these as a formula: such cells are quoted with a leading apostrophe. */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * `POST /consultations/:id/documents` (council, multipart field `file`, optional field `title`),
 * `GET /exports/consultations/:id/documents/:documentId` (public PDF, under a path the client's
 * page fallback leaves to the server) and
 * `GET /exports/consultations/:id/responses.csv` (council, streamed).
 */
@Controller()
export class ConsultationsController {
  private readonly receive: ReturnType<ReturnType<typeof multer>['single']>;

  constructor(
    private readonly consultations: ConsultationsService,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.receive = multer({
      // Spooled to a temporary file (the system's temp folder), then streamed into the media
      // storage with its length known: a 15 MB PDF never sits whole in memory.
      storage: multer.diskStorage({}),
      limits: { fileSize: config.MEDIA_MAX_BYTES, files: 1, fields: 5, parts: 6, fieldSize: 1024 },
    }).single('file');
  }

  @Roles(Role.COUNCIL)
  @Post('consultations/:id/documents')
  @HttpCode(201)
  async upload(@Param('id') id: string, @CurrentViewer() viewer: Viewer, @Req() req: Request, @Res({ passthrough: true }) res: Response) {
    // Read only after the guard let a council member through: a visitor's body is never read.
    await new Promise<void>((resolve, reject) =>
      this.receive(req, res, (error?: unknown) => {
        if (!error) return resolve();
        if (error instanceof multer.MulterError && error.code === 'LIMIT_FILE_SIZE') {
          return reject(
            new AppError('BAD_USER_INPUT', 'FILE_TOO_LARGE', [{ path: 'file', constraint: 'maxSize', message: 'the file is too large' }]),
          );
        }
        reject(AppError.badInput(ConsultationError.FILE_REQUIRED, [{ path: 'file', constraint: 'multipart', message: String(error) }]));
      }),
    );
    const file = req.file;
    if (!file)
      throw AppError.badInput(ConsultationError.FILE_REQUIRED, [
        { path: 'file', constraint: 'required', message: 'a PDF in the field "file"' },
      ]);
    try {
      const head = await readHead(file.path, 8);
      const title = typeof req.body?.title === 'string' ? (req.body.title as string) : null;
      const body = streamed(file.size, () => createReadStream(file.path));
      const d = await this.consultations.addDocument(viewer, id, { body, head, filename: file.originalname, title });
      return { id: d.id, title: d.title, filename: d.filename, size: d.size, url: documentUrl(id, d.id) };
    } finally {
      await unlink(file.path).catch(() => undefined);
    }
  }

  @Public()
  @Get('exports/consultations/:id/documents/:documentId')
  async document(@Param('id') id: string, @Param('documentId') documentId: string, @Res({ passthrough: true }) res: Response) {
    const { document, stored } = await this.consultations.documentFile(id, documentId);
    res.setHeader('Cache-Control', 'public, max-age=3600');
    // A PDF is shown by the browser's viewer, never as a page of this origin that could run scripts.
    res.setHeader('Content-Security-Policy', "sandbox; default-src 'none'");
    return new StreamableFile(stored.open(), {
      type: 'application/pdf',
      length: stored.size,
      disposition: `inline; filename="${document.filename.replace(/[^\x20-\x7e]|"/g, '_')}"; filename*=UTF-8''${encodeURIComponent(document.filename)}`,
    });
  }

  /**
   * One row per response (oldest first), one column per question, no name or e-mail: choices as
   * their labels joined with " | ", rankings in order joined with " > ". Rows go out as PostgreSQL
   * yields them from a cursor, with backpressure, so memory stays constant.
   */
  @Roles(Role.COUNCIL)
  @Get('exports/consultations/:id/responses.csv')
  async responsesCsv(@Param('id') id: string, @CurrentViewer() viewer: Viewer, @Res() res: Response): Promise<void> {
    const exported = await this.consultations.responsesExport(viewer, id);
    const { questions } = exported;
    const labels = new Map(questions.flatMap((q) => q.options.map((o) => [o.id, o.label] as const)));
    const safe = (v: string) => (FORMULA_START.test(v) ? `'${v}` : v);
    const toRecord = new Transform({
      objectMode: true,
      transform(row: ExportedResponse, _enc, done) {
        const cells = questions.map((q) => {
          const a = row.answers[q.id];
          if (!a) return '';
          switch (q.kind) {
            case QuestionKind.SCALE:
              return a.s === null ? '' : String(a.s);
            case QuestionKind.FREE_TEXT:
              return safe(a.t ?? '');
            case QuestionKind.RANKING:
              return safe((a.o ?? []).map((o) => labels.get(o) ?? '').join(' > '));
            case QuestionKind.SINGLE_CHOICE:
            case QuestionKind.MULTIPLE_CHOICE:
              return safe((a.o ?? []).map((o) => labels.get(o) ?? '').join(' | '));
          }
        });
        done(null, [row.id, row.submittedAt, ...cells]);
      },
    });
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.setHeader('Content-Disposition', `attachment; filename="${exported.filename}"`);
    res.setHeader('Cache-Control', 'no-store');
    const header = ['response_id', 'submitted_at', ...questions.map((q) => safe(`Q${q.position}. ${q.prompt}`))];
    let failed = false;
    try {
      await pipeline(exported.rows, toRecord, stringify({ header: true, columns: header, bom: true }), res);
    } catch (error) {
      failed = true;
      // Once the first bytes are out the status is sent: a failure (or a client gone) can only cut the download short.
      if (!res.headersSent) throw error;
      res.destroy();
    } finally {
      exported.release(failed);
    }
  }
}

/** The first `n` bytes of a file (fewer if it is shorter). */
async function readHead(path: string, n: number): Promise<Buffer> {
  const handle = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(n);
    const { bytesRead } = await handle.read(buffer, 0, n, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}
