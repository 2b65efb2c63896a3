import { Injectable } from '@nestjs/common';
import { JobHandler, JobTask } from '../jobs/jobs';
import { ConsultationsService, DELETE_DOCUMENT_FILE } from './consultations.service';

/** Deletes a removed document's file once the removal committed (idempotent: a missing file is fine). */
@Injectable()
@JobTask(DELETE_DOCUMENT_FILE)
export class DeleteDocumentFileJob implements JobHandler {
  constructor(private readonly consultations: ConsultationsService) {}

  async run(payload: unknown): Promise<void> {
    const keys = (payload as { keys?: unknown }).keys;
    if (Array.isArray(keys)) await this.consultations.deleteFiles(keys.filter((k): k is string => typeof k === 'string'));
  }
}
