import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "sponsor_inquiries" ADD COLUMN "reference" varchar;
  CREATE INDEX "sponsor_inquiries_reference_idx" ON "sponsor_inquiries" USING btree ("reference");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "sponsor_inquiries_reference_idx";
  ALTER TABLE "sponsor_inquiries" DROP COLUMN "reference";`)
}
