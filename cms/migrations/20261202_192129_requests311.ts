import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`wards\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`number\` numeric NOT NULL,
  	\`name\` text NOT NULL,
  	\`name_fr\` text NOT NULL,
  	\`geometry\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`wards_number_idx\` ON \`wards\` (\`number\`);`)
  await db.run(sql`CREATE INDEX \`wards_updated_at_idx\` ON \`wards\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`wards_created_at_idx\` ON \`wards\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`addresses\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`label\` text NOT NULL,
  	\`number\` text NOT NULL,
  	\`street\` text NOT NULL,
  	\`unit\` text,
  	\`search_key\` text NOT NULL,
  	\`street_key\` text NOT NULL,
  	\`lat\` numeric NOT NULL,
  	\`long\` numeric NOT NULL,
  	\`ward_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`ward_id\`) REFERENCES \`wards\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`addresses_number_idx\` ON \`addresses\` (\`number\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`addresses_search_key_idx\` ON \`addresses\` (\`search_key\`);`)
  await db.run(sql`CREATE INDEX \`addresses_street_key_idx\` ON \`addresses\` (\`street_key\`);`)
  await db.run(sql`CREATE INDEX \`addresses_lat_idx\` ON \`addresses\` (\`lat\`);`)
  await db.run(sql`CREATE INDEX \`addresses_ward_idx\` ON \`addresses\` (\`ward_id\`);`)
  await db.run(sql`CREATE INDEX \`addresses_updated_at_idx\` ON \`addresses\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`addresses_created_at_idx\` ON \`addresses\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`service_types_attributes_values\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`name\` text NOT NULL,
  	\`name_fr\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`service_types_attributes\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`service_types_attributes_values_order_idx\` ON \`service_types_attributes_values\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`service_types_attributes_values_parent_id_idx\` ON \`service_types_attributes_values\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`service_types_attributes\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`code\` text NOT NULL,
  	\`datatype\` text DEFAULT 'string' NOT NULL,
  	\`required\` integer DEFAULT false,
  	\`variable\` integer DEFAULT true,
  	\`description\` text NOT NULL,
  	\`description_fr\` text NOT NULL,
  	\`hint\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`service_types\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`service_types_attributes_order_idx\` ON \`service_types_attributes\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`service_types_attributes_parent_id_idx\` ON \`service_types_attributes\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`service_types\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`code\` text NOT NULL,
  	\`name\` text NOT NULL,
  	\`name_fr\` text NOT NULL,
  	\`description\` text,
  	\`description_fr\` text,
  	\`group\` text,
  	\`group_fr\` text,
  	\`keywords\` text,
  	\`department_id\` integer NOT NULL,
  	\`target_days\` numeric DEFAULT 5 NOT NULL,
  	\`duplicate_radius_metres\` numeric DEFAULT 50,
  	\`duplicate_days\` numeric DEFAULT 30,
  	\`active\` integer DEFAULT true,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`department_id\`) REFERENCES \`departments\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`service_types_code_idx\` ON \`service_types\` (\`code\`);`)
  await db.run(sql`CREATE INDEX \`service_types_department_idx\` ON \`service_types\` (\`department_id\`);`)
  await db.run(sql`CREATE INDEX \`service_types_updated_at_idx\` ON \`service_types\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`service_types_created_at_idx\` ON \`service_types\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`service_requests\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`reference\` text NOT NULL,
  	\`service_id\` integer NOT NULL,
  	\`service_code\` text NOT NULL,
  	\`answers\` text,
  	\`description\` text,
  	\`address_id\` integer,
  	\`address_label\` text,
  	\`lat\` numeric NOT NULL,
  	\`long\` numeric NOT NULL,
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
  	\`possible_duplicate_of_id\` integer,
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
  	FOREIGN KEY (\`possible_duplicate_of_id\`) REFERENCES \`service_requests\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`api_client_id\`) REFERENCES \`api_clients\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
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
  await db.run(sql`CREATE INDEX \`service_requests_possible_duplicate_of_idx\` ON \`service_requests\` (\`possible_duplicate_of_id\`);`)
  await db.run(sql`CREATE INDEX \`service_requests_api_client_idx\` ON \`service_requests\` (\`api_client_id\`);`)
  await db.run(sql`CREATE INDEX \`service_requests_token_idx\` ON \`service_requests\` (\`token\`);`)
  await db.run(sql`CREATE INDEX \`service_requests_message_id_idx\` ON \`service_requests\` (\`message_id\`);`)
  await db.run(sql`CREATE INDEX \`service_requests_updated_at_idx\` ON \`service_requests\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`service_requests_created_at_idx\` ON \`service_requests\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`service_request_events\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`request_id\` integer NOT NULL,
  	\`at\` text NOT NULL,
  	\`action\` text NOT NULL,
  	\`state\` text,
  	\`notes\` text,
  	\`public\` integer DEFAULT false,
  	\`actor_id\` integer,
  	\`actor_name\` text,
  	\`details\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`request_id\`) REFERENCES \`service_requests\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`actor_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`service_request_events_request_idx\` ON \`service_request_events\` (\`request_id\`);`)
  await db.run(sql`CREATE INDEX \`service_request_events_at_idx\` ON \`service_request_events\` (\`at\`);`)
  await db.run(sql`CREATE INDEX \`service_request_events_actor_idx\` ON \`service_request_events\` (\`actor_id\`);`)
  await db.run(sql`CREATE INDEX \`service_request_events_updated_at_idx\` ON \`service_request_events\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`service_request_events_created_at_idx\` ON \`service_request_events\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`service_request_followers\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`request_id\` integer NOT NULL,
  	\`email\` text NOT NULL,
  	\`language\` text DEFAULT 'en' NOT NULL,
  	\`role\` text DEFAULT 'follower' NOT NULL,
  	\`token\` text NOT NULL,
  	\`stopped_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`request_id\`) REFERENCES \`service_requests\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`service_request_followers_request_idx\` ON \`service_request_followers\` (\`request_id\`);`)
  await db.run(sql`CREATE INDEX \`service_request_followers_email_idx\` ON \`service_request_followers\` (\`email\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`service_request_followers_token_idx\` ON \`service_request_followers\` (\`token\`);`)
  await db.run(sql`CREATE INDEX \`service_request_followers_updated_at_idx\` ON \`service_request_followers\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`service_request_followers_created_at_idx\` ON \`service_request_followers\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`api_clients\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`name\` text NOT NULL,
  	\`contact\` text NOT NULL,
  	\`rate_limit_per_hour\` numeric DEFAULT 100 NOT NULL,
  	\`active\` integer DEFAULT true,
  	\`key_prefix\` text,
  	\`key_hash\` text,
  	\`last_used_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`api_clients_key_prefix_idx\` ON \`api_clients\` (\`key_prefix\`);`)
  await db.run(sql`CREATE INDEX \`api_clients_updated_at_idx\` ON \`api_clients\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`api_clients_created_at_idx\` ON \`api_clients\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`service_request_settings_routing_answers\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`code\` text NOT NULL,
  	\`values\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`service_request_settings_routing\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`service_request_settings_routing_answers_order_idx\` ON \`service_request_settings_routing_answers\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`service_request_settings_routing_answers_parent_id_idx\` ON \`service_request_settings_routing_answers\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`service_request_settings_routing\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`department_id\` integer NOT NULL,
  	\`queue\` text,
  	\`services\` text,
  	FOREIGN KEY (\`department_id\`) REFERENCES \`departments\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`service_request_settings\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`service_request_settings_routing_order_idx\` ON \`service_request_settings_routing\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`service_request_settings_routing_parent_id_idx\` ON \`service_request_settings_routing\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`service_request_settings_routing_department_idx\` ON \`service_request_settings_routing\` (\`department_id\`);`)
  await db.run(sql`CREATE TABLE \`service_request_settings\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`CREATE TABLE \`service_request_settings_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`wards_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`service_request_settings\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`wards_id\`) REFERENCES \`wards\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`service_request_settings_rels_order_idx\` ON \`service_request_settings_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`service_request_settings_rels_parent_idx\` ON \`service_request_settings_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`service_request_settings_rels_path_idx\` ON \`service_request_settings_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`service_request_settings_rels_wards_id_idx\` ON \`service_request_settings_rels\` (\`wards_id\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`wards_id\` integer REFERENCES wards(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`addresses_id\` integer REFERENCES addresses(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`service_types_id\` integer REFERENCES service_types(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`service_requests_id\` integer REFERENCES service_requests(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`service_request_events_id\` integer REFERENCES service_request_events(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`service_request_followers_id\` integer REFERENCES service_request_followers(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`api_clients_id\` integer REFERENCES api_clients(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_wards_id_idx\` ON \`payload_locked_documents_rels\` (\`wards_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_addresses_id_idx\` ON \`payload_locked_documents_rels\` (\`addresses_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_service_types_id_idx\` ON \`payload_locked_documents_rels\` (\`service_types_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_service_requests_id_idx\` ON \`payload_locked_documents_rels\` (\`service_requests_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_service_request_events_id_idx\` ON \`payload_locked_documents_rels\` (\`service_request_events_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_service_request_followers__idx\` ON \`payload_locked_documents_rels\` (\`service_request_followers_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_api_clients_id_idx\` ON \`payload_locked_documents_rels\` (\`api_clients_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`wards\`;`)
  await db.run(sql`DROP TABLE \`addresses\`;`)
  await db.run(sql`DROP TABLE \`service_types_attributes_values\`;`)
  await db.run(sql`DROP TABLE \`service_types_attributes\`;`)
  await db.run(sql`DROP TABLE \`service_types\`;`)
  await db.run(sql`DROP TABLE \`service_requests\`;`)
  await db.run(sql`DROP TABLE \`service_request_events\`;`)
  await db.run(sql`DROP TABLE \`service_request_followers\`;`)
  await db.run(sql`DROP TABLE \`api_clients\`;`)
  await db.run(sql`DROP TABLE \`service_request_settings_routing_answers\`;`)
  await db.run(sql`DROP TABLE \`service_request_settings_routing\`;`)
  await db.run(sql`DROP TABLE \`service_request_settings\`;`)
  await db.run(sql`DROP TABLE \`service_request_settings_rels\`;`)
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
  	\`sponsor_inquiries_id\` integer,
  	\`sponsorship_slots_id\` integer,
  	\`sponsorship_audit_id\` integer,
  	\`retired_items_id\` integer,
  	\`process_leases_id\` integer,
  	\`rate_limit_hits_id\` integer,
  	\`site_build_requests_id\` integer,
  	\`departments_id\` integer,
  	\`correspondence_id\` integer,
  	\`correspondence_messages_id\` integer,
  	\`correspondence_files_id\` integer,
  	\`desk_audit_id\` integer,
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
  	FOREIGN KEY (\`site_build_requests_id\`) REFERENCES \`site_build_requests\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`departments_id\`) REFERENCES \`departments\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`correspondence_id\`) REFERENCES \`correspondence\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`correspondence_messages_id\`) REFERENCES \`correspondence_messages\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`correspondence_files_id\`) REFERENCES \`correspondence_files\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`desk_audit_id\`) REFERENCES \`desk_audit\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "users_id", "media_id", "media_releases_id", "publications_id", "sponsorship_packages_id", "emergency_bulletins_id", "workflow_audit_id", "subscribers_id", "sends_id", "deliveries_id", "sponsor_inquiries_id", "sponsorship_slots_id", "sponsorship_audit_id", "retired_items_id", "process_leases_id", "rate_limit_hits_id", "site_build_requests_id", "departments_id", "correspondence_id", "correspondence_messages_id", "correspondence_files_id", "desk_audit_id") SELECT "id", "order", "parent_id", "path", "users_id", "media_id", "media_releases_id", "publications_id", "sponsorship_packages_id", "emergency_bulletins_id", "workflow_audit_id", "subscribers_id", "sends_id", "deliveries_id", "sponsor_inquiries_id", "sponsorship_slots_id", "sponsorship_audit_id", "retired_items_id", "process_leases_id", "rate_limit_hits_id", "site_build_requests_id", "departments_id", "correspondence_id", "correspondence_messages_id", "correspondence_files_id", "desk_audit_id" FROM \`payload_locked_documents_rels\`;`)
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
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_sponsor_inquiries_id_idx\` ON \`payload_locked_documents_rels\` (\`sponsor_inquiries_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_sponsorship_slots_id_idx\` ON \`payload_locked_documents_rels\` (\`sponsorship_slots_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_sponsorship_audit_id_idx\` ON \`payload_locked_documents_rels\` (\`sponsorship_audit_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_retired_items_id_idx\` ON \`payload_locked_documents_rels\` (\`retired_items_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_process_leases_id_idx\` ON \`payload_locked_documents_rels\` (\`process_leases_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_rate_limit_hits_id_idx\` ON \`payload_locked_documents_rels\` (\`rate_limit_hits_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_site_build_requests_id_idx\` ON \`payload_locked_documents_rels\` (\`site_build_requests_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_departments_id_idx\` ON \`payload_locked_documents_rels\` (\`departments_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_correspondence_id_idx\` ON \`payload_locked_documents_rels\` (\`correspondence_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_correspondence_messages_id_idx\` ON \`payload_locked_documents_rels\` (\`correspondence_messages_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_correspondence_files_id_idx\` ON \`payload_locked_documents_rels\` (\`correspondence_files_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_desk_audit_id_idx\` ON \`payload_locked_documents_rels\` (\`desk_audit_id\`);`)
}
