import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "service_requests" ALTER COLUMN "lat" DROP NOT NULL;
  ALTER TABLE "service_requests" ALTER COLUMN "long" DROP NOT NULL;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "service_requests" ALTER COLUMN "lat" SET NOT NULL;
  ALTER TABLE "service_requests" ALTER COLUMN "long" SET NOT NULL;`)
}
