import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_desk_macros_afterwards" AS ENUM('answered', 'waiting-on-customer', 'closed');
  CREATE TYPE "public"."enum_desk_macros_assign_to" AS ENUM('unchanged', 'me', 'person');
  CREATE TABLE "desk_macros" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"department_id" integer,
  	"text" varchar NOT NULL,
  	"text_fr" varchar NOT NULL,
  	"afterwards" "enum_desk_macros_afterwards" DEFAULT 'answered' NOT NULL,
  	"assign_to" "enum_desk_macros_assign_to" DEFAULT 'unchanged' NOT NULL,
  	"assignee_id" integer,
  	"active" boolean DEFAULT true,
  	"uses" numeric DEFAULT 0,
  	"last_used_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "correspondence_messages" ADD COLUMN "macro_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "desk_macros_id" integer;
  ALTER TABLE "desk_macros" ADD CONSTRAINT "desk_macros_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "desk_macros" ADD CONSTRAINT "desk_macros_assignee_id_users_id_fk" FOREIGN KEY ("assignee_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "desk_macros_department_idx" ON "desk_macros" USING btree ("department_id");
  CREATE INDEX "desk_macros_assignee_idx" ON "desk_macros" USING btree ("assignee_id");
  CREATE INDEX "desk_macros_active_idx" ON "desk_macros" USING btree ("active");
  CREATE INDEX "desk_macros_updated_at_idx" ON "desk_macros" USING btree ("updated_at");
  CREATE INDEX "desk_macros_created_at_idx" ON "desk_macros" USING btree ("created_at");
  ALTER TABLE "correspondence_messages" ADD CONSTRAINT "correspondence_messages_macro_id_desk_macros_id_fk" FOREIGN KEY ("macro_id") REFERENCES "public"."desk_macros"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_desk_macros_fk" FOREIGN KEY ("desk_macros_id") REFERENCES "public"."desk_macros"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "correspondence_messages_macro_idx" ON "correspondence_messages" USING btree ("macro_id");
  CREATE INDEX "payload_locked_documents_rels_desk_macros_id_idx" ON "payload_locked_documents_rels" USING btree ("desk_macros_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "desk_macros" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "desk_macros" CASCADE;
  ALTER TABLE "correspondence_messages" DROP CONSTRAINT "correspondence_messages_macro_id_desk_macros_id_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_desk_macros_fk";
  
  DROP INDEX "correspondence_messages_macro_idx";
  DROP INDEX "payload_locked_documents_rels_desk_macros_id_idx";
  ALTER TABLE "correspondence_messages" DROP COLUMN "macro_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "desk_macros_id";
  DROP TYPE "public"."enum_desk_macros_afterwards";
  DROP TYPE "public"."enum_desk_macros_assign_to";`)
}
