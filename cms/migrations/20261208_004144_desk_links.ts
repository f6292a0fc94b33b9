import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`correspondence_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`correspondence_id\` integer,
  	\`service_requests_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`correspondence\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`correspondence_id\`) REFERENCES \`correspondence\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`service_requests_id\`) REFERENCES \`service_requests\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`correspondence_rels_order_idx\` ON \`correspondence_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`correspondence_rels_parent_idx\` ON \`correspondence_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`correspondence_rels_path_idx\` ON \`correspondence_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`correspondence_rels_correspondence_id_idx\` ON \`correspondence_rels\` (\`correspondence_id\`);`)
  await db.run(sql`CREATE INDEX \`correspondence_rels_service_requests_id_idx\` ON \`correspondence_rels\` (\`service_requests_id\`);`)
  await db.run(sql`CREATE TABLE \`service_requests_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`correspondence_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`service_requests\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`correspondence_id\`) REFERENCES \`correspondence\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`service_requests_rels_order_idx\` ON \`service_requests_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`service_requests_rels_parent_idx\` ON \`service_requests_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`service_requests_rels_path_idx\` ON \`service_requests_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`service_requests_rels_correspondence_id_idx\` ON \`service_requests_rels\` (\`correspondence_id\`);`)
  await db.run(sql`ALTER TABLE \`correspondence\` ADD \`merged_into_id\` integer REFERENCES correspondence(id);`)
  await db.run(sql`ALTER TABLE \`correspondence\` ADD \`possible_duplicate_of_id\` integer REFERENCES correspondence(id);`)
  await db.run(sql`CREATE INDEX \`correspondence_merged_into_idx\` ON \`correspondence\` (\`merged_into_id\`);`)
  await db.run(sql`CREATE INDEX \`correspondence_possible_duplicate_of_idx\` ON \`correspondence\` (\`possible_duplicate_of_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`correspondence_rels\`;`)
  await db.run(sql`DROP TABLE \`service_requests_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_correspondence\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`reference\` text,
  	\`subject\` text,
  	\`summary\` text,
  	\`channel\` text NOT NULL,
  	\`kind\` text DEFAULT 'general' NOT NULL,
  	\`topic\` text,
  	\`language\` text DEFAULT 'en' NOT NULL,
  	\`contact_name\` text,
  	\`organisation\` text,
  	\`email\` text,
  	\`phone\` text,
  	\`postal_address\` text,
  	\`department_id\` integer,
  	\`assignee_id\` integer,
  	\`state\` text DEFAULT 'new' NOT NULL,
  	\`received_at\` text,
  	\`response_due_at\` text,
  	\`first_response_due_at\` text,
  	\`first_responded_at\` text,
  	\`standard_met\` integer,
  	\`last_customer_message_at\` text,
  	\`closed_at\` text,
  	\`acknowledged_at\` text,
  	\`escalated_at\` text,
  	\`notes\` text,
  	\`consent\` integer,
  	\`consent_text\` text,
  	\`routed_by\` text,
  	\`sponsor_inquiry_id\` integer,
  	\`satisfaction\` numeric,
  	\`survey_comment\` text,
  	\`survey_answered_at\` text,
  	\`anonymised_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`department_id\`) REFERENCES \`departments\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`assignee_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`sponsor_inquiry_id\`) REFERENCES \`sponsor_inquiries\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_correspondence\`("id", "reference", "subject", "summary", "channel", "kind", "topic", "language", "contact_name", "organisation", "email", "phone", "postal_address", "department_id", "assignee_id", "state", "received_at", "response_due_at", "first_response_due_at", "first_responded_at", "standard_met", "last_customer_message_at", "closed_at", "acknowledged_at", "escalated_at", "notes", "consent", "consent_text", "routed_by", "sponsor_inquiry_id", "satisfaction", "survey_comment", "survey_answered_at", "anonymised_at", "updated_at", "created_at") SELECT "id", "reference", "subject", "summary", "channel", "kind", "topic", "language", "contact_name", "organisation", "email", "phone", "postal_address", "department_id", "assignee_id", "state", "received_at", "response_due_at", "first_response_due_at", "first_responded_at", "standard_met", "last_customer_message_at", "closed_at", "acknowledged_at", "escalated_at", "notes", "consent", "consent_text", "routed_by", "sponsor_inquiry_id", "satisfaction", "survey_comment", "survey_answered_at", "anonymised_at", "updated_at", "created_at" FROM \`correspondence\`;`)
  await db.run(sql`DROP TABLE \`correspondence\`;`)
  await db.run(sql`ALTER TABLE \`__new_correspondence\` RENAME TO \`correspondence\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE UNIQUE INDEX \`correspondence_reference_idx\` ON \`correspondence\` (\`reference\`);`)
  await db.run(sql`CREATE INDEX \`correspondence_channel_idx\` ON \`correspondence\` (\`channel\`);`)
  await db.run(sql`CREATE INDEX \`correspondence_kind_idx\` ON \`correspondence\` (\`kind\`);`)
  await db.run(sql`CREATE INDEX \`correspondence_email_idx\` ON \`correspondence\` (\`email\`);`)
  await db.run(sql`CREATE INDEX \`correspondence_department_idx\` ON \`correspondence\` (\`department_id\`);`)
  await db.run(sql`CREATE INDEX \`correspondence_assignee_idx\` ON \`correspondence\` (\`assignee_id\`);`)
  await db.run(sql`CREATE INDEX \`correspondence_state_idx\` ON \`correspondence\` (\`state\`);`)
  await db.run(sql`CREATE INDEX \`correspondence_received_at_idx\` ON \`correspondence\` (\`received_at\`);`)
  await db.run(sql`CREATE INDEX \`correspondence_response_due_at_idx\` ON \`correspondence\` (\`response_due_at\`);`)
  await db.run(sql`CREATE INDEX \`correspondence_first_responded_at_idx\` ON \`correspondence\` (\`first_responded_at\`);`)
  await db.run(sql`CREATE INDEX \`correspondence_sponsor_inquiry_idx\` ON \`correspondence\` (\`sponsor_inquiry_id\`);`)
  await db.run(sql`CREATE INDEX \`correspondence_updated_at_idx\` ON \`correspondence\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`correspondence_created_at_idx\` ON \`correspondence\` (\`created_at\`);`)
}
