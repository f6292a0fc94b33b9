import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE INDEX "status_requestedAt_idx" ON "service_requests" USING btree ("status","requested_at");
  CREATE INDEX "serviceCode_requestedAt_idx" ON "service_requests" USING btree ("service_code","requested_at");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "status_requestedAt_idx";
  DROP INDEX "serviceCode_requestedAt_idx";`)
}
