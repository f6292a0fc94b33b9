import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_resident_links_language" AS ENUM('en', 'fr');
  CREATE TABLE "resident_links" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"email" varchar NOT NULL,
  	"language" "enum_resident_links_language" DEFAULT 'en' NOT NULL,
  	"token_hash" varchar NOT NULL,
  	"expires_at" timestamp(3) with time zone NOT NULL,
  	"used_at" timestamp(3) with time zone,
  	"session_hash" varchar,
  	"session_expires_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "resident_links_id" integer;
  CREATE INDEX "resident_links_email_idx" ON "resident_links" USING btree ("email");
  CREATE UNIQUE INDEX "resident_links_token_hash_idx" ON "resident_links" USING btree ("token_hash");
  CREATE INDEX "resident_links_expires_at_idx" ON "resident_links" USING btree ("expires_at");
  CREATE UNIQUE INDEX "resident_links_session_hash_idx" ON "resident_links" USING btree ("session_hash");
  CREATE INDEX "resident_links_session_expires_at_idx" ON "resident_links" USING btree ("session_expires_at");
  CREATE INDEX "resident_links_updated_at_idx" ON "resident_links" USING btree ("updated_at");
  CREATE INDEX "resident_links_created_at_idx" ON "resident_links" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_resident_links_fk" FOREIGN KEY ("resident_links_id") REFERENCES "public"."resident_links"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_resident_links_id_idx" ON "payload_locked_documents_rels" USING btree ("resident_links_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "resident_links" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "resident_links" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_resident_links_fk";
  
  DROP INDEX "payload_locked_documents_rels_resident_links_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "resident_links_id";
  DROP TYPE "public"."enum_resident_links_language";`)
}
