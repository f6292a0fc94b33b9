import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`departments\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`name\` text NOT NULL,
  	\`name_fr\` text NOT NULL,
  	\`email\` text,
  	\`manager_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`manager_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`departments_name_idx\` ON \`departments\` (\`name\`);`)
  await db.run(sql`CREATE INDEX \`departments_manager_idx\` ON \`departments\` (\`manager_id\`);`)
  await db.run(sql`CREATE INDEX \`departments_updated_at_idx\` ON \`departments\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`departments_created_at_idx\` ON \`departments\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`correspondence\` (
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
  await db.run(sql`CREATE TABLE \`correspondence_messages\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`case_id\` integer NOT NULL,
  	\`direction\` text NOT NULL,
  	\`at\` text NOT NULL,
  	\`author_id\` integer,
  	\`author_name\` text,
  	\`from_address\` text,
  	\`to_address\` text,
  	\`subject\` text,
  	\`body\` text,
  	\`message_id\` text,
  	\`await_customer\` integer,
  	\`outbox_key\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`case_id\`) REFERENCES \`correspondence\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`author_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`correspondence_messages_case_idx\` ON \`correspondence_messages\` (\`case_id\`);`)
  await db.run(sql`CREATE INDEX \`correspondence_messages_at_idx\` ON \`correspondence_messages\` (\`at\`);`)
  await db.run(sql`CREATE INDEX \`correspondence_messages_author_idx\` ON \`correspondence_messages\` (\`author_id\`);`)
  await db.run(sql`CREATE INDEX \`correspondence_messages_message_id_idx\` ON \`correspondence_messages\` (\`message_id\`);`)
  await db.run(sql`CREATE INDEX \`correspondence_messages_updated_at_idx\` ON \`correspondence_messages\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`correspondence_messages_created_at_idx\` ON \`correspondence_messages\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`correspondence_messages_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`correspondence_files_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`correspondence_messages\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`correspondence_files_id\`) REFERENCES \`correspondence_files\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`correspondence_messages_rels_order_idx\` ON \`correspondence_messages_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`correspondence_messages_rels_parent_idx\` ON \`correspondence_messages_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`correspondence_messages_rels_path_idx\` ON \`correspondence_messages_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`correspondence_messages_rels_correspondence_files_id_idx\` ON \`correspondence_messages_rels\` (\`correspondence_files_id\`);`)
  await db.run(sql`CREATE TABLE \`correspondence_files\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`original_name\` text,
  	\`prefix\` text DEFAULT 'private/correspondence',
  	\`_objectkey\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`url\` text,
  	\`thumbnail_u_r_l\` text,
  	\`filename\` text,
  	\`mime_type\` text,
  	\`filesize\` numeric,
  	\`width\` numeric,
  	\`height\` numeric,
  	\`focal_x\` numeric,
  	\`focal_y\` numeric
  );
  `)
  await db.run(sql`CREATE INDEX \`correspondence_files_updated_at_idx\` ON \`correspondence_files\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`correspondence_files_created_at_idx\` ON \`correspondence_files\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`correspondence_files_filename_idx\` ON \`correspondence_files\` (\`filename\`);`)
  await db.run(sql`CREATE TABLE \`desk_audit\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`case_id\` integer,
  	\`action\` text NOT NULL,
  	\`actor_id\` integer,
  	\`actor_name\` text,
  	\`details\` text,
  	\`at\` text NOT NULL,
  	FOREIGN KEY (\`case_id\`) REFERENCES \`correspondence\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`actor_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`desk_audit_case_idx\` ON \`desk_audit\` (\`case_id\`);`)
  await db.run(sql`CREATE INDEX \`desk_audit_action_idx\` ON \`desk_audit\` (\`action\`);`)
  await db.run(sql`CREATE INDEX \`desk_audit_actor_idx\` ON \`desk_audit\` (\`actor_id\`);`)
  await db.run(sql`CREATE INDEX \`desk_audit_at_idx\` ON \`desk_audit\` (\`at\`);`)
  await db.run(sql`CREATE TABLE \`desk_settings_routing_kinds\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` text NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`desk_settings_routing\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`desk_settings_routing_kinds_order_idx\` ON \`desk_settings_routing_kinds\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`desk_settings_routing_kinds_parent_idx\` ON \`desk_settings_routing_kinds\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`desk_settings_routing\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`department_id\` integer NOT NULL,
  	\`topics\` text,
  	\`keywords\` text,
  	FOREIGN KEY (\`department_id\`) REFERENCES \`departments\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`desk_settings\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`desk_settings_routing_order_idx\` ON \`desk_settings_routing\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`desk_settings_routing_parent_id_idx\` ON \`desk_settings_routing\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`desk_settings_routing_department_idx\` ON \`desk_settings_routing\` (\`department_id\`);`)
  await db.run(sql`CREATE TABLE \`desk_settings\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`fallback_department_id\` integer,
  	\`digest_hour\` numeric DEFAULT 8,
  	\`retention_years\` numeric DEFAULT 2,
  	\`survey\` integer DEFAULT true,
  	\`updated_at\` text,
  	\`created_at\` text,
  	FOREIGN KEY (\`fallback_department_id\`) REFERENCES \`departments\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`desk_settings_fallback_department_idx\` ON \`desk_settings\` (\`fallback_department_id\`);`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`department_id\` integer REFERENCES departments(id);`)
  await db.run(sql`CREATE INDEX \`users_department_idx\` ON \`users\` (\`department_id\`);`)
  // Staff's department was free text: each distinct name becomes a department (its French name the
  // same until someone translates it) and each account points to its own.
  await db.run(sql`INSERT INTO \`departments\` (\`name\`, \`name_fr\`)
    SELECT DISTINCT trim(\`department\`), trim(\`department\`) FROM \`users\`
    WHERE \`department\` IS NOT NULL AND trim(\`department\`) <> ''
      AND trim(\`department\`) NOT IN (SELECT \`name\` FROM \`departments\`);`)
  await db.run(sql`UPDATE \`users\` SET \`department_id\` = (SELECT \`id\` FROM \`departments\` WHERE \`departments\`.\`name\` = trim(\`users\`.\`department\`));`)
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`department\`;`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`departments_id\` integer REFERENCES departments(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`correspondence_id\` integer REFERENCES correspondence(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`correspondence_messages_id\` integer REFERENCES correspondence_messages(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`correspondence_files_id\` integer REFERENCES correspondence_files(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`desk_audit_id\` integer REFERENCES desk_audit(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_departments_id_idx\` ON \`payload_locked_documents_rels\` (\`departments_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_correspondence_id_idx\` ON \`payload_locked_documents_rels\` (\`correspondence_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_correspondence_messages_id_idx\` ON \`payload_locked_documents_rels\` (\`correspondence_messages_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_correspondence_files_id_idx\` ON \`payload_locked_documents_rels\` (\`correspondence_files_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_desk_audit_id_idx\` ON \`payload_locked_documents_rels\` (\`desk_audit_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`correspondence\`;`)
  await db.run(sql`DROP TABLE \`correspondence_messages\`;`)
  await db.run(sql`DROP TABLE \`correspondence_messages_rels\`;`)
  await db.run(sql`DROP TABLE \`correspondence_files\`;`)
  await db.run(sql`DROP TABLE \`desk_audit\`;`)
  await db.run(sql`DROP TABLE \`desk_settings_routing_kinds\`;`)
  await db.run(sql`DROP TABLE \`desk_settings_routing\`;`)
  await db.run(sql`DROP TABLE \`desk_settings\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_users\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`first_name\` text NOT NULL,
  	\`last_name\` text NOT NULL,
  	\`department\` text NOT NULL,
  	\`phone\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`email\` text NOT NULL,
  	\`reset_password_token\` text,
  	\`reset_password_expiration\` text,
  	\`salt\` text,
  	\`hash\` text,
  	\`reset_password_requested_at\` text,
  	\`login_attempts\` numeric DEFAULT 0,
  	\`lock_until\` text
  );
  `)
  await db.run(sql`INSERT INTO \`__new_users\`("id", "first_name", "last_name", "department", "phone", "updated_at", "created_at", "email", "reset_password_token", "reset_password_expiration", "salt", "hash", "reset_password_requested_at", "login_attempts", "lock_until") SELECT "id", "first_name", "last_name", COALESCE((SELECT "name" FROM "departments" WHERE "departments"."id" = "users"."department_id"), ''), "phone", "updated_at", "created_at", "email", "reset_password_token", "reset_password_expiration", "salt", "hash", "reset_password_requested_at", "login_attempts", "lock_until" FROM \`users\`;`)
  await db.run(sql`DROP TABLE \`users\`;`)
  await db.run(sql`ALTER TABLE \`__new_users\` RENAME TO \`users\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`users_updated_at_idx\` ON \`users\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`users_created_at_idx\` ON \`users\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`users_email_idx\` ON \`users\` (\`email\`);`)
  await db.run(sql`DROP TABLE \`departments\`;`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` integer,
  	\`media_id\` integer,
  	\`media_releases_id\` integer,
  	\`publications_id\` integer,
  	\`sponsorship_packages_id\` integer,
  	\`emergency_bulletins_id\` integer,
  	\`workflow_audit_id\` integer,
  	\`subscribers_id\` integer,
  	\`sends_id\` integer,
  	\`deliveries_id\` integer,
  	\`sponsor_inquiries_id\` integer,
  	\`sponsorship_slots_id\` integer,
  	\`sponsorship_audit_id\` integer,
  	\`retired_items_id\` integer,
  	\`process_leases_id\` integer,
  	\`rate_limit_hits_id\` integer,
  	\`site_build_requests_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_releases_id\`) REFERENCES \`media_releases\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`publications_id\`) REFERENCES \`publications\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`sponsorship_packages_id\`) REFERENCES \`sponsorship_packages\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`emergency_bulletins_id\`) REFERENCES \`emergency_bulletins\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`workflow_audit_id\`) REFERENCES \`workflow_audit\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`subscribers_id\`) REFERENCES \`subscribers\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`sends_id\`) REFERENCES \`sends\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`deliveries_id\`) REFERENCES \`deliveries\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`sponsor_inquiries_id\`) REFERENCES \`sponsor_inquiries\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`sponsorship_slots_id\`) REFERENCES \`sponsorship_slots\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`sponsorship_audit_id\`) REFERENCES \`sponsorship_audit\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`retired_items_id\`) REFERENCES \`retired_items\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`process_leases_id\`) REFERENCES \`process_leases\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`rate_limit_hits_id\`) REFERENCES \`rate_limit_hits\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`site_build_requests_id\`) REFERENCES \`site_build_requests\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "users_id", "media_id", "media_releases_id", "publications_id", "sponsorship_packages_id", "emergency_bulletins_id", "workflow_audit_id", "subscribers_id", "sends_id", "deliveries_id", "sponsor_inquiries_id", "sponsorship_slots_id", "sponsorship_audit_id", "retired_items_id", "process_leases_id", "rate_limit_hits_id", "site_build_requests_id") SELECT "id", "order", "parent_id", "path", "users_id", "media_id", "media_releases_id", "publications_id", "sponsorship_packages_id", "emergency_bulletins_id", "workflow_audit_id", "subscribers_id", "sends_id", "deliveries_id", "sponsor_inquiries_id", "sponsorship_slots_id", "sponsorship_audit_id", "retired_items_id", "process_leases_id", "rate_limit_hits_id", "site_build_requests_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_releases_id_idx\` ON \`payload_locked_documents_rels\` (\`media_releases_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_publications_id_idx\` ON \`payload_locked_documents_rels\` (\`publications_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_sponsorship_packages_id_idx\` ON \`payload_locked_documents_rels\` (\`sponsorship_packages_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_emergency_bulletins_id_idx\` ON \`payload_locked_documents_rels\` (\`emergency_bulletins_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_workflow_audit_id_idx\` ON \`payload_locked_documents_rels\` (\`workflow_audit_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_subscribers_id_idx\` ON \`payload_locked_documents_rels\` (\`subscribers_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_sends_id_idx\` ON \`payload_locked_documents_rels\` (\`sends_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_deliveries_id_idx\` ON \`payload_locked_documents_rels\` (\`deliveries_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_sponsor_inquiries_id_idx\` ON \`payload_locked_documents_rels\` (\`sponsor_inquiries_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_sponsorship_slots_id_idx\` ON \`payload_locked_documents_rels\` (\`sponsorship_slots_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_sponsorship_audit_id_idx\` ON \`payload_locked_documents_rels\` (\`sponsorship_audit_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_retired_items_id_idx\` ON \`payload_locked_documents_rels\` (\`retired_items_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_process_leases_id_idx\` ON \`payload_locked_documents_rels\` (\`process_leases_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_rate_limit_hits_id_idx\` ON \`payload_locked_documents_rels\` (\`rate_limit_hits_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_site_build_requests_id_idx\` ON \`payload_locked_documents_rels\` (\`site_build_requests_id\`);`)
}
