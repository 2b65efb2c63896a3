import { Field, InputType, Int, ObjectType } from '@nestjs/graphql';
import { IsEmail, IsEnum, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min, ValidateIf } from 'class-validator';
import { AccessibilityConformance, Language } from './commune-setup.enums';

const HEX = /^#[0-9a-fA-F]{6}$/;

@ObjectType('Commune', {
  description: 'The commune running this site: its name, colours, contact details, opening hours and default language.',
})
export class CommuneObject {
  /** Not in the API: the identity row (the logo's image target), null before the first save. */
  id: string | null;
  /** Not in the API: the logo's image id (resolved as `logo` by the commune-logo module). */
  logoImageId: string | null;

  @Field(() => String, { nullable: true, description: 'Its name, e.g. « Parvis-sur-Loire »; null until an admin sets the commune up.' })
  name: string | null;
  @Field({ description: 'True once an admin has saved the identity.' }) configured: boolean;
  @Field({ description: 'Its colour (`#rrggbb`), used behind text in `primaryTextColor`.' }) primaryColor: string;
  @Field({ description: 'The text colour on `primaryColor` (`#rrggbb`); the pair contrasts at least 4.5:1.' }) primaryTextColor: string;
  @Field(() => String, { nullable: true, description: 'Postal address of the town hall, several lines.' }) address: string | null;
  @Field(() => String, { nullable: true, description: 'Phone number of the town hall, as written.' }) phone: string | null;
  @Field(() => String, { nullable: true, description: 'E-mail address of the town hall.' }) email: string | null;
  @Field(() => String, { nullable: true, description: 'Website of the town hall (http or https URL).' }) website: string | null;
  @Field(() => String, { nullable: true, description: 'Opening hours, plain text, one line per day or period.' })
  openingHours: string | null;
  @Field(() => Language, { description: 'The interface’s language for visitors who have not chosen one.' }) defaultLanguage: Language;
  @Field(() => String, { nullable: true, description: 'Mentions légales: the director of publication (usually the mayor).' })
  publicationDirector: string | null;
  @Field(() => String, { nullable: true, description: 'Mentions légales: the host (name, address, phone).' }) host: string | null;
  @Field(() => String, { nullable: true, description: 'Privacy notice: how to reach the data protection officer.' })
  dpoContact: string | null;
  @Field(() => String, { nullable: true, description: 'Date (YYYY-MM-DD) of the RGAA audit, when one was made.' })
  accessibilityAuditDate: string | null;
  @Field(() => Int, { nullable: true, description: 'Share of RGAA criteria met found by that audit, 0 to 100.' })
  accessibilityAuditRate: number | null;
  @Field(() => String, { nullable: true, description: 'Who made that audit.' }) accessibilityAuditor: string | null;
  @Field(() => AccessibilityConformance, { description: 'The conformity level the accessibility statement declares.' })
  accessibilityConformance: AccessibilityConformance;
  @Field(() => Date, { nullable: true, description: 'Last change of the identity; null before the first save.' }) updatedAt: Date | null;
}

@InputType({ description: 'The commune’s whole identity (values left out or blank are cleared).' })
export class CommuneIdentityInput {
  @Field({ description: 'Its name, 1 to 120 characters.' }) @IsString() @MaxLength(120) name: string;

  @Field({ description: 'Its colour, `#rrggbb`.' })
  @Matches(HEX, { message: 'must be a colour written #rrggbb' })
  primaryColor: string;

  @Field({ description: 'The text colour on it, `#rrggbb`: the pair must contrast at least 4.5:1 (WCAG AA).' })
  @Matches(HEX, { message: 'must be a colour written #rrggbb' })
  primaryTextColor: string;

  @Field(() => String, { nullable: true, description: 'Postal address, up to 500 characters.' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  address?: string | null;

  @Field(() => String, { nullable: true, description: 'Phone number: digits, spaces, + . - ( ), up to 30 characters.' })
  @IsOptional()
  @ValidateIf((o: CommuneIdentityInput) => !!o.phone?.trim())
  @Matches(/^\s*\+?[0-9().\s-]{2,29}\s*$/, { message: 'must be a phone number (digits, spaces, + . - ( ))' })
  phone?: string | null;

  @Field(() => String, { nullable: true, description: 'E-mail address.' })
  @IsOptional()
  @ValidateIf((o: CommuneIdentityInput) => !!o.email?.trim())
  @IsEmail({}, { message: 'must be an e-mail address' })
  @MaxLength(254)
  email?: string | null;

  @Field(() => String, { nullable: true, description: 'Website, an http or https URL.' })
  @IsOptional()
  @ValidateIf((o: CommuneIdentityInput) => !!o.website?.trim())
  @Matches(/^https?:\/\/[^\s/$.?#][^\s]*$/i, { message: 'must be an http(s) URL' })
  @MaxLength(500)
  website?: string | null;

  @Field(() => String, { nullable: true, description: 'Opening hours, plain text, up to 2,000 characters.' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  openingHours?: string | null;

  @Field(() => Language, { defaultValue: Language.FR, description: 'The default language of the interface.' })
  @IsEnum(Language)
  defaultLanguage: Language = Language.FR;

  @Field(() => String, { nullable: true, description: 'The director of publication, up to 200 characters.' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  publicationDirector?: string | null;

  @Field(() => String, { nullable: true, description: 'The host: name, address, phone; up to 500 characters.' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  host?: string | null;

  @Field(() => String, { nullable: true, description: 'How to reach the data protection officer, up to 500 characters.' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  dpoContact?: string | null;

  @Field(() => String, { nullable: true, description: 'Date of the RGAA audit (YYYY-MM-DD), with its rate.' })
  @IsOptional()
  @ValidateIf((o: CommuneIdentityInput) => !!o.accessibilityAuditDate?.trim())
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'must be a date written YYYY-MM-DD' })
  accessibilityAuditDate?: string | null;

  @Field(() => Int, { nullable: true, description: 'Share of RGAA criteria met found by that audit, 0 to 100, with its date.' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100)
  accessibilityAuditRate?: number | null;

  @Field(() => String, { nullable: true, description: 'Who made the audit, up to 200 characters.' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  accessibilityAuditor?: string | null;
}

@ObjectType('CommuneSetup', { description: 'How far the first-run checklist has gone (name → districts → departments → first service).' })
export class CommuneSetupObject {
  @Field({ description: 'The commune’s identity has been saved (its name at least).' }) identityDone: boolean;
  @Field(() => Int, { description: 'Districts offered (active).' }) districtsCount: number;
  @Field(() => Int, { description: 'Departments of the town hall.' }) departmentsCount: number;
  @Field(() => Int, { description: 'Services of the catalogue residents can file requests for.' }) servicesCount: number;
  @Field({ description: 'Every step is done: an identity, a district, a department and a service.' }) complete: boolean;
}
