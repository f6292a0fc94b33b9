import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TABLE "media_releases_numbers" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"number" numeric,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL
  );
  
  CREATE TABLE "_media_releases_v_numbers" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"number" numeric,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL
  );
  
  CREATE TABLE "publications_numbers" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"number" numeric,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL
  );
  
  CREATE TABLE "_publications_v_numbers" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"number" numeric,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL
  );
  
  ALTER TABLE "media_releases_numbers" ADD CONSTRAINT "media_releases_numbers_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."media_releases"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_media_releases_v_numbers" ADD CONSTRAINT "_media_releases_v_numbers_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_media_releases_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "publications_numbers" ADD CONSTRAINT "publications_numbers_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."publications"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_publications_v_numbers" ADD CONSTRAINT "_publications_v_numbers_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_publications_v"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "media_releases_numbers_order_parent_idx" ON "media_releases_numbers" USING btree ("order","parent_id");
  CREATE INDEX "_media_releases_v_numbers_order_parent_idx" ON "_media_releases_v_numbers" USING btree ("order","parent_id");
  CREATE INDEX "publications_numbers_order_parent_idx" ON "publications_numbers" USING btree ("order","parent_id");
  CREATE INDEX "_publications_v_numbers_order_parent_idx" ON "_publications_v_numbers" USING btree ("order","parent_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "media_releases_numbers" CASCADE;
  DROP TABLE "_media_releases_v_numbers" CASCADE;
  DROP TABLE "publications_numbers" CASCADE;
  DROP TABLE "_publications_v_numbers" CASCADE;`)
}
