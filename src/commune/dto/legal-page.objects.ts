import { ArgsType, Field, InputType, ObjectType } from '@nestjs/graphql';
import { IsEnum, IsOptional, IsString, MaxLength } from 'class-validator';
import { Language, LegalPageKind } from './commune-setup.enums';

@ObjectType('LegalPage', {
  description: 'A legal page in one language: the admins’ text, or the default one filled with the commune’s identity.',
})
export class LegalPageObject {
  @Field(() => LegalPageKind, { description: 'Which page.' }) kind: LegalPageKind;
  @Field(() => Language, { description: 'Its language.' }) language: Language;
  @Field({ description: 'Its address in the web client: /legal/<slug>.' }) slug: string;
  @Field({ description: 'Its title, plain text.' }) title: string;
  @Field({
    description:
      'Its text in a small Markdown subset: "## " and "### " headings, paragraphs separated by blank lines, "- " lists, ' +
      '[links](https://… or /path or mailto:…), **bold**; a backslash escapes a character. Never HTML.',
  })
  body: string;
  @Field({ description: 'True while it shows the default text (changes with the commune’s identity).' }) isDefault: boolean;
  @Field(() => Date, { nullable: true, description: 'Last update: the admins’ edit, or for the default text the identity’s last change.' })
  updatedAt: Date | null;
}

@ArgsType()
export class LegalPageArgs {
  @Field(() => LegalPageKind, { description: 'Which page.' }) @IsEnum(LegalPageKind) kind: LegalPageKind;

  @Field(() => Language, { nullable: true, description: 'Its language (default: the commune’s default language).' })
  @IsOptional()
  @IsEnum(Language)
  language?: Language | null;
}

@ArgsType()
export class ResetLegalPageArgs {
  @Field(() => LegalPageKind, { description: 'Which page.' }) @IsEnum(LegalPageKind) kind: LegalPageKind;
  @Field(() => Language, { description: 'Which language.' }) @IsEnum(Language) language: Language;
}

@InputType({ description: 'An admin’s text for a legal page in one language.' })
export class UpdateLegalPageInput {
  @Field(() => LegalPageKind, { description: 'Which page.' }) @IsEnum(LegalPageKind) kind: LegalPageKind;
  @Field(() => Language, { description: 'Which language.' }) @IsEnum(Language) language: Language;
  @Field({ description: 'Its title, 1 to 200 characters.' }) @IsString() @MaxLength(200) title: string;
  @Field({ description: 'Its text (see LegalPage.body), up to 50,000 characters.' }) @IsString() @MaxLength(50_000) body: string;
}
