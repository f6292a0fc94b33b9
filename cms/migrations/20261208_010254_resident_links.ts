import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`resident_links\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`email\` text NOT NULL,
  	\`language\` text DEFAULT 'en' NOT NULL,
  	\`token_hash\` text NOT NULL,
  	\`expires_at\` text NOT NULL,
  	\`used_at\` text,
  	\`session_hash\` text,
  	\`session_expires_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`resident_links_email_idx\` ON \`resident_links\` (\`email\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`resident_links_token_hash_idx\` ON \`resident_links\` (\`token_hash\`);`)
  await db.run(sql`CREATE INDEX \`resident_links_expires_at_idx\` ON \`resident_links\` (\`expires_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`resident_links_session_hash_idx\` ON \`resident_links\` (\`session_hash\`);`)
  await db.run(sql`CREATE INDEX \`resident_links_session_expires_at_idx\` ON \`resident_links\` (\`session_expires_at\`);`)
  await db.run(sql`CREATE INDEX \`resident_links_updated_at_idx\` ON \`resident_links\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`resident_links_created_at_idx\` ON \`resident_links\` (\`created_at\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`resident_links_id\` integer REFERENCES resident_links(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_resident_links_id_idx\` ON \`payload_locked_documents_rels\` (\`resident_links_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`resident_links\`;`)
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
  	\`kb_articles_id\` integer,
  	\`kb_search_misses_id\` integer,
  	\`kb_feedback_id\` integer,
  	\`kb_views_id\` integer,
  	\`workflow_audit_id\` integer,
  	\`subscribers_id\` integer,
  	\`sends_id\` integer,
  	\`deliveries_id\` integer,
  	\`push_subscriptions_id\` integer,
  	\`sms_subscribers_id\` integer,
  	\`sponsor_inquiries_id\` integer,
  	\`sponsorship_slots_id\` integer,
  	\`sponsorship_audit_id\` integer,
  	\`retired_items_id\` integer,
  	\`process_leases_id\` integer,
  	\`reference_counters_id\` integer,
  	\`rate_limit_hits_id\` integer,
  	\`intake_receipts_id\` integer,
  	\`site_build_requests_id\` integer,
  	\`departments_id\` integer,
  	\`correspondence_id\` integer,
  	\`correspondence_messages_id\` integer,
  	\`desk_macros_id\` integer,
  	\`desk_presence_id\` integer,
  	\`correspondence_files_id\` integer,
  	\`desk_audit_id\` integer,
  	\`wards_id\` integer,
  	\`addresses_id\` integer,
  	\`service_types_id\` integer,
  	\`service_requests_id\` integer,
  	\`service_request_events_id\` integer,
  	\`service_request_followers_id\` integer,
  	\`watches_id\` integer,
  	\`status_templates_id\` integer,
  	\`request_photos_id\` integer,
  	\`request_photo_copies_id\` integer,
  	\`api_clients_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_releases_id\`) REFERENCES \`media_releases\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`publications_id\`) REFERENCES \`publications\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`sponsorship_packages_id\`) REFERENCES \`sponsorship_packages\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`emergency_bulletins_id\`) REFERENCES \`emergency_bulletins\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`kb_articles_id\`) REFERENCES \`kb_articles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`kb_search_misses_id\`) REFERENCES \`kb_search_misses\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`kb_feedback_id\`) REFERENCES \`kb_feedback\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`kb_views_id\`) REFERENCES \`kb_views\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`workflow_audit_id\`) REFERENCES \`workflow_audit\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`subscribers_id\`) REFERENCES \`subscribers\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`sends_id\`) REFERENCES \`sends\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`deliveries_id\`) REFERENCES \`deliveries\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`push_subscriptions_id\`) REFERENCES \`push_subscriptions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`sms_subscribers_id\`) REFERENCES \`sms_subscribers\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`sponsor_inquiries_id\`) REFERENCES \`sponsor_inquiries\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`sponsorship_slots_id\`) REFERENCES \`sponsorship_slots\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`sponsorship_audit_id\`) REFERENCES \`sponsorship_audit\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`retired_items_id\`) REFERENCES \`retired_items\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`process_leases_id\`) REFERENCES \`process_leases\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`reference_counters_id\`) REFERENCES \`reference_counters\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`rate_limit_hits_id\`) REFERENCES \`rate_limit_hits\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`intake_receipts_id\`) REFERENCES \`intake_receipts\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`site_build_requests_id\`) REFERENCES \`site_build_requests\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`departments_id\`) REFERENCES \`departments\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`correspondence_id\`) REFERENCES \`correspondence\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`correspondence_messages_id\`) REFERENCES \`correspondence_messages\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`desk_macros_id\`) REFERENCES \`desk_macros\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`desk_presence_id\`) REFERENCES \`desk_presence\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`correspondence_files_id\`) REFERENCES \`correspondence_files\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`desk_audit_id\`) REFERENCES \`desk_audit\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`wards_id\`) REFERENCES \`wards\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`addresses_id\`) REFERENCES \`addresses\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`service_types_id\`) REFERENCES \`service_types\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`service_requests_id\`) REFERENCES \`service_requests\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`service_request_events_id\`) REFERENCES \`service_request_events\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`service_request_followers_id\`) REFERENCES \`service_request_followers\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`watches_id\`) REFERENCES \`watches\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`status_templates_id\`) REFERENCES \`status_templates\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`request_photos_id\`) REFERENCES \`request_photos\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`request_photo_copies_id\`) REFERENCES \`request_photo_copies\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`api_clients_id\`) REFERENCES \`api_clients\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "users_id", "media_id", "media_releases_id", "publications_id", "sponsorship_packages_id", "emergency_bulletins_id", "kb_articles_id", "kb_search_misses_id", "kb_feedback_id", "kb_views_id", "workflow_audit_id", "subscribers_id", "sends_id", "deliveries_id", "push_subscriptions_id", "sms_subscribers_id", "sponsor_inquiries_id", "sponsorship_slots_id", "sponsorship_audit_id", "retired_items_id", "process_leases_id", "reference_counters_id", "rate_limit_hits_id", "intake_receipts_id", "site_build_requests_id", "departments_id", "correspondence_id", "correspondence_messages_id", "desk_macros_id", "desk_presence_id", "correspondence_files_id", "desk_audit_id", "wards_id", "addresses_id", "service_types_id", "service_requests_id", "service_request_events_id", "service_request_followers_id", "watches_id", "status_templates_id", "request_photos_id", "request_photo_copies_id", "api_clients_id") SELECT "id", "order", "parent_id", "path", "users_id", "media_id", "media_releases_id", "publications_id", "sponsorship_packages_id", "emergency_bulletins_id", "kb_articles_id", "kb_search_misses_id", "kb_feedback_id", "kb_views_id", "workflow_audit_id", "subscribers_id", "sends_id", "deliveries_id", "push_subscriptions_id", "sms_subscribers_id", "sponsor_inquiries_id", "sponsorship_slots_id", "sponsorship_audit_id", "retired_items_id", "process_leases_id", "reference_counters_id", "rate_limit_hits_id", "intake_receipts_id", "site_build_requests_id", "departments_id", "correspondence_id", "correspondence_messages_id", "desk_macros_id", "desk_presence_id", "correspondence_files_id", "desk_audit_id", "wards_id", "addresses_id", "service_types_id", "service_requests_id", "service_request_events_id", "service_request_followers_id", "watches_id", "status_templates_id", "request_photos_id", "request_photo_copies_id", "api_clients_id" FROM \`payload_locked_documents_rels\`;`)
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
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_kb_articles_id_idx\` ON \`payload_locked_documents_rels\` (\`kb_articles_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_kb_search_misses_id_idx\` ON \`payload_locked_documents_rels\` (\`kb_search_misses_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_kb_feedback_id_idx\` ON \`payload_locked_documents_rels\` (\`kb_feedback_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_kb_views_id_idx\` ON \`payload_locked_documents_rels\` (\`kb_views_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_workflow_audit_id_idx\` ON \`payload_locked_documents_rels\` (\`workflow_audit_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_subscribers_id_idx\` ON \`payload_locked_documents_rels\` (\`subscribers_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_sends_id_idx\` ON \`payload_locked_documents_rels\` (\`sends_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_deliveries_id_idx\` ON \`payload_locked_documents_rels\` (\`deliveries_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_push_subscriptions_id_idx\` ON \`payload_locked_documents_rels\` (\`push_subscriptions_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_sms_subscribers_id_idx\` ON \`payload_locked_documents_rels\` (\`sms_subscribers_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_sponsor_inquiries_id_idx\` ON \`payload_locked_documents_rels\` (\`sponsor_inquiries_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_sponsorship_slots_id_idx\` ON \`payload_locked_documents_rels\` (\`sponsorship_slots_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_sponsorship_audit_id_idx\` ON \`payload_locked_documents_rels\` (\`sponsorship_audit_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_retired_items_id_idx\` ON \`payload_locked_documents_rels\` (\`retired_items_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_process_leases_id_idx\` ON \`payload_locked_documents_rels\` (\`process_leases_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_reference_counters_id_idx\` ON \`payload_locked_documents_rels\` (\`reference_counters_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_rate_limit_hits_id_idx\` ON \`payload_locked_documents_rels\` (\`rate_limit_hits_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_intake_receipts_id_idx\` ON \`payload_locked_documents_rels\` (\`intake_receipts_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_site_build_requests_id_idx\` ON \`payload_locked_documents_rels\` (\`site_build_requests_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_departments_id_idx\` ON \`payload_locked_documents_rels\` (\`departments_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_correspondence_id_idx\` ON \`payload_locked_documents_rels\` (\`correspondence_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_correspondence_messages_id_idx\` ON \`payload_locked_documents_rels\` (\`correspondence_messages_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_desk_macros_id_idx\` ON \`payload_locked_documents_rels\` (\`desk_macros_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_desk_presence_id_idx\` ON \`payload_locked_documents_rels\` (\`desk_presence_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_correspondence_files_id_idx\` ON \`payload_locked_documents_rels\` (\`correspondence_files_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_desk_audit_id_idx\` ON \`payload_locked_documents_rels\` (\`desk_audit_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_wards_id_idx\` ON \`payload_locked_documents_rels\` (\`wards_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_addresses_id_idx\` ON \`payload_locked_documents_rels\` (\`addresses_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_service_types_id_idx\` ON \`payload_locked_documents_rels\` (\`service_types_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_service_requests_id_idx\` ON \`payload_locked_documents_rels\` (\`service_requests_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_service_request_events_id_idx\` ON \`payload_locked_documents_rels\` (\`service_request_events_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_service_request_followers__idx\` ON \`payload_locked_documents_rels\` (\`service_request_followers_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_watches_id_idx\` ON \`payload_locked_documents_rels\` (\`watches_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_status_templates_id_idx\` ON \`payload_locked_documents_rels\` (\`status_templates_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_request_photos_id_idx\` ON \`payload_locked_documents_rels\` (\`request_photos_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_request_photo_copies_id_idx\` ON \`payload_locked_documents_rels\` (\`request_photo_copies_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_api_clients_id_idx\` ON \`payload_locked_documents_rels\` (\`api_clients_id\`);`)
}
