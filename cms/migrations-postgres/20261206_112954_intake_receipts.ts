import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TABLE "intake_receipts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"scope" varchar,
  	"action" varchar,
  	"at" timestamp(3) with time zone NOT NULL,
  	"expires_at" timestamp(3) with time zone NOT NULL,
  	"answer" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "intake_receipts_id" integer;
  CREATE UNIQUE INDEX "intake_receipts_key_idx" ON "intake_receipts" USING btree ("key");
  CREATE INDEX "intake_receipts_scope_idx" ON "intake_receipts" USING btree ("scope");
  CREATE INDEX "intake_receipts_at_idx" ON "intake_receipts" USING btree ("at");
  CREATE INDEX "intake_receipts_expires_at_idx" ON "intake_receipts" USING btree ("expires_at");
  CREATE INDEX "intake_receipts_updated_at_idx" ON "intake_receipts" USING btree ("updated_at");
  CREATE INDEX "intake_receipts_created_at_idx" ON "intake_receipts" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_intake_receipts_fk" FOREIGN KEY ("intake_receipts_id") REFERENCES "public"."intake_receipts"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_intake_receipts_id_idx" ON "payload_locked_documents_rels" USING btree ("intake_receipts_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "intake_receipts" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "intake_receipts" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_intake_receipts_fk";
  
  DROP INDEX "payload_locked_documents_rels_intake_receipts_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "intake_receipts_id";`)
}
