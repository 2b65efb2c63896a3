import { Injectable } from '@nestjs/common';
import { sqlRows, Tx } from '../database/transaction';

/** The identity row as the service works with it. */
export interface CommuneIdentityRow {
  id: string;
  name: string;
  primaryColor: string;
  primaryTextColor: string;
  address: string | null;
  phone: string | null;
  email: string | null;
  website: string | null;
  openingHours: string | null;
  defaultLanguage: string;
  publicationDirector: string | null;
  host: string | null;
  dpoContact: string | null;
  /** `YYYY-MM-DD`. */
  accessibilityAuditDate: string | null;
  accessibilityAuditRate: number | null;
  accessibilityAuditor: string | null;
  logoImageId: string | null;
  updatedAt: Date;
}

export type CommuneIdentityValues = Omit<CommuneIdentityRow, 'id' | 'logoImageId' | 'updatedAt'>;

const COLUMNS = `i.id, i.name, i.primary_color AS "primaryColor", i.primary_text_color AS "primaryTextColor", i.address, i.phone,
  i.email, i.website, i.opening_hours AS "openingHours", i.default_language AS "defaultLanguage",
  i.publication_director AS "publicationDirector", i.host, i.dpo_contact AS "dpoContact",
  to_char(i.accessibility_audit_date, 'YYYY-MM-DD') AS "accessibilityAuditDate", i.accessibility_audit_rate AS "accessibilityAuditRate",
  i.accessibility_auditor AS "accessibilityAuditor", i.logo_image_id AS "logoImageId", i.updated_at AS "updatedAt"`;

@Injectable()
export class CommuneIdentityRepository {
  async get(tx: Tx): Promise<CommuneIdentityRow | null> {
    const [row] = await sqlRows<CommuneIdentityRow>(tx, `SELECT ${COLUMNS} FROM commune_identity i WHERE i.singleton`);
    return row ?? null;
  }

  /** The row, locked for a change (null before the first save). */
  async lock(tx: Tx): Promise<CommuneIdentityRow | null> {
    const [row] = await sqlRows<CommuneIdentityRow>(tx, `SELECT ${COLUMNS} FROM commune_identity i WHERE i.singleton FOR UPDATE`);
    return row ?? null;
  }

  /** Writes every value (the first save inserts the one row; two first saves at once: the second updates it). */
  async save(tx: Tx, v: CommuneIdentityValues, updatedById: string | null): Promise<CommuneIdentityRow> {
    const [row] = await sqlRows<CommuneIdentityRow>(
      tx,
      `INSERT INTO commune_identity AS i (name, primary_color, primary_text_color, address, phone, email, website, opening_hours,
         default_language, publication_director, host, dpo_contact, accessibility_audit_date, accessibility_audit_rate,
         accessibility_auditor, updated_by_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13::date, $14, $15, $16)
       ON CONFLICT (singleton) DO UPDATE SET name = EXCLUDED.name, primary_color = EXCLUDED.primary_color,
         primary_text_color = EXCLUDED.primary_text_color, address = EXCLUDED.address, phone = EXCLUDED.phone,
         email = EXCLUDED.email, website = EXCLUDED.website, opening_hours = EXCLUDED.opening_hours,
         default_language = EXCLUDED.default_language, publication_director = EXCLUDED.publication_director,
         host = EXCLUDED.host, dpo_contact = EXCLUDED.dpo_contact, accessibility_audit_date = EXCLUDED.accessibility_audit_date,
         accessibility_audit_rate = EXCLUDED.accessibility_audit_rate, accessibility_auditor = EXCLUDED.accessibility_auditor,
         updated_by_id = EXCLUDED.updated_by_id, updated_at = now()
       RETURNING ${COLUMNS}`,
      [
        v.name,
        v.primaryColor,
        v.primaryTextColor,
        v.address,
        v.phone,
        v.email,
        v.website,
        v.openingHours,
        v.defaultLanguage,
        v.publicationDirector,
        v.host,
        v.dpoContact,
        v.accessibilityAuditDate,
        v.accessibilityAuditRate,
        v.accessibilityAuditor,
        updatedById,
      ],
    );
    return row;
  }

  async setLogo(tx: Tx, imageId: string | null, updatedById: string): Promise<CommuneIdentityRow> {
    const [row] = await sqlRows<CommuneIdentityRow>(
      tx,
      `UPDATE commune_identity i SET logo_image_id = $1, updated_by_id = $2, updated_at = now() WHERE i.singleton RETURNING ${COLUMNS}`,
      [imageId, updatedById],
    );
    return row;
  }

  /** Whether this image is the commune's logo now (the logo is public). */
  async isLogo(tx: Tx, imageId: string): Promise<boolean> {
    return (await sqlRows(tx, `SELECT 1 FROM commune_identity WHERE singleton AND logo_image_id = $1`, [imageId])).length > 0;
  }
}
