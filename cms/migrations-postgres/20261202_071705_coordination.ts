import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TABLE "process_leases" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"holder" varchar NOT NULL,
  	"expires_at" timestamp(3) with time zone NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "rate_limit_hits" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"at" timestamp(3) with time zone NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "site_build_requests" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"reason" varchar NOT NULL,
  	"requested_at" timestamp(3) with time zone NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "process_leases_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "rate_limit_hits_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "site_build_requests_id" integer;
  CREATE UNIQUE INDEX "process_leases_key_idx" ON "process_leases" USING btree ("key");
  CREATE INDEX "process_leases_expires_at_idx" ON "process_leases" USING btree ("expires_at");
  CREATE INDEX "process_leases_updated_at_idx" ON "process_leases" USING btree ("updated_at");
  CREATE INDEX "process_leases_created_at_idx" ON "process_leases" USING btree ("created_at");
  CREATE INDEX "rate_limit_hits_key_idx" ON "rate_limit_hits" USING btree ("key");
  CREATE INDEX "rate_limit_hits_at_idx" ON "rate_limit_hits" USING btree ("at");
  CREATE INDEX "rate_limit_hits_updated_at_idx" ON "rate_limit_hits" USING btree ("updated_at");
  CREATE INDEX "rate_limit_hits_created_at_idx" ON "rate_limit_hits" USING btree ("created_at");
  CREATE INDEX "site_build_requests_requested_at_idx" ON "site_build_requests" USING btree ("requested_at");
  CREATE INDEX "site_build_requests_updated_at_idx" ON "site_build_requests" USING btree ("updated_at");
  CREATE INDEX "site_build_requests_created_at_idx" ON "site_build_requests" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_process_leases_fk" FOREIGN KEY ("process_leases_id") REFERENCES "public"."process_leases"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_rate_limit_hits_fk" FOREIGN KEY ("rate_limit_hits_id") REFERENCES "public"."rate_limit_hits"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_site_build_requests_fk" FOREIGN KEY ("site_build_requests_id") REFERENCES "public"."site_build_requests"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_process_leases_id_idx" ON "payload_locked_documents_rels" USING btree ("process_leases_id");
  CREATE INDEX "payload_locked_documents_rels_rate_limit_hits_id_idx" ON "payload_locked_documents_rels" USING btree ("rate_limit_hits_id");
  CREATE INDEX "payload_locked_documents_rels_site_build_requests_id_idx" ON "payload_locked_documents_rels" USING btree ("site_build_requests_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "process_leases" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "rate_limit_hits" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "site_build_requests" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "process_leases" CASCADE;
  DROP TABLE "rate_limit_hits" CASCADE;
  DROP TABLE "site_build_requests" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_process_leases_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_rate_limit_hits_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_site_build_requests_fk";
  
  DROP INDEX "payload_locked_documents_rels_process_leases_id_idx";
  DROP INDEX "payload_locked_documents_rels_rate_limit_hits_id_idx";
  DROP INDEX "payload_locked_documents_rels_site_build_requests_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "process_leases_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "rate_limit_hits_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "site_build_requests_id";`)
}
