import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_status_templates_state" AS ENUM('new', 'acknowledged', 'assigned', 'in-progress', 'forwarded', 'closed');
  CREATE TYPE "public"."enum_status_templates_closing_reason" AS ENUM('resolved', 'duplicate', 'not-city', 'cannot-locate');
  CREATE TABLE "status_templates" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"service_id" integer,
  	"state" "enum_status_templates_state" NOT NULL,
  	"closing_reason" "enum_status_templates_closing_reason",
  	"text" varchar NOT NULL,
  	"text_fr" varchar NOT NULL,
  	"active" boolean DEFAULT true,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "status_templates_id" integer;
  ALTER TABLE "status_templates" ADD CONSTRAINT "status_templates_service_id_service_types_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."service_types"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "status_templates_service_idx" ON "status_templates" USING btree ("service_id");
  CREATE INDEX "status_templates_state_idx" ON "status_templates" USING btree ("state");
  CREATE INDEX "status_templates_updated_at_idx" ON "status_templates" USING btree ("updated_at");
  CREATE INDEX "status_templates_created_at_idx" ON "status_templates" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_status_templates_fk" FOREIGN KEY ("status_templates_id") REFERENCES "public"."status_templates"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_status_templates_id_idx" ON "payload_locked_documents_rels" USING btree ("status_templates_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "status_templates" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "status_templates" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_status_templates_fk";
  
  DROP INDEX "payload_locked_documents_rels_status_templates_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "status_templates_id";
  DROP TYPE "public"."enum_status_templates_state";
  DROP TYPE "public"."enum_status_templates_closing_reason";`)
}
