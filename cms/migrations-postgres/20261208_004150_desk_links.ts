import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TABLE "correspondence_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"correspondence_id" integer,
  	"service_requests_id" integer
  );
  
  CREATE TABLE "service_requests_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"correspondence_id" integer
  );
  
  ALTER TABLE "correspondence" ADD COLUMN "merged_into_id" integer;
  ALTER TABLE "correspondence" ADD COLUMN "possible_duplicate_of_id" integer;
  ALTER TABLE "correspondence_rels" ADD CONSTRAINT "correspondence_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."correspondence"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "correspondence_rels" ADD CONSTRAINT "correspondence_rels_correspondence_fk" FOREIGN KEY ("correspondence_id") REFERENCES "public"."correspondence"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "correspondence_rels" ADD CONSTRAINT "correspondence_rels_service_requests_fk" FOREIGN KEY ("service_requests_id") REFERENCES "public"."service_requests"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "service_requests_rels" ADD CONSTRAINT "service_requests_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."service_requests"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "service_requests_rels" ADD CONSTRAINT "service_requests_rels_correspondence_fk" FOREIGN KEY ("correspondence_id") REFERENCES "public"."correspondence"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "correspondence_rels_order_idx" ON "correspondence_rels" USING btree ("order");
  CREATE INDEX "correspondence_rels_parent_idx" ON "correspondence_rels" USING btree ("parent_id");
  CREATE INDEX "correspondence_rels_path_idx" ON "correspondence_rels" USING btree ("path");
  CREATE INDEX "correspondence_rels_correspondence_id_idx" ON "correspondence_rels" USING btree ("correspondence_id");
  CREATE INDEX "correspondence_rels_service_requests_id_idx" ON "correspondence_rels" USING btree ("service_requests_id");
  CREATE INDEX "service_requests_rels_order_idx" ON "service_requests_rels" USING btree ("order");
  CREATE INDEX "service_requests_rels_parent_idx" ON "service_requests_rels" USING btree ("parent_id");
  CREATE INDEX "service_requests_rels_path_idx" ON "service_requests_rels" USING btree ("path");
  CREATE INDEX "service_requests_rels_correspondence_id_idx" ON "service_requests_rels" USING btree ("correspondence_id");
  ALTER TABLE "correspondence" ADD CONSTRAINT "correspondence_merged_into_id_correspondence_id_fk" FOREIGN KEY ("merged_into_id") REFERENCES "public"."correspondence"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "correspondence" ADD CONSTRAINT "correspondence_possible_duplicate_of_id_correspondence_id_fk" FOREIGN KEY ("possible_duplicate_of_id") REFERENCES "public"."correspondence"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "correspondence_merged_into_idx" ON "correspondence" USING btree ("merged_into_id");
  CREATE INDEX "correspondence_possible_duplicate_of_idx" ON "correspondence" USING btree ("possible_duplicate_of_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "correspondence_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "service_requests_rels" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "correspondence_rels" CASCADE;
  DROP TABLE "service_requests_rels" CASCADE;
  ALTER TABLE "correspondence" DROP CONSTRAINT "correspondence_merged_into_id_correspondence_id_fk";
  
  ALTER TABLE "correspondence" DROP CONSTRAINT "correspondence_possible_duplicate_of_id_correspondence_id_fk";
  
  DROP INDEX "correspondence_merged_into_idx";
  DROP INDEX "correspondence_possible_duplicate_of_idx";
  ALTER TABLE "correspondence" DROP COLUMN "merged_into_id";
  ALTER TABLE "correspondence" DROP COLUMN "possible_duplicate_of_id";`)
}
