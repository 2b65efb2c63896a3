import { Injectable } from '@nestjs/common';
import { sqlRows, Tx } from '../database/transaction';

export interface LegalPageRow {
  kind: string;
  language: string;
  title: string;
  body: string;
  updatedAt: Date;
}

const COLUMNS = `p.kind, p.language, p.title, p.body, p.updated_at AS "updatedAt"`;

@Injectable()
export class LegalPagesRepository {
  async get(tx: Tx, kind: string, language: string): Promise<LegalPageRow | null> {
    const [row] = await sqlRows<LegalPageRow>(tx, `SELECT ${COLUMNS} FROM legal_pages p WHERE p.kind = $1 AND p.language = $2`, [
      kind,
      language,
    ]);
    return row ?? null;
  }

  async save(tx: Tx, page: { kind: string; language: string; title: string; body: string }, updatedById: string): Promise<LegalPageRow> {
    const [row] = await sqlRows<LegalPageRow>(
      tx,
      `INSERT INTO legal_pages AS p (kind, language, title, body, updated_by_id) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (kind, language) DO UPDATE SET title = EXCLUDED.title, body = EXCLUDED.body,
         updated_by_id = EXCLUDED.updated_by_id, updated_at = now()
       RETURNING ${COLUMNS}`,
      [page.kind, page.language, page.title, page.body, updatedById],
    );
    return row;
  }

  async delete(tx: Tx, kind: string, language: string): Promise<void> {
    await tx.query(`DELETE FROM legal_pages WHERE kind = $1 AND language = $2`, [kind, language]);
  }
}
