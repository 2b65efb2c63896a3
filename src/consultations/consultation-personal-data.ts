import { Injectable } from '@nestjs/common';
import type { Tx } from '../database/transaction';
import { PersonalDataContributor, PersonalDataSection } from '../identity/personal-data';
import { ConsultationsRepository } from './consultations.repository';

const MAX_RESPONSES = 5000;

/**
 * A person's responses (with their answers, as the labels they chose) in their data export. On
 * erasure the responses are unlinked from the account: the answers stay counted in the results
 * and the CSV, but nothing ties them to the person any more.
 */
@Injectable()
@PersonalDataSection('consultations')
export class ConsultationPersonalData implements PersonalDataContributor {
  constructor(private readonly repo: ConsultationsRepository) {}

  async exportFor(tx: Tx, userId: string) {
    return { responses: await this.repo.exportFor(tx, userId, MAX_RESPONSES) };
  }

  anonymise(tx: Tx, userId: string): Promise<void> {
    return this.repo.unlinkResponses(tx, userId);
  }
}
