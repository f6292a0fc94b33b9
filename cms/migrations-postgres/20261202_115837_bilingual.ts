import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_language_policy_french_required" AS ENUM('publications', 'media-releases', 'sponsorship-packages', 'emergency-bulletins');
  CREATE TABLE "language_policy_french_required" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_language_policy_french_required",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "language_policy" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"reminder_minutes" numeric DEFAULT 15,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  ALTER TABLE "media_releases" ADD COLUMN "slug_fr" varchar;
  ALTER TABLE "_media_releases_v" ADD COLUMN "version_slug_fr" varchar;
  ALTER TABLE "publications" ADD COLUMN "slug_fr" varchar;
  ALTER TABLE "_publications_v" ADD COLUMN "version_slug_fr" varchar;
  ALTER TABLE "sponsorship_packages" ADD COLUMN "slug_fr" varchar;
  ALTER TABLE "_sponsorship_packages_v" ADD COLUMN "version_slug_fr" varchar;
  ALTER TABLE "emergency_bulletins" ADD COLUMN "slug_fr" varchar;
  ALTER TABLE "_emergency_bulletins_v" ADD COLUMN "version_slug_fr" varchar;
  ALTER TABLE "retired_items" ADD COLUMN "path_fr" varchar;
  ALTER TABLE "retired_items" ADD COLUMN "path_hash_fr" varchar;
  ALTER TABLE "language_policy_french_required" ADD CONSTRAINT "language_policy_french_required_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."language_policy"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "language_policy_french_required_order_idx" ON "language_policy_french_required" USING btree ("order");
  CREATE INDEX "language_policy_french_required_parent_idx" ON "language_policy_french_required" USING btree ("parent_id");
  CREATE UNIQUE INDEX "media_releases_slug_fr_idx" ON "media_releases" USING btree ("slug_fr");
  CREATE INDEX "_media_releases_v_version_version_slug_fr_idx" ON "_media_releases_v" USING btree ("version_slug_fr");
  CREATE UNIQUE INDEX "publications_slug_fr_idx" ON "publications" USING btree ("slug_fr");
  CREATE INDEX "_publications_v_version_version_slug_fr_idx" ON "_publications_v" USING btree ("version_slug_fr");
  CREATE UNIQUE INDEX "sponsorship_packages_slug_fr_idx" ON "sponsorship_packages" USING btree ("slug_fr");
  CREATE INDEX "_sponsorship_packages_v_version_version_slug_fr_idx" ON "_sponsorship_packages_v" USING btree ("version_slug_fr");
  CREATE UNIQUE INDEX "emergency_bulletins_slug_fr_idx" ON "emergency_bulletins" USING btree ("slug_fr");
  CREATE INDEX "_emergency_bulletins_v_version_version_slug_fr_idx" ON "_emergency_bulletins_v" USING btree ("version_slug_fr");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "language_policy_french_required" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "language_policy" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "language_policy_french_required" CASCADE;
  DROP TABLE "language_policy" CASCADE;
  DROP INDEX "media_releases_slug_fr_idx";
  DROP INDEX "_media_releases_v_version_version_slug_fr_idx";
  DROP INDEX "publications_slug_fr_idx";
  DROP INDEX "_publications_v_version_version_slug_fr_idx";
  DROP INDEX "sponsorship_packages_slug_fr_idx";
  DROP INDEX "_sponsorship_packages_v_version_version_slug_fr_idx";
  DROP INDEX "emergency_bulletins_slug_fr_idx";
  DROP INDEX "_emergency_bulletins_v_version_version_slug_fr_idx";
  ALTER TABLE "media_releases" DROP COLUMN "slug_fr";
  ALTER TABLE "_media_releases_v" DROP COLUMN "version_slug_fr";
  ALTER TABLE "publications" DROP COLUMN "slug_fr";
  ALTER TABLE "_publications_v" DROP COLUMN "version_slug_fr";
  ALTER TABLE "sponsorship_packages" DROP COLUMN "slug_fr";
  ALTER TABLE "_sponsorship_packages_v" DROP COLUMN "version_slug_fr";
  ALTER TABLE "emergency_bulletins" DROP COLUMN "slug_fr";
  ALTER TABLE "_emergency_bulletins_v" DROP COLUMN "version_slug_fr";
  ALTER TABLE "retired_items" DROP COLUMN "path_fr";
  ALTER TABLE "retired_items" DROP COLUMN "path_hash_fr";
  DROP TYPE "public"."enum_language_policy_french_required";`)
}
