import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`departments\` ADD \`external\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`service_requests\` ADD \`forwarded_to_id\` integer REFERENCES departments(id);`)
  await db.run(sql`ALTER TABLE \`service_requests\` ADD \`forwarded_at\` text;`)
  await db.run(sql`ALTER TABLE \`service_requests\` ADD \`agency_replied_at\` text;`)
  await db.run(sql`ALTER TABLE \`service_requests\` ADD \`agency_reminded_at\` text;`)
  await db.run(sql`CREATE INDEX \`service_requests_forwarded_to_idx\` ON \`service_requests\` (\`forwarded_to_id\`);`)
  await db.run(sql`CREATE INDEX \`service_requests_forwarded_at_idx\` ON \`service_requests\` (\`forwarded_at\`);`)
  await db.run(sql`ALTER TABLE \`service_request_settings\` ADD \`agency_reminder_days\` numeric DEFAULT 5;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_service_requests\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`reference\` text NOT NULL,
  	\`service_id\` integer NOT NULL,
  	\`service_code\` text NOT NULL,
  	\`answers\` text,
  	\`description\` text,
  	\`description_review\` text DEFAULT 'pending' NOT NULL,
  	\`media_url\` text,
  	\`address_id\` integer,
  	\`address_label\` text,
  	\`lat\` numeric,
  	\`long\` numeric,
  	\`ward_id\` integer,
  	\`first_name\` text,
  	\`last_name\` text,
  	\`email\` text,
  	\`phone\` text,
  	\`language\` text DEFAULT 'en' NOT NULL,
  	\`channel\` text DEFAULT 'phone' NOT NULL,
  	\`state\` text DEFAULT 'new' NOT NULL,
  	\`status\` text DEFAULT 'open' NOT NULL,
  	\`closing_reason\` text,
  	\`status_notes\` text,
  	\`department_id\` integer,
  	\`queue\` text,
  	\`assignee_id\` integer,
  	\`routed_by\` text,
  	\`requested_at\` text NOT NULL,
  	\`expected_at\` text,
  	\`closed_at\` text,
  	\`merged_into_id\` integer,
  	\`reopen_count\` numeric DEFAULT 0,
  	\`me_too_count\` numeric DEFAULT 0,
  	\`reopened_from_id\` integer,
  	\`possible_duplicate_of_id\` integer,
  	\`survey_score\` numeric,
  	\`survey_answered_at\` text,
  	\`survey_comment\` text,
  	\`still_fixed_asked_at\` text,
  	\`still_fixed\` text,
  	\`api_client_id\` integer,
  	\`token\` text,
  	\`message_id\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`service_id\`) REFERENCES \`service_types\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`address_id\`) REFERENCES \`addresses\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`ward_id\`) REFERENCES \`wards\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`department_id\`) REFERENCES \`departments\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`assignee_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`merged_into_id\`) REFERENCES \`service_requests\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`reopened_from_id\`) REFERENCES \`service_requests\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`possible_duplicate_of_id\`) REFERENCES \`service_requests\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`api_client_id\`) REFERENCES \`api_clients\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_service_requests\`("id", "reference", "service_id", "service_code", "answers", "description", "description_review", "media_url", "address_id", "address_label", "lat", "long", "ward_id", "first_name", "last_name", "email", "phone", "language", "channel", "state", "status", "closing_reason", "status_notes", "department_id", "queue", "assignee_id", "routed_by", "requested_at", "expected_at", "closed_at", "merged_into_id", "reopen_count", "me_too_count", "reopened_from_id", "possible_duplicate_of_id", "survey_score", "survey_answered_at", "survey_comment", "still_fixed_asked_at", "still_fixed", "api_client_id", "token", "message_id", "updated_at", "created_at") SELECT "id", "reference", "service_id", "service_code", "answers", "description", "description_review", "media_url", "address_id", "address_label", "lat", "long", "ward_id", "first_name", "last_name", "email", "phone", "language", "channel", "state", "status", "closing_reason", "status_notes", "department_id", "queue", "assignee_id", "routed_by", "requested_at", "expected_at", "closed_at", "merged_into_id", "reopen_count", "me_too_count", "reopened_from_id", "possible_duplicate_of_id", "survey_score", "survey_answered_at", "survey_comment", "still_fixed_asked_at", "still_fixed", "api_client_id", "token", "message_id", "updated_at", "created_at" FROM \`service_requests\`;`)
  await db.run(sql`DROP TABLE \`service_requests\`;`)
  await db.run(sql`ALTER TABLE \`__new_service_requests\` RENAME TO \`service_requests\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE UNIQUE INDEX \`service_requests_reference_idx\` ON \`service_requests\` (\`reference\`);`)
  await db.run(sql`CREATE INDEX \`service_requests_service_idx\` ON \`service_requests\` (\`service_id\`);`)
  await db.run(sql`CREATE INDEX \`service_requests_service_code_idx\` ON \`service_requests\` (\`service_code\`);`)
  await db.run(sql`CREATE INDEX \`service_requests_address_idx\` ON \`service_requests\` (\`address_id\`);`)
  await db.run(sql`CREATE INDEX \`service_requests_lat_idx\` ON \`service_requests\` (\`lat\`);`)
  await db.run(sql`CREATE INDEX \`service_requests_ward_idx\` ON \`service_requests\` (\`ward_id\`);`)
  await db.run(sql`CREATE INDEX \`service_requests_state_idx\` ON \`service_requests\` (\`state\`);`)
  await db.run(sql`CREATE INDEX \`service_requests_status_idx\` ON \`service_requests\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`service_requests_department_idx\` ON \`service_requests\` (\`department_id\`);`)
  await db.run(sql`CREATE INDEX \`service_requests_assignee_idx\` ON \`service_requests\` (\`assignee_id\`);`)
  await db.run(sql`CREATE INDEX \`service_requests_requested_at_idx\` ON \`service_requests\` (\`requested_at\`);`)
  await db.run(sql`CREATE INDEX \`service_requests_expected_at_idx\` ON \`service_requests\` (\`expected_at\`);`)
  await db.run(sql`CREATE INDEX \`service_requests_merged_into_idx\` ON \`service_requests\` (\`merged_into_id\`);`)
  await db.run(sql`CREATE INDEX \`service_requests_reopened_from_idx\` ON \`service_requests\` (\`reopened_from_id\`);`)
  await db.run(sql`CREATE INDEX \`service_requests_possible_duplicate_of_idx\` ON \`service_requests\` (\`possible_duplicate_of_id\`);`)
  await db.run(sql`CREATE INDEX \`service_requests_still_fixed_asked_at_idx\` ON \`service_requests\` (\`still_fixed_asked_at\`);`)
  await db.run(sql`CREATE INDEX \`service_requests_api_client_idx\` ON \`service_requests\` (\`api_client_id\`);`)
  await db.run(sql`CREATE INDEX \`service_requests_token_idx\` ON \`service_requests\` (\`token\`);`)
  await db.run(sql`CREATE INDEX \`service_requests_message_id_idx\` ON \`service_requests\` (\`message_id\`);`)
  await db.run(sql`CREATE INDEX \`service_requests_updated_at_idx\` ON \`service_requests\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`service_requests_created_at_idx\` ON \`service_requests\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`status_requestedAt_idx\` ON \`service_requests\` (\`status\`,\`requested_at\`);`)
  await db.run(sql`CREATE INDEX \`serviceCode_requestedAt_idx\` ON \`service_requests\` (\`service_code\`,\`requested_at\`);`)
  await db.run(sql`ALTER TABLE \`departments\` DROP COLUMN \`external\`;`)
  await db.run(sql`ALTER TABLE \`service_request_settings\` DROP COLUMN \`agency_reminder_days\`;`)
}
