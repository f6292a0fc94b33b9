import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_request_photos_review" AS ENUM('pending', 'approved', 'rejected');
  CREATE TYPE "public"."enum_request_photos_origin" AS ENUM('web', 'app', 'email', 'staff');
  ALTER TYPE "public"."enum_service_request_events_action" ADD VALUE 'photo';
  CREATE TABLE "request_photos" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"request_id" integer NOT NULL,
  	"review" "enum_request_photos_review" DEFAULT 'pending' NOT NULL,
  	"alt" varchar,
  	"alt_fr" varchar,
  	"origin" "enum_request_photos_origin",
  	"original_name" varchar,
  	"reviewed_by_id" integer,
  	"reviewed_at" timestamp(3) with time zone,
  	"prefix" varchar DEFAULT 'private/request-photos',
  	"_objectkey" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"url" varchar,
  	"thumbnail_u_r_l" varchar,
  	"filename" varchar,
  	"mime_type" varchar,
  	"filesize" numeric,
  	"width" numeric,
  	"height" numeric
  );
  
  CREATE TABLE "request_photo_copies" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"photo_id" integer NOT NULL,
  	"request_id" integer NOT NULL,
  	"public" boolean DEFAULT false,
  	"alt" varchar,
  	"alt_fr" varchar,
  	"prefix" varchar DEFAULT 'request-photo-copies',
  	"_objectkey" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"url" varchar,
  	"thumbnail_u_r_l" varchar,
  	"filename" varchar,
  	"mime_type" varchar,
  	"filesize" numeric,
  	"width" numeric,
  	"height" numeric,
  	"focal_x" numeric,
  	"focal_y" numeric
  );
  
  ALTER TABLE "service_requests" ADD COLUMN "media_url" varchar;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "request_photos_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "request_photo_copies_id" integer;
  ALTER TABLE "request_photos" ADD CONSTRAINT "request_photos_request_id_service_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."service_requests"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "request_photos" ADD CONSTRAINT "request_photos_reviewed_by_id_users_id_fk" FOREIGN KEY ("reviewed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "request_photo_copies" ADD CONSTRAINT "request_photo_copies_photo_id_request_photos_id_fk" FOREIGN KEY ("photo_id") REFERENCES "public"."request_photos"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "request_photo_copies" ADD CONSTRAINT "request_photo_copies_request_id_service_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."service_requests"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "request_photos_request_idx" ON "request_photos" USING btree ("request_id");
  CREATE INDEX "request_photos_review_idx" ON "request_photos" USING btree ("review");
  CREATE INDEX "request_photos_reviewed_by_idx" ON "request_photos" USING btree ("reviewed_by_id");
  CREATE INDEX "request_photos_updated_at_idx" ON "request_photos" USING btree ("updated_at");
  CREATE INDEX "request_photos_created_at_idx" ON "request_photos" USING btree ("created_at");
  CREATE UNIQUE INDEX "request_photos_filename_idx" ON "request_photos" USING btree ("filename");
  CREATE INDEX "request_photo_copies_photo_idx" ON "request_photo_copies" USING btree ("photo_id");
  CREATE INDEX "request_photo_copies_request_idx" ON "request_photo_copies" USING btree ("request_id");
  CREATE INDEX "request_photo_copies_public_idx" ON "request_photo_copies" USING btree ("public");
  CREATE INDEX "request_photo_copies_updated_at_idx" ON "request_photo_copies" USING btree ("updated_at");
  CREATE INDEX "request_photo_copies_created_at_idx" ON "request_photo_copies" USING btree ("created_at");
  CREATE UNIQUE INDEX "request_photo_copies_filename_idx" ON "request_photo_copies" USING btree ("filename");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_request_photos_fk" FOREIGN KEY ("request_photos_id") REFERENCES "public"."request_photos"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_request_photo_copies_fk" FOREIGN KEY ("request_photo_copies_id") REFERENCES "public"."request_photo_copies"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_request_photos_id_idx" ON "payload_locked_documents_rels" USING btree ("request_photos_id");
  CREATE INDEX "payload_locked_documents_rels_request_photo_copies_id_idx" ON "payload_locked_documents_rels" USING btree ("request_photo_copies_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "request_photos" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "request_photo_copies" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "request_photos" CASCADE;
  DROP TABLE "request_photo_copies" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT IF EXISTS "payload_locked_documents_rels_request_photos_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT IF EXISTS "payload_locked_documents_rels_request_photo_copies_fk";
  
  ALTER TABLE "service_request_events" ALTER COLUMN "action" SET DATA TYPE text;
  DROP TYPE "public"."enum_service_request_events_action";
  CREATE TYPE "public"."enum_service_request_events_action" AS ENUM('opened', 'status', 'assigned', 'merged', 'followed', 'emailed');
  ALTER TABLE "service_request_events" ALTER COLUMN "action" SET DATA TYPE "public"."enum_service_request_events_action" USING "action"::"public"."enum_service_request_events_action";
  DROP INDEX "payload_locked_documents_rels_request_photos_id_idx";
  DROP INDEX "payload_locked_documents_rels_request_photo_copies_id_idx";
  ALTER TABLE "service_requests" DROP COLUMN "media_url";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "request_photos_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "request_photo_copies_id";
  DROP TYPE "public"."enum_request_photos_review";
  DROP TYPE "public"."enum_request_photos_origin";`)
}
