import { Injectable } from '@nestjs/common';
import type { Viewer } from '../auth/viewer';
import { AppError, FieldError } from '../common/app-error';
import { Clock } from '../common/clock';
import { TransactionRunner, Tx } from '../database/transaction';
import { CommuneSetupError } from './commune-setup.errors';
import { canAdministerCommune } from './commune-setup.policy';
import { CommuneIdentityRepository, CommuneIdentityRow, CommuneIdentityValues } from './commune-identity.repository';
import { contrastRatio, formatRatio, MIN_TEXT_CONTRAST } from './contrast';
import { AccessibilityConformance, Language } from './dto/commune-setup.enums';

/** The colours of the interface until the commune chooses its own (the tokens' primary blue, white text). */
export const DEFAULT_PRIMARY_COLOR = '#1d3f8f';
export const DEFAULT_PRIMARY_TEXT_COLOR = '#ffffff';

/** The commune as everyone reads it: its saved identity, or the defaults before the first save. */
export interface CommuneView extends Omit<CommuneIdentityRow, 'id' | 'name' | 'updatedAt' | 'defaultLanguage'> {
  /** Null until an admin saves the identity. */
  id: string | null;
  name: string | null;
  configured: boolean;
  defaultLanguage: Language;
  accessibilityConformance: AccessibilityConformance;
  updatedAt: Date | null;
}

/** What an admin saves (every value; optional ones null or blank to clear them). */
export interface CommuneIdentityInput {
  name: string;
  primaryColor: string;
  primaryTextColor: string;
  address?: string | null;
  phone?: string | null;
  email?: string | null;
  website?: string | null;
  openingHours?: string | null;
  defaultLanguage: string;
  publicationDirector?: string | null;
  host?: string | null;
  dpoContact?: string | null;
  accessibilityAuditDate?: string | null;
  accessibilityAuditRate?: number | null;
  accessibilityAuditor?: string | null;
}

/**
 * RGAA's rule for the statement: totally conforming when an audit found every criterion met,
 * partially from half of them, not conforming below. Without a recorded audit Parvis declares
 * « partiellement conforme » (its interface is built and tested against WCAG 2.1 AA, but no audit
 * has measured this site).
 */
export function conformanceOf(rate: number | null): AccessibilityConformance {
  if (rate === null) return AccessibilityConformance.PARTIAL;
  if (rate >= 100) return AccessibilityConformance.FULL;
  return rate >= 50 ? AccessibilityConformance.PARTIAL : AccessibilityConformance.NONE;
}

const blankToNull = (value: string | null | undefined): string | null => {
  const v = value?.trim();
  return v ? v : null;
};

/**
 * The commune's identity: one row, written by admins, read by everyone (the header, the footer, the
 * legal pages, the page titles). The colours are checked for contrast before they are saved.
 */
@Injectable()
export class CommuneIdentityService {
  constructor(
    private readonly repo: CommuneIdentityRepository,
    private readonly tx: TransactionRunner,
    private readonly clock: Clock,
  ) {}

  async get(tx: Tx = this.tx.reader): Promise<CommuneView> {
    return toView(await this.repo.get(tx));
  }

  /**
   * Saves the whole identity (values not given are cleared). FORBIDDEN ADMIN_ONLY; BAD_USER_INPUT on
   * input.name (blank), input.primaryTextColor (INSUFFICIENT_CONTRAST: less than 4.5:1 with the
   * primary colour), input.accessibilityAuditRate / input.accessibilityAuditDate (one without the
   * other), input.accessibilityAuditDate (not a real date, or in the future).
   */
  async update(viewer: Viewer, input: CommuneIdentityInput): Promise<CommuneView> {
    if (!canAdministerCommune(viewer)) throw AppError.forbidden(CommuneSetupError.ADMIN_ONLY);
    const values = this.check(input);
    return this.tx.run(async (tx) => toView(await this.repo.save(tx, values, viewer.id)));
  }

  /** Demo data: the demo commune's identity, unless one was saved already. */
  async seedDemo(input: CommuneIdentityInput): Promise<void> {
    const values = this.check(input);
    await this.tx.run(async (tx) => {
      if (!(await this.repo.lock(tx))) await this.repo.save(tx, values, null);
    });
  }

  /**
   * For the logo's module, inside its transaction: the identity row, locked. FORBIDDEN ADMIN_ONLY;
   * CONFLICT IDENTITY_NOT_SET before the identity's first save (the logo belongs to a named commune).
   */
  async lockForLogo(tx: Tx, viewer: Viewer): Promise<{ id: string; logoImageId: string | null }> {
    if (!canAdministerCommune(viewer)) throw AppError.forbidden(CommuneSetupError.ADMIN_ONLY);
    const row = await this.repo.lock(tx);
    if (!row) throw AppError.conflict('IDENTITY_NOT_SET');
    return { id: row.id, logoImageId: row.logoImageId };
  }

  /** Records the logo (the caller attached the image in the same transaction). */
  async setLogo(tx: Tx, viewer: Viewer, imageId: string | null): Promise<CommuneView> {
    return toView(await this.repo.setLogo(tx, imageId, viewer.id));
  }

  /** Whether an image is the commune's logo now (then it is public). */
  isLogo(imageId: string): Promise<boolean> {
    return this.repo.isLogo(this.tx.reader, imageId);
  }

  private check(input: CommuneIdentityInput): CommuneIdentityValues {
    const errors: FieldError[] = [];
    const name = input.name.trim();
    if (!name) errors.push({ path: 'input.name', constraint: 'isNotBlank', message: 'must not be blank' });
    const primaryColor = input.primaryColor.toLowerCase();
    const primaryTextColor = input.primaryTextColor.toLowerCase();
    const ratio = contrastRatio(primaryColor, primaryTextColor);
    if (ratio < MIN_TEXT_CONTRAST) {
      errors.push({
        path: 'input.primaryTextColor',
        constraint: 'contrast',
        message: `contrasts ${formatRatio(ratio)} with primaryColor; text needs at least ${MIN_TEXT_CONTRAST}:1 (WCAG AA)`,
      });
    }
    const auditDate = blankToNull(input.accessibilityAuditDate);
    const auditRate = input.accessibilityAuditRate ?? null;
    if ((auditDate === null) !== (auditRate === null)) {
      const path = auditDate === null ? 'input.accessibilityAuditDate' : 'input.accessibilityAuditRate';
      errors.push({ path, constraint: 'requiredWithAudit', message: 'an audit needs both its date and its rate' });
    }
    if (auditDate !== null && !isPastDate(auditDate, this.clock.now())) {
      errors.push({ path: 'input.accessibilityAuditDate', constraint: 'isPastDate', message: 'must be a real date, not in the future' });
    }
    if (errors.length) {
      const reason = errors.some((e) => e.constraint === 'contrast') ? CommuneSetupError.INSUFFICIENT_CONTRAST : 'INVALID_INPUT';
      throw AppError.badInput(reason, errors);
    }
    return {
      name,
      primaryColor,
      primaryTextColor,
      address: blankToNull(input.address),
      phone: blankToNull(input.phone),
      email: blankToNull(input.email),
      website: blankToNull(input.website),
      openingHours: blankToNull(input.openingHours),
      defaultLanguage: input.defaultLanguage,
      publicationDirector: blankToNull(input.publicationDirector),
      host: blankToNull(input.host),
      dpoContact: blankToNull(input.dpoContact),
      accessibilityAuditDate: auditDate,
      accessibilityAuditRate: auditRate,
      accessibilityAuditor: blankToNull(input.accessibilityAuditor),
    };
  }
}

/** `YYYY-MM-DD` naming a real day, today or before. */
function isPastDate(value: string, now: Date): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return date.toISOString().slice(0, 10) === value && date.getTime() <= now.getTime();
}

function toView(row: CommuneIdentityRow | null): CommuneView {
  if (!row) {
    return {
      id: null,
      name: null,
      configured: false,
      primaryColor: DEFAULT_PRIMARY_COLOR,
      primaryTextColor: DEFAULT_PRIMARY_TEXT_COLOR,
      address: null,
      phone: null,
      email: null,
      website: null,
      openingHours: null,
      defaultLanguage: Language.FR,
      publicationDirector: null,
      host: null,
      dpoContact: null,
      accessibilityAuditDate: null,
      accessibilityAuditRate: null,
      accessibilityAuditor: null,
      accessibilityConformance: conformanceOf(null),
      logoImageId: null,
      updatedAt: null,
    };
  }
  return {
    ...row,
    configured: true,
    defaultLanguage: row.defaultLanguage === 'en' ? Language.EN : Language.FR,
    accessibilityConformance: conformanceOf(row.accessibilityAuditRate),
  };
}
