import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TABLE "desk_presence" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"case_id" integer NOT NULL,
  	"user_id" integer NOT NULL,
  	"name" varchar,
  	"typing" boolean,
  	"seen_at" timestamp(3) with time zone NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "desk_presence_id" integer;
  ALTER TABLE "desk_presence" ADD CONSTRAINT "desk_presence_case_id_correspondence_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."correspondence"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "desk_presence" ADD CONSTRAINT "desk_presence_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE UNIQUE INDEX "desk_presence_key_idx" ON "desk_presence" USING btree ("key");
  CREATE INDEX "desk_presence_case_idx" ON "desk_presence" USING btree ("case_id");
  CREATE INDEX "desk_presence_user_idx" ON "desk_presence" USING btree ("user_id");
  CREATE INDEX "desk_presence_seen_at_idx" ON "desk_presence" USING btree ("seen_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_desk_presence_fk" FOREIGN KEY ("desk_presence_id") REFERENCES "public"."desk_presence"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_desk_presence_id_idx" ON "payload_locked_documents_rels" USING btree ("desk_presence_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "desk_presence" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "desk_presence" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_desk_presence_fk";
  
  DROP INDEX "payload_locked_documents_rels_desk_presence_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "desk_presence_id";`)
}
