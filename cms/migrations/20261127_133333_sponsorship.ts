import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

// Hand-edited: drizzle-kit copied slots_taken_elsewhere from a table that only had available_slots;
// the SELECTs now derive one from the other (taken elsewhere = total - available).
export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`sponsorship_packages_current_sponsors\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`logo_id\` integer,
  	\`url\` text,
  	FOREIGN KEY (\`logo_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`sponsorship_packages\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`sponsorship_packages_current_sponsors_order_idx\` ON \`sponsorship_packages_current_sponsors\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`sponsorship_packages_current_sponsors_parent_id_idx\` ON \`sponsorship_packages_current_sponsors\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`sponsorship_packages_current_sponsors_logo_idx\` ON \`sponsorship_packages_current_sponsors\` (\`logo_id\`);`)
  await db.run(sql`CREATE TABLE \`_sponsorship_packages_v_version_current_sponsors\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`logo_id\` integer,
  	\`url\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`logo_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_sponsorship_packages_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_sponsorship_packages_v_version_current_sponsors_order_idx\` ON \`_sponsorship_packages_v_version_current_sponsors\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_sponsorship_packages_v_version_current_sponsors_parent_id_idx\` ON \`_sponsorship_packages_v_version_current_sponsors\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_sponsorship_packages_v_version_current_sponsors_logo_idx\` ON \`_sponsorship_packages_v_version_current_sponsors\` (\`logo_id\`);`)
  await db.run(sql`CREATE TABLE \`sponsor_inquiries\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`organisation\` text NOT NULL,
  	\`contact_name\` text NOT NULL,
  	\`email\` text NOT NULL,
  	\`phone\` text,
  	\`package_id\` integer,
  	\`message\` text NOT NULL,
  	\`consent\` integer DEFAULT false NOT NULL,
  	\`language\` text DEFAULT 'en' NOT NULL,
  	\`assigned_to_id\` integer,
  	\`sector\` text,
  	\`proposed_value\` numeric,
  	\`notes\` text,
  	\`state\` text DEFAULT 'new' NOT NULL,
  	\`response_due_at\` text,
  	\`responded_at\` text,
  	\`acknowledged_at\` text,
  	\`coordinators_notified_at\` text,
  	\`consent_text\` text,
  	\`screening_sector\` text,
  	\`screening_value\` numeric,
  	\`screening_excluded\` integer,
  	\`screening_needs_approval\` integer,
  	\`screening_reasons\` text,
  	\`screening_screened_by_id\` integer,
  	\`screening_screened_at\` text,
  	\`approval_sector\` text,
  	\`approval_value\` numeric,
  	\`approval_approved_by_id\` integer,
  	\`approval_approved_at\` text,
  	\`approval_reason\` text,
  	\`slot_id\` integer,
  	\`committed_value\` numeric,
  	\`agreed_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`package_id\`) REFERENCES \`sponsorship_packages\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`assigned_to_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`screening_screened_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`approval_approved_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`slot_id\`) REFERENCES \`sponsorship_slots\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`sponsor_inquiries_organisation_idx\` ON \`sponsor_inquiries\` (\`organisation\`);`)
  await db.run(sql`CREATE INDEX \`sponsor_inquiries_email_idx\` ON \`sponsor_inquiries\` (\`email\`);`)
  await db.run(sql`CREATE INDEX \`sponsor_inquiries_package_idx\` ON \`sponsor_inquiries\` (\`package_id\`);`)
  await db.run(sql`CREATE INDEX \`sponsor_inquiries_assigned_to_idx\` ON \`sponsor_inquiries\` (\`assigned_to_id\`);`)
  await db.run(sql`CREATE INDEX \`sponsor_inquiries_state_idx\` ON \`sponsor_inquiries\` (\`state\`);`)
  await db.run(sql`CREATE INDEX \`sponsor_inquiries_response_due_at_idx\` ON \`sponsor_inquiries\` (\`response_due_at\`);`)
  await db.run(sql`CREATE INDEX \`sponsor_inquiries_responded_at_idx\` ON \`sponsor_inquiries\` (\`responded_at\`);`)
  await db.run(sql`CREATE INDEX \`sponsor_inquiries_screening_screening_screened_by_idx\` ON \`sponsor_inquiries\` (\`screening_screened_by_id\`);`)
  await db.run(sql`CREATE INDEX \`sponsor_inquiries_approval_approval_approved_by_idx\` ON \`sponsor_inquiries\` (\`approval_approved_by_id\`);`)
  await db.run(sql`CREATE INDEX \`sponsor_inquiries_slot_idx\` ON \`sponsor_inquiries\` (\`slot_id\`);`)
  await db.run(sql`CREATE INDEX \`sponsor_inquiries_agreed_at_idx\` ON \`sponsor_inquiries\` (\`agreed_at\`);`)
  await db.run(sql`CREATE INDEX \`sponsor_inquiries_updated_at_idx\` ON \`sponsor_inquiries\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`sponsor_inquiries_created_at_idx\` ON \`sponsor_inquiries\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`sponsorship_slots\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`package_id\` integer NOT NULL,
  	\`slot\` numeric NOT NULL,
  	\`inquiry_id\` integer NOT NULL,
  	\`label\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`package_id\`) REFERENCES \`sponsorship_packages\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`inquiry_id\`) REFERENCES \`sponsor_inquiries\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`sponsorship_slots_package_idx\` ON \`sponsorship_slots\` (\`package_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`sponsorship_slots_inquiry_idx\` ON \`sponsorship_slots\` (\`inquiry_id\`);`)
  await db.run(sql`CREATE INDEX \`sponsorship_slots_updated_at_idx\` ON \`sponsorship_slots\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`sponsorship_slots_created_at_idx\` ON \`sponsorship_slots\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`package_slot_idx\` ON \`sponsorship_slots\` (\`package_id\`,\`slot\`);`)
  await db.run(sql`CREATE TABLE \`sponsorship_audit\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`inquiry_id\` integer NOT NULL,
  	\`action\` text NOT NULL,
  	\`from_state\` text NOT NULL,
  	\`to_state\` text NOT NULL,
  	\`actor_id\` integer,
  	\`actor_name\` text,
  	\`comment\` text,
  	\`details\` text,
  	\`at\` text NOT NULL,
  	\`summary\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`inquiry_id\`) REFERENCES \`sponsor_inquiries\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`actor_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`sponsorship_audit_inquiry_idx\` ON \`sponsorship_audit\` (\`inquiry_id\`);`)
  await db.run(sql`CREATE INDEX \`sponsorship_audit_actor_idx\` ON \`sponsorship_audit\` (\`actor_id\`);`)
  await db.run(sql`CREATE INDEX \`sponsorship_audit_at_idx\` ON \`sponsorship_audit\` (\`at\`);`)
  await db.run(sql`CREATE INDEX \`sponsorship_audit_updated_at_idx\` ON \`sponsorship_audit\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`sponsorship_audit_created_at_idx\` ON \`sponsorship_audit\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`sponsorship_policy_tiers\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`label\` text NOT NULL,
  	\`min\` numeric NOT NULL,
  	\`max\` numeric,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`sponsorship_policy\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`sponsorship_policy_tiers_order_idx\` ON \`sponsorship_policy_tiers\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`sponsorship_policy_tiers_parent_id_idx\` ON \`sponsorship_policy_tiers\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`sponsorship_policy_sectors\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`excluded\` integer DEFAULT false,
  	\`note\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`sponsorship_policy\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`sponsorship_policy_sectors_order_idx\` ON \`sponsorship_policy_sectors\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`sponsorship_policy_sectors_parent_id_idx\` ON \`sponsorship_policy_sectors\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`sponsorship_policy\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`approval_threshold\` numeric DEFAULT 50000,
  	\`annual_target\` numeric DEFAULT 250000,
  	\`team_name\` text DEFAULT 'Corporate Sponsorship',
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`CREATE TABLE \`city_calendar_observed_optional\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`city_calendar\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`city_calendar_observed_optional_order_idx\` ON \`city_calendar_observed_optional\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`city_calendar_observed_optional_parent_idx\` ON \`city_calendar_observed_optional\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`city_calendar_closures\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`date\` text NOT NULL,
  	\`reason\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`city_calendar\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`city_calendar_closures_order_idx\` ON \`city_calendar_closures\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`city_calendar_closures_parent_id_idx\` ON \`city_calendar_closures\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`city_calendar\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_sponsorship_packages\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`author_id\` integer,
  	\`last_edited_by_id\` integer,
  	\`workflow_state\` text DEFAULT 'draft',
  	\`publish_at\` text,
  	\`published_at\` text,
  	\`unpublish_at\` text,
  	\`withdrawn_at\` text,
  	\`urgent_published_by_id\` integer,
  	\`tier\` text,
  	\`asset_type\` text DEFAULT 'event',
  	\`value\` numeric,
  	\`value_max\` numeric,
  	\`total_slots\` numeric DEFAULT 1,
  	\`slots_taken_elsewhere\` numeric DEFAULT 0,
  	\`deadline\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`author_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`last_edited_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`urgent_published_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_sponsorship_packages\`("id", "slug", "author_id", "last_edited_by_id", "workflow_state", "publish_at", "published_at", "unpublish_at", "withdrawn_at", "urgent_published_by_id", "tier", "asset_type", "value", "value_max", "total_slots", "slots_taken_elsewhere", "deadline", "updated_at", "created_at", "_status") SELECT "id", "slug", "author_id", "last_edited_by_id", "workflow_state", "publish_at", "published_at", "unpublish_at", "withdrawn_at", "urgent_published_by_id", "tier", "asset_type", "value", "value_max", COALESCE("total_slots", MAX(COALESCE("available_slots", 0), 1)), MAX(COALESCE("total_slots", MAX(COALESCE("available_slots", 0), 1)) - COALESCE("available_slots", 0), 0), "deadline", "updated_at", "created_at", "_status" FROM \`sponsorship_packages\`;`)
  await db.run(sql`DROP TABLE \`sponsorship_packages\`;`)
  await db.run(sql`ALTER TABLE \`__new_sponsorship_packages\` RENAME TO \`sponsorship_packages\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE UNIQUE INDEX \`sponsorship_packages_slug_idx\` ON \`sponsorship_packages\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`sponsorship_packages_author_idx\` ON \`sponsorship_packages\` (\`author_id\`);`)
  await db.run(sql`CREATE INDEX \`sponsorship_packages_last_edited_by_idx\` ON \`sponsorship_packages\` (\`last_edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`sponsorship_packages_workflow_state_idx\` ON \`sponsorship_packages\` (\`workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`sponsorship_packages_urgent_published_by_idx\` ON \`sponsorship_packages\` (\`urgent_published_by_id\`);`)
  await db.run(sql`CREATE INDEX \`sponsorship_packages_tier_idx\` ON \`sponsorship_packages\` (\`tier\`);`)
  await db.run(sql`CREATE INDEX \`sponsorship_packages_updated_at_idx\` ON \`sponsorship_packages\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`sponsorship_packages_created_at_idx\` ON \`sponsorship_packages\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`sponsorship_packages__status_idx\` ON \`sponsorship_packages\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__sponsorship_packages_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_slug\` text,
  	\`version_author_id\` integer,
  	\`version_last_edited_by_id\` integer,
  	\`version_workflow_state\` text DEFAULT 'draft',
  	\`version_publish_at\` text,
  	\`version_published_at\` text,
  	\`version_unpublish_at\` text,
  	\`version_withdrawn_at\` text,
  	\`version_urgent_published_by_id\` integer,
  	\`version_tier\` text,
  	\`version_asset_type\` text DEFAULT 'event',
  	\`version_value\` numeric,
  	\`version_value_max\` numeric,
  	\`version_total_slots\` numeric DEFAULT 1,
  	\`version_slots_taken_elsewhere\` numeric DEFAULT 0,
  	\`version_deadline\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`sponsorship_packages\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_author_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_last_edited_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_urgent_published_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__sponsorship_packages_v\`("id", "parent_id", "version_slug", "version_author_id", "version_last_edited_by_id", "version_workflow_state", "version_publish_at", "version_published_at", "version_unpublish_at", "version_withdrawn_at", "version_urgent_published_by_id", "version_tier", "version_asset_type", "version_value", "version_value_max", "version_total_slots", "version_slots_taken_elsewhere", "version_deadline", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest") SELECT "id", "parent_id", "version_slug", "version_author_id", "version_last_edited_by_id", "version_workflow_state", "version_publish_at", "version_published_at", "version_unpublish_at", "version_withdrawn_at", "version_urgent_published_by_id", "version_tier", "version_asset_type", "version_value", "version_value_max", COALESCE("version_total_slots", MAX(COALESCE("version_available_slots", 0), 1)), MAX(COALESCE("version_total_slots", MAX(COALESCE("version_available_slots", 0), 1)) - COALESCE("version_available_slots", 0), 0), "version_deadline", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest" FROM \`_sponsorship_packages_v\`;`)
  await db.run(sql`DROP TABLE \`_sponsorship_packages_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__sponsorship_packages_v\` RENAME TO \`_sponsorship_packages_v\`;`)
  await db.run(sql`CREATE INDEX \`_sponsorship_packages_v_parent_idx\` ON \`_sponsorship_packages_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_sponsorship_packages_v_version_version_slug_idx\` ON \`_sponsorship_packages_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_sponsorship_packages_v_version_version_author_idx\` ON \`_sponsorship_packages_v\` (\`version_author_id\`);`)
  await db.run(sql`CREATE INDEX \`_sponsorship_packages_v_version_version_last_edited_by_idx\` ON \`_sponsorship_packages_v\` (\`version_last_edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_sponsorship_packages_v_version_version_workflow_state_idx\` ON \`_sponsorship_packages_v\` (\`version_workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`_sponsorship_packages_v_version_version_urgent_published_idx\` ON \`_sponsorship_packages_v\` (\`version_urgent_published_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_sponsorship_packages_v_version_version_tier_idx\` ON \`_sponsorship_packages_v\` (\`version_tier\`);`)
  await db.run(sql`CREATE INDEX \`_sponsorship_packages_v_version_version_updated_at_idx\` ON \`_sponsorship_packages_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_sponsorship_packages_v_version_version_created_at_idx\` ON \`_sponsorship_packages_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_sponsorship_packages_v_version_version__status_idx\` ON \`_sponsorship_packages_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_sponsorship_packages_v_created_at_idx\` ON \`_sponsorship_packages_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_sponsorship_packages_v_updated_at_idx\` ON \`_sponsorship_packages_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_sponsorship_packages_v_snapshot_idx\` ON \`_sponsorship_packages_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_sponsorship_packages_v_published_locale_idx\` ON \`_sponsorship_packages_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_sponsorship_packages_v_latest_idx\` ON \`_sponsorship_packages_v\` (\`latest\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`sponsor_inquiries_id\` integer REFERENCES sponsor_inquiries(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`sponsorship_slots_id\` integer REFERENCES sponsorship_slots(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`sponsorship_audit_id\` integer REFERENCES sponsorship_audit(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_sponsor_inquiries_id_idx\` ON \`payload_locked_documents_rels\` (\`sponsor_inquiries_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_sponsorship_slots_id_idx\` ON \`payload_locked_documents_rels\` (\`sponsorship_slots_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_sponsorship_audit_id_idx\` ON \`payload_locked_documents_rels\` (\`sponsorship_audit_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`sponsorship_packages_current_sponsors\`;`)
  await db.run(sql`DROP TABLE \`_sponsorship_packages_v_version_current_sponsors\`;`)
  await db.run(sql`DROP TABLE \`sponsor_inquiries\`;`)
  await db.run(sql`DROP TABLE \`sponsorship_slots\`;`)
  await db.run(sql`DROP TABLE \`sponsorship_audit\`;`)
  await db.run(sql`DROP TABLE \`sponsorship_policy_tiers\`;`)
  await db.run(sql`DROP TABLE \`sponsorship_policy_sectors\`;`)
  await db.run(sql`DROP TABLE \`sponsorship_policy\`;`)
  await db.run(sql`DROP TABLE \`city_calendar_observed_optional\`;`)
  await db.run(sql`DROP TABLE \`city_calendar_closures\`;`)
  await db.run(sql`DROP TABLE \`city_calendar\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
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
  	FOREIGN KEY (\`deliveries_id\`) REFERENCES \`deliveries\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "users_id", "media_id", "media_releases_id", "publications_id", "sponsorship_packages_id", "emergency_bulletins_id", "workflow_audit_id", "subscribers_id", "sends_id", "deliveries_id") SELECT "id", "order", "parent_id", "path", "users_id", "media_id", "media_releases_id", "publications_id", "sponsorship_packages_id", "emergency_bulletins_id", "workflow_audit_id", "subscribers_id", "sends_id", "deliveries_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
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
  await db.run(sql`CREATE TABLE \`__new_sponsorship_packages\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`author_id\` integer,
  	\`last_edited_by_id\` integer,
  	\`workflow_state\` text DEFAULT 'draft',
  	\`publish_at\` text,
  	\`published_at\` text,
  	\`unpublish_at\` text,
  	\`withdrawn_at\` text,
  	\`urgent_published_by_id\` integer,
  	\`tier\` text,
  	\`asset_type\` text,
  	\`value\` numeric,
  	\`value_max\` numeric,
  	\`total_slots\` numeric,
  	\`available_slots\` numeric,
  	\`deadline\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`author_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`last_edited_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`urgent_published_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_sponsorship_packages\`("id", "slug", "author_id", "last_edited_by_id", "workflow_state", "publish_at", "published_at", "unpublish_at", "withdrawn_at", "urgent_published_by_id", "tier", "asset_type", "value", "value_max", "total_slots", "available_slots", "deadline", "updated_at", "created_at", "_status") SELECT "id", "slug", "author_id", "last_edited_by_id", "workflow_state", "publish_at", "published_at", "unpublish_at", "withdrawn_at", "urgent_published_by_id", "tier", "asset_type", "value", "value_max", "total_slots", MAX(COALESCE("total_slots", 1) - COALESCE("slots_taken_elsewhere", 0), 0), "deadline", "updated_at", "created_at", "_status" FROM \`sponsorship_packages\`;`)
  await db.run(sql`DROP TABLE \`sponsorship_packages\`;`)
  await db.run(sql`ALTER TABLE \`__new_sponsorship_packages\` RENAME TO \`sponsorship_packages\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`sponsorship_packages_slug_idx\` ON \`sponsorship_packages\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`sponsorship_packages_author_idx\` ON \`sponsorship_packages\` (\`author_id\`);`)
  await db.run(sql`CREATE INDEX \`sponsorship_packages_last_edited_by_idx\` ON \`sponsorship_packages\` (\`last_edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`sponsorship_packages_workflow_state_idx\` ON \`sponsorship_packages\` (\`workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`sponsorship_packages_urgent_published_by_idx\` ON \`sponsorship_packages\` (\`urgent_published_by_id\`);`)
  await db.run(sql`CREATE INDEX \`sponsorship_packages_updated_at_idx\` ON \`sponsorship_packages\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`sponsorship_packages_created_at_idx\` ON \`sponsorship_packages\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`sponsorship_packages__status_idx\` ON \`sponsorship_packages\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__sponsorship_packages_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_slug\` text,
  	\`version_author_id\` integer,
  	\`version_last_edited_by_id\` integer,
  	\`version_workflow_state\` text DEFAULT 'draft',
  	\`version_publish_at\` text,
  	\`version_published_at\` text,
  	\`version_unpublish_at\` text,
  	\`version_withdrawn_at\` text,
  	\`version_urgent_published_by_id\` integer,
  	\`version_tier\` text,
  	\`version_asset_type\` text,
  	\`version_value\` numeric,
  	\`version_value_max\` numeric,
  	\`version_total_slots\` numeric,
  	\`version_available_slots\` numeric,
  	\`version_deadline\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`sponsorship_packages\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_author_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_last_edited_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_urgent_published_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__sponsorship_packages_v\`("id", "parent_id", "version_slug", "version_author_id", "version_last_edited_by_id", "version_workflow_state", "version_publish_at", "version_published_at", "version_unpublish_at", "version_withdrawn_at", "version_urgent_published_by_id", "version_tier", "version_asset_type", "version_value", "version_value_max", "version_total_slots", "version_available_slots", "version_deadline", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest") SELECT "id", "parent_id", "version_slug", "version_author_id", "version_last_edited_by_id", "version_workflow_state", "version_publish_at", "version_published_at", "version_unpublish_at", "version_withdrawn_at", "version_urgent_published_by_id", "version_tier", "version_asset_type", "version_value", "version_value_max", "version_total_slots", MAX(COALESCE("version_total_slots", 1) - COALESCE("version_slots_taken_elsewhere", 0), 0), "version_deadline", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest" FROM \`_sponsorship_packages_v\`;`)
  await db.run(sql`DROP TABLE \`_sponsorship_packages_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__sponsorship_packages_v\` RENAME TO \`_sponsorship_packages_v\`;`)
  await db.run(sql`CREATE INDEX \`_sponsorship_packages_v_parent_idx\` ON \`_sponsorship_packages_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_sponsorship_packages_v_version_version_slug_idx\` ON \`_sponsorship_packages_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_sponsorship_packages_v_version_version_author_idx\` ON \`_sponsorship_packages_v\` (\`version_author_id\`);`)
  await db.run(sql`CREATE INDEX \`_sponsorship_packages_v_version_version_last_edited_by_idx\` ON \`_sponsorship_packages_v\` (\`version_last_edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_sponsorship_packages_v_version_version_workflow_state_idx\` ON \`_sponsorship_packages_v\` (\`version_workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`_sponsorship_packages_v_version_version_urgent_published_idx\` ON \`_sponsorship_packages_v\` (\`version_urgent_published_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_sponsorship_packages_v_version_version_updated_at_idx\` ON \`_sponsorship_packages_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_sponsorship_packages_v_version_version_created_at_idx\` ON \`_sponsorship_packages_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_sponsorship_packages_v_version_version__status_idx\` ON \`_sponsorship_packages_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_sponsorship_packages_v_created_at_idx\` ON \`_sponsorship_packages_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_sponsorship_packages_v_updated_at_idx\` ON \`_sponsorship_packages_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_sponsorship_packages_v_snapshot_idx\` ON \`_sponsorship_packages_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_sponsorship_packages_v_published_locale_idx\` ON \`_sponsorship_packages_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_sponsorship_packages_v_latest_idx\` ON \`_sponsorship_packages_v\` (\`latest\`);`)
}
