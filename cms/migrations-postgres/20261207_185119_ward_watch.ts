import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_watches_events" AS ENUM('new', 'closed');
  CREATE TYPE "public"."enum_watches_language" AS ENUM('en', 'fr');
  CREATE TABLE "watches_events" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_watches_events",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "watches" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"email" varchar NOT NULL,
  	"language" "enum_watches_language" DEFAULT 'en' NOT NULL,
  	"ward_id" integer,
  	"ward_number" numeric,
  	"address_id" integer,
  	"address_label" varchar,
  	"lat" numeric,
  	"long" numeric,
  	"radius" numeric,
  	"confirmed_at" timestamp(3) with time zone,
  	"stopped_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "watches_id" integer;
  ALTER TABLE "watches_events" ADD CONSTRAINT "watches_events_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."watches"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "watches" ADD CONSTRAINT "watches_ward_id_wards_id_fk" FOREIGN KEY ("ward_id") REFERENCES "public"."wards"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "watches" ADD CONSTRAINT "watches_address_id_addresses_id_fk" FOREIGN KEY ("address_id") REFERENCES "public"."addresses"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "watches_events_order_idx" ON "watches_events" USING btree ("order");
  CREATE INDEX "watches_events_parent_idx" ON "watches_events" USING btree ("parent_id");
  CREATE INDEX "watches_email_idx" ON "watches" USING btree ("email");
  CREATE INDEX "watches_ward_idx" ON "watches" USING btree ("ward_id");
  CREATE INDEX "watches_ward_number_idx" ON "watches" USING btree ("ward_number");
  CREATE INDEX "watches_address_idx" ON "watches" USING btree ("address_id");
  CREATE INDEX "watches_confirmed_at_idx" ON "watches" USING btree ("confirmed_at");
  CREATE INDEX "watches_stopped_at_idx" ON "watches" USING btree ("stopped_at");
  CREATE INDEX "watches_updated_at_idx" ON "watches" USING btree ("updated_at");
  CREATE INDEX "watches_created_at_idx" ON "watches" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_watches_fk" FOREIGN KEY ("watches_id") REFERENCES "public"."watches"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_watches_id_idx" ON "payload_locked_documents_rels" USING btree ("watches_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "watches_events" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "watches" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "watches_events" CASCADE;
  DROP TABLE "watches" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_watches_fk";
  
  DROP INDEX "payload_locked_documents_rels_watches_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "watches_id";
  DROP TYPE "public"."enum_watches_events";
  DROP TYPE "public"."enum_watches_language";`)
}
