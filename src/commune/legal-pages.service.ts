import { Inject, Injectable } from '@nestjs/common';
import type { Viewer } from '../auth/viewer';
import { AppError } from '../common/app-error';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { TransactionRunner } from '../database/transaction';
import { CommuneSetupError } from './commune-setup.errors';
import { canAdministerCommune } from './commune-setup.policy';
import { CommuneIdentityService, CommuneView } from './commune-identity.service';
import { Language, LegalPageKind } from './dto/commune-setup.enums';
import { defaultLegalPage, LEGAL_SLUGS } from './legal-defaults';
import { LegalPagesRepository } from './legal-pages.repository';

export const LEGAL_TITLE_MAX = 200;
export const LEGAL_BODY_MAX = 50_000;

export interface LegalPageView {
  kind: LegalPageKind;
  language: Language;
  slug: string;
  title: string;
  body: string;
  /** True while the page shows its default text (filled with the commune's identity). */
  isDefault: boolean;
  /** The admin's last edit; for a default text, the identity's last change (null before it is saved). */
  updatedAt: Date | null;
}

/**
 * The legal pages (mentions légales, privacy notice, accessibility statement, terms of use), per
 * language: an admin's text when one was saved, else the default text filled with the commune's
 * identity. Everyone reads them; admins edit and reset them.
 */
@Injectable()
export class LegalPagesService {
  constructor(
    private readonly repo: LegalPagesRepository,
    private readonly identity: CommuneIdentityService,
    private readonly tx: TransactionRunner,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** The page in `language`, or in the commune's default language when none is asked. */
  async get(kind: LegalPageKind, language?: Language | null): Promise<LegalPageView> {
    const identity = await this.identity.get();
    const lang = language ?? identity.defaultLanguage;
    const saved = await this.repo.get(this.tx.reader, kind, lang);
    if (saved)
      return {
        kind,
        language: lang,
        slug: LEGAL_SLUGS[kind],
        title: saved.title,
        body: saved.body,
        isDefault: false,
        updatedAt: saved.updatedAt,
      };
    return this.defaultView(kind, lang, identity);
  }

  /**
   * Saves an admin's text for one page and language. FORBIDDEN ADMIN_ONLY; BAD_USER_INPUT on
   * input.title / input.body (blank).
   */
  async update(viewer: Viewer, input: { kind: LegalPageKind; language: Language; title: string; body: string }): Promise<LegalPageView> {
    this.assertAdmin(viewer);
    const title = input.title.trim();
    const body = input.body.trim();
    if (!title) throw AppError.field('input.title', 'isNotBlank', 'must not be blank');
    if (!body) throw AppError.field('input.body', 'isNotBlank', 'must not be blank');
    const row = await this.tx.run((tx) => this.repo.save(tx, { kind: input.kind, language: input.language, title, body }, viewer.id));
    return {
      kind: input.kind,
      language: input.language,
      slug: LEGAL_SLUGS[input.kind],
      title: row.title,
      body: row.body,
      isDefault: false,
      updatedAt: row.updatedAt,
    };
  }

  /** Back to the default text. Idempotent. FORBIDDEN ADMIN_ONLY. */
  async reset(viewer: Viewer, kind: LegalPageKind, language: Language): Promise<LegalPageView> {
    this.assertAdmin(viewer);
    await this.tx.run((tx) => this.repo.delete(tx, kind, language));
    return this.defaultView(kind, language, await this.identity.get());
  }

  private defaultView(kind: LegalPageKind, language: Language, identity: CommuneView): LegalPageView {
    const { title, body } = defaultLegalPage(kind, language, {
      ...identity,
      siteUrl: this.config.PUBLIC_URL ?? null,
      sessionDays: this.config.REFRESH_TOKEN_TTL_DAYS,
      statementDate: identity.updatedAt ? identity.updatedAt.toISOString().slice(0, 10) : null,
    });
    return { kind, language, slug: LEGAL_SLUGS[kind], title, body, isDefault: true, updatedAt: identity.updatedAt };
  }

  private assertAdmin(viewer: Viewer): void {
    if (!canAdministerCommune(viewer)) throw AppError.forbidden(CommuneSetupError.ADMIN_ONLY);
  }
}
