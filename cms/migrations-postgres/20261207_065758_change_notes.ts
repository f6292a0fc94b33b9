import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TABLE "media_releases_change_notes" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"note" varchar,
  	"note_fr" varchar,
  	"at" timestamp(3) with time zone,
  	"notified" boolean DEFAULT false
  );
  
  CREATE TABLE "_media_releases_v_version_change_notes" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"note" varchar,
  	"note_fr" varchar,
  	"at" timestamp(3) with time zone,
  	"notified" boolean DEFAULT false,
  	"_uuid" varchar
  );
  
  CREATE TABLE "publications_change_notes" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"note" varchar,
  	"note_fr" varchar,
  	"at" timestamp(3) with time zone,
  	"notified" boolean DEFAULT false
  );
  
  CREATE TABLE "_publications_v_version_change_notes" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"note" varchar,
  	"note_fr" varchar,
  	"at" timestamp(3) with time zone,
  	"notified" boolean DEFAULT false,
  	"_uuid" varchar
  );
  
  CREATE TABLE "sponsorship_packages_change_notes" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"note" varchar,
  	"note_fr" varchar,
  	"at" timestamp(3) with time zone,
  	"notified" boolean DEFAULT false
  );
  
  CREATE TABLE "_sponsorship_packages_v_version_change_notes" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"note" varchar,
  	"note_fr" varchar,
  	"at" timestamp(3) with time zone,
  	"notified" boolean DEFAULT false,
  	"_uuid" varchar
  );
  
  CREATE TABLE "emergency_bulletins_change_notes" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"note" varchar,
  	"note_fr" varchar,
  	"at" timestamp(3) with time zone,
  	"notified" boolean DEFAULT false
  );
  
  CREATE TABLE "_emergency_bulletins_v_version_change_notes" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"note" varchar,
  	"note_fr" varchar,
  	"at" timestamp(3) with time zone,
  	"notified" boolean DEFAULT false,
  	"_uuid" varchar
  );
  
  CREATE TABLE "kb_articles_change_notes" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"note" varchar,
  	"note_fr" varchar,
  	"at" timestamp(3) with time zone,
  	"notified" boolean DEFAULT false
  );
  
  CREATE TABLE "_kb_articles_v_version_change_notes" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"note" varchar,
  	"note_fr" varchar,
  	"at" timestamp(3) with time zone,
  	"notified" boolean DEFAULT false,
  	"_uuid" varchar
  );
  
  ALTER TABLE "sends" ADD COLUMN "change_note" varchar;
  ALTER TABLE "sends" ADD COLUMN "change_note_fr" varchar;
  ALTER TABLE "media_releases_change_notes" ADD CONSTRAINT "media_releases_change_notes_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."media_releases"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_media_releases_v_version_change_notes" ADD CONSTRAINT "_media_releases_v_version_change_notes_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_media_releases_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "publications_change_notes" ADD CONSTRAINT "publications_change_notes_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."publications"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_publications_v_version_change_notes" ADD CONSTRAINT "_publications_v_version_change_notes_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_publications_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "sponsorship_packages_change_notes" ADD CONSTRAINT "sponsorship_packages_change_notes_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."sponsorship_packages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_sponsorship_packages_v_version_change_notes" ADD CONSTRAINT "_sponsorship_packages_v_version_change_notes_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_sponsorship_packages_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "emergency_bulletins_change_notes" ADD CONSTRAINT "emergency_bulletins_change_notes_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."emergency_bulletins"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_emergency_bulletins_v_version_change_notes" ADD CONSTRAINT "_emergency_bulletins_v_version_change_notes_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_emergency_bulletins_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "kb_articles_change_notes" ADD CONSTRAINT "kb_articles_change_notes_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."kb_articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_kb_articles_v_version_change_notes" ADD CONSTRAINT "_kb_articles_v_version_change_notes_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_kb_articles_v"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "media_releases_change_notes_order_idx" ON "media_releases_change_notes" USING btree ("_order");
  CREATE INDEX "media_releases_change_notes_parent_id_idx" ON "media_releases_change_notes" USING btree ("_parent_id");
  CREATE INDEX "_media_releases_v_version_change_notes_order_idx" ON "_media_releases_v_version_change_notes" USING btree ("_order");
  CREATE INDEX "_media_releases_v_version_change_notes_parent_id_idx" ON "_media_releases_v_version_change_notes" USING btree ("_parent_id");
  CREATE INDEX "publications_change_notes_order_idx" ON "publications_change_notes" USING btree ("_order");
  CREATE INDEX "publications_change_notes_parent_id_idx" ON "publications_change_notes" USING btree ("_parent_id");
  CREATE INDEX "_publications_v_version_change_notes_order_idx" ON "_publications_v_version_change_notes" USING btree ("_order");
  CREATE INDEX "_publications_v_version_change_notes_parent_id_idx" ON "_publications_v_version_change_notes" USING btree ("_parent_id");
  CREATE INDEX "sponsorship_packages_change_notes_order_idx" ON "sponsorship_packages_change_notes" USING btree ("_order");
  CREATE INDEX "sponsorship_packages_change_notes_parent_id_idx" ON "sponsorship_packages_change_notes" USING btree ("_parent_id");
  CREATE INDEX "_sponsorship_packages_v_version_change_notes_order_idx" ON "_sponsorship_packages_v_version_change_notes" USING btree ("_order");
  CREATE INDEX "_sponsorship_packages_v_version_change_notes_parent_id_idx" ON "_sponsorship_packages_v_version_change_notes" USING btree ("_parent_id");
  CREATE INDEX "emergency_bulletins_change_notes_order_idx" ON "emergency_bulletins_change_notes" USING btree ("_order");
  CREATE INDEX "emergency_bulletins_change_notes_parent_id_idx" ON "emergency_bulletins_change_notes" USING btree ("_parent_id");
  CREATE INDEX "_emergency_bulletins_v_version_change_notes_order_idx" ON "_emergency_bulletins_v_version_change_notes" USING btree ("_order");
  CREATE INDEX "_emergency_bulletins_v_version_change_notes_parent_id_idx" ON "_emergency_bulletins_v_version_change_notes" USING btree ("_parent_id");
  CREATE INDEX "kb_articles_change_notes_order_idx" ON "kb_articles_change_notes" USING btree ("_order");
  CREATE INDEX "kb_articles_change_notes_parent_id_idx" ON "kb_articles_change_notes" USING btree ("_parent_id");
  CREATE INDEX "_kb_articles_v_version_change_notes_order_idx" ON "_kb_articles_v_version_change_notes" USING btree ("_order");
  CREATE INDEX "_kb_articles_v_version_change_notes_parent_id_idx" ON "_kb_articles_v_version_change_notes" USING btree ("_parent_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "media_releases_change_notes" CASCADE;
  DROP TABLE "_media_releases_v_version_change_notes" CASCADE;
  DROP TABLE "publications_change_notes" CASCADE;
  DROP TABLE "_publications_v_version_change_notes" CASCADE;
  DROP TABLE "sponsorship_packages_change_notes" CASCADE;
  DROP TABLE "_sponsorship_packages_v_version_change_notes" CASCADE;
  DROP TABLE "emergency_bulletins_change_notes" CASCADE;
  DROP TABLE "_emergency_bulletins_v_version_change_notes" CASCADE;
  DROP TABLE "kb_articles_change_notes" CASCADE;
  DROP TABLE "_kb_articles_v_version_change_notes" CASCADE;
  ALTER TABLE "sends" DROP COLUMN "change_note";
  ALTER TABLE "sends" DROP COLUMN "change_note_fr";`)
}
