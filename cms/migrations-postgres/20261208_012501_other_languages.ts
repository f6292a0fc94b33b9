import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "kb_settings" ALTER COLUMN "synonyms_fr" SET DEFAULT 'ordures, déchets, poubelles, vidanges
  collecte, ramassage, cueillette
  divan, canapé, sofa
  bac, poubelle
  lampadaire, réverbère
  contravention, amende, ticket
  déneigement, déblaiement
  stationnement, parking
  conduite, aqueduc, conduite principale';
  ALTER TABLE "correspondence" ADD COLUMN "other_language" varchar;
  ALTER TABLE "desk_settings" ADD COLUMN "other_languages_answer" varchar;
  ALTER TABLE "desk_settings" ADD COLUMN "other_languages_macro_id" integer;
  ALTER TABLE "desk_settings" ADD CONSTRAINT "desk_settings_other_languages_macro_id_desk_macros_id_fk" FOREIGN KEY ("other_languages_macro_id") REFERENCES "public"."desk_macros"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "correspondence_other_language_idx" ON "correspondence" USING btree ("other_language");
  CREATE INDEX "desk_settings_other_languages_other_languages_macro_idx" ON "desk_settings" USING btree ("other_languages_macro_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "desk_settings" DROP CONSTRAINT "desk_settings_other_languages_macro_id_desk_macros_id_fk";
  
  DROP INDEX "correspondence_other_language_idx";
  DROP INDEX "desk_settings_other_languages_other_languages_macro_idx";
  ALTER TABLE "kb_settings" ALTER COLUMN "synonyms_fr" SET DEFAULT 'ordures, déchets, poubelles, vidanges
  collecte, ramassage, cueillette
  divan, canapé, sofa
  bac, poubelle
  lampadaire, réverbère
  contravention, amende, ticket
  déneigement, déblaiement
  stationnement, parking';
  ALTER TABLE "correspondence" DROP COLUMN "other_language";
  ALTER TABLE "desk_settings" DROP COLUMN "other_languages_answer";
  ALTER TABLE "desk_settings" DROP COLUMN "other_languages_macro_id";`)
}
