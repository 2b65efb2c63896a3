import { Injectable } from '@nestjs/common';
import { sqlRows, Tx } from '../database/transaction';

/** Every query on sent_mails. */
@Injectable()
export class MailRepository {
  /**
   * Claims an effect key in the caller's transaction: true when it was free. A second claim of the
   * same key waits for the first transaction, then answers false once it has committed.
   */
  async claim(tx: Tx, effectKey: string): Promise<boolean> {
    const rows = await sqlRows(tx, `INSERT INTO sent_mails (effect_key) VALUES ($1) ON CONFLICT DO NOTHING RETURNING effect_key`, [
      effectKey,
    ]);
    return rows.length === 1;
  }

  /** Forgets the keys of e-mails sent before `before`; the number forgotten. */
  async forgetSentBefore(tx: Tx, before: Date): Promise<number> {
    return (await sqlRows(tx, `DELETE FROM sent_mails WHERE sent_at < $1 RETURNING 1`, [before])).length;
  }
}
