import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * E-mail: the keys of sent e-mails (a retried job sends nothing twice), the single-use tokens mailed
 * to accounts (stored hashed), and each account's language for the e-mails it receives.
 */
export class MailAndAccountTokens1795950118568 implements MigrationInterface {
    name = 'MailAndAccountTokens1795950118568'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "sent_mails" ("effect_key" character varying(200) NOT NULL, "sent_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_sent_mails" PRIMARY KEY ("effect_key"))`);
        await queryRunner.query(`CREATE INDEX "ix_sent_mails_sent_at" ON "sent_mails" ("sent_at") `);
        await queryRunner.query(`CREATE TABLE "account_tokens" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "purpose" character varying(20) NOT NULL, "token_hash" character(64) NOT NULL, "new_email" character varying(254), "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_account_tokens_token_hash" UNIQUE ("token_hash"), CONSTRAINT "ck_account_tokens_new_email" CHECK (("purpose" = 'CHANGE_EMAIL') = ("new_email" IS NOT NULL)), CONSTRAINT "ck_account_tokens_purpose" CHECK ("purpose" IN ('VERIFY_EMAIL', 'RESET_PASSWORD', 'CHANGE_EMAIL')), CONSTRAINT "pk_account_tokens" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "ix_account_tokens_user_id_purpose" ON "account_tokens" ("user_id", "purpose") `);
        await queryRunner.query(`ALTER TABLE "users" ADD "locale" character varying(2) NOT NULL DEFAULT 'fr'`);
        await queryRunner.query(`ALTER TABLE "users" ADD CONSTRAINT "ck_users_locale" CHECK ("locale" IN ('fr', 'en'))`);
        await queryRunner.query(`ALTER TABLE "account_tokens" ADD CONSTRAINT "fk_account_tokens_user_id" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "account_tokens" DROP CONSTRAINT "fk_account_tokens_user_id"`);
        await queryRunner.query(`ALTER TABLE "users" DROP CONSTRAINT "ck_users_locale"`);
        await queryRunner.query(`ALTER TABLE "users" DROP COLUMN "locale"`);
        await queryRunner.query(`DROP INDEX "public"."ix_account_tokens_user_id_purpose"`);
        await queryRunner.query(`DROP TABLE "account_tokens"`);
        await queryRunner.query(`DROP INDEX "public"."ix_sent_mails_sent_at"`);
        await queryRunner.query(`DROP TABLE "sent_mails"`);
    }

}
