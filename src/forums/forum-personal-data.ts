import { Injectable } from '@nestjs/common';
import type { Tx } from '../database/transaction';
import { PersonalDataContributor, PersonalDataSection } from '../identity/personal-data';
import { ForumsRepository } from './forums.repository';

const MAX_TOPICS = 5000;

/**
 * A user's forum topics in their data export (hidden ones with the moderators' reason). Deletion
 * changes nothing here: topics are public debate and stay under the anonymised author, like
 * proposals and comments; their follows and notifications go with the notifications section.
 */
@Injectable()
@PersonalDataSection('forums')
export class ForumPersonalData implements PersonalDataContributor {
  constructor(private readonly repo: ForumsRepository) {}

  async exportFor(tx: Tx, userId: string) {
    return { topics: await this.repo.exportFor(tx, userId, MAX_TOPICS) };
  }
}
