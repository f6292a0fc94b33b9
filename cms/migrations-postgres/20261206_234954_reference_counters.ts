import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TABLE "reference_counters" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"value" numeric NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "reference_counters_id" integer;
  CREATE UNIQUE INDEX "reference_counters_key_idx" ON "reference_counters" USING btree ("key");
  CREATE INDEX "reference_counters_updated_at_idx" ON "reference_counters" USING btree ("updated_at");
  CREATE INDEX "reference_counters_created_at_idx" ON "reference_counters" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_reference_counters_fk" FOREIGN KEY ("reference_counters_id") REFERENCES "public"."reference_counters"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_reference_counters_id_idx" ON "payload_locked_documents_rels" USING btree ("reference_counters_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "reference_counters" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "reference_counters" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_reference_counters_fk";
  
  DROP INDEX "payload_locked_documents_rels_reference_counters_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "reference_counters_id";`)
}
