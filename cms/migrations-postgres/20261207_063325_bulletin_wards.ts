import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TABLE "emergency_bulletins_numbers" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"number" numeric,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL
  );
  
  CREATE TABLE "_emergency_bulletins_v_numbers" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"number" numeric,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL
  );
  
  ALTER TABLE "emergency_bulletins_areas" ADD COLUMN "ward_polygons" jsonb;
  ALTER TABLE "_emergency_bulletins_v_version_areas" ADD COLUMN "ward_polygons" jsonb;
  ALTER TABLE "emergency_bulletins_numbers" ADD CONSTRAINT "emergency_bulletins_numbers_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."emergency_bulletins"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_emergency_bulletins_v_numbers" ADD CONSTRAINT "_emergency_bulletins_v_numbers_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_emergency_bulletins_v"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "emergency_bulletins_numbers_order_parent_idx" ON "emergency_bulletins_numbers" USING btree ("order","parent_id");
  CREATE INDEX "_emergency_bulletins_v_numbers_order_parent_idx" ON "_emergency_bulletins_v_numbers" USING btree ("order","parent_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "emergency_bulletins_numbers" CASCADE;
  DROP TABLE "_emergency_bulletins_v_numbers" CASCADE;
  ALTER TABLE "emergency_bulletins_areas" DROP COLUMN "ward_polygons";
  ALTER TABLE "_emergency_bulletins_v_version_areas" DROP COLUMN "ward_polygons";`)
}
