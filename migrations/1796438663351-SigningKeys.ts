import type { MigrationInterface, QueryRunner } from 'typeorm';

export class SigningKeys1796438663351 implements MigrationInterface {
  name = 'SigningKeys1796438663351';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "signing_keys" ("kid" character varying(100) NOT NULL, "public_jwk" jsonb NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "retired_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "signing_keys_public_only" CHECK (NOT ("public_jwk" ? 'd')), CONSTRAINT "PK_13362ac3e792c69417e1a53d355" PRIMARY KEY ("kid"))`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "signing_keys"`);
  }
}
