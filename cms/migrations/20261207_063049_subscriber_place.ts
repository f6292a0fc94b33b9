import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`subscribers_numbers\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`number\` numeric,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`subscribers\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`subscribers_numbers_order_parent_idx\` ON \`subscribers_numbers\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`push_subscriptions_numbers\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`number\` numeric,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`push_subscriptions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`push_subscriptions_numbers_order_parent_idx\` ON \`push_subscriptions_numbers\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`sms_subscribers_numbers\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`number\` numeric,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`sms_subscribers\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`sms_subscribers_numbers_order_parent_idx\` ON \`sms_subscribers_numbers\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`ALTER TABLE \`subscribers\` ADD \`area\` text DEFAULT 'everywhere';`)
  await db.run(sql`ALTER TABLE \`subscribers\` ADD \`address_id\` integer REFERENCES addresses(id);`)
  await db.run(sql`ALTER TABLE \`subscribers\` ADD \`requested_area\` text DEFAULT 'everywhere';`)
  await db.run(sql`ALTER TABLE \`subscribers\` ADD \`requested_address_id\` integer REFERENCES addresses(id);`)
  await db.run(sql`CREATE INDEX \`subscribers_address_idx\` ON \`subscribers\` (\`address_id\`);`)
  await db.run(sql`CREATE INDEX \`subscribers_requested_address_idx\` ON \`subscribers\` (\`requested_address_id\`);`)
  await db.run(sql`ALTER TABLE \`push_subscriptions\` ADD \`area\` text DEFAULT 'everywhere';`)
  await db.run(sql`ALTER TABLE \`push_subscriptions\` ADD \`address_id\` integer REFERENCES addresses(id);`)
  await db.run(sql`CREATE INDEX \`push_subscriptions_address_idx\` ON \`push_subscriptions\` (\`address_id\`);`)
  await db.run(sql`ALTER TABLE \`sms_subscribers\` ADD \`area\` text DEFAULT 'everywhere';`)
  await db.run(sql`ALTER TABLE \`sms_subscribers\` ADD \`address_id\` integer REFERENCES addresses(id);`)
  await db.run(sql`ALTER TABLE \`sms_subscribers\` ADD \`requested_area\` text DEFAULT 'everywhere';`)
  await db.run(sql`ALTER TABLE \`sms_subscribers\` ADD \`requested_address_id\` integer REFERENCES addresses(id);`)
  await db.run(sql`CREATE INDEX \`sms_subscribers_address_idx\` ON \`sms_subscribers\` (\`address_id\`);`)
  await db.run(sql`CREATE INDEX \`sms_subscribers_requested_address_idx\` ON \`sms_subscribers\` (\`requested_address_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`subscribers_numbers\`;`)
  await db.run(sql`DROP TABLE \`push_subscriptions_numbers\`;`)
  await db.run(sql`DROP TABLE \`sms_subscribers_numbers\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_subscribers\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`email\` text NOT NULL,
  	\`status\` text DEFAULT 'pending' NOT NULL,
  	\`language\` text DEFAULT 'en' NOT NULL,
  	\`consent_text\` text,
  	\`consent_agreed_at\` text,
  	\`consent_source_page\` text,
  	\`consent_ip\` text,
  	\`consent_method\` text,
  	\`requested_at\` text,
  	\`confirmed_at\` text,
  	\`unsubscribed_at\` text,
  	\`bounce_count\` numeric DEFAULT 0,
  	\`last_bounce\` text,
  	\`requested_language\` text,
  	\`confirm_token_hash\` text,
  	\`confirm_expires_at\` text,
  	\`token_version\` numeric DEFAULT 1,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`INSERT INTO \`__new_subscribers\`("id", "email", "status", "language", "consent_text", "consent_agreed_at", "consent_source_page", "consent_ip", "consent_method", "requested_at", "confirmed_at", "unsubscribed_at", "bounce_count", "last_bounce", "requested_language", "confirm_token_hash", "confirm_expires_at", "token_version", "updated_at", "created_at") SELECT "id", "email", "status", "language", "consent_text", "consent_agreed_at", "consent_source_page", "consent_ip", "consent_method", "requested_at", "confirmed_at", "unsubscribed_at", "bounce_count", "last_bounce", "requested_language", "confirm_token_hash", "confirm_expires_at", "token_version", "updated_at", "created_at" FROM \`subscribers\`;`)
  await db.run(sql`DROP TABLE \`subscribers\`;`)
  await db.run(sql`ALTER TABLE \`__new_subscribers\` RENAME TO \`subscribers\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE UNIQUE INDEX \`subscribers_email_idx\` ON \`subscribers\` (\`email\`);`)
  await db.run(sql`CREATE INDEX \`subscribers_status_idx\` ON \`subscribers\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`subscribers_confirm_token_hash_idx\` ON \`subscribers\` (\`confirm_token_hash\`);`)
  await db.run(sql`CREATE INDEX \`subscribers_updated_at_idx\` ON \`subscribers\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`subscribers_created_at_idx\` ON \`subscribers\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`__new_push_subscriptions\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`endpoint\` text NOT NULL,
  	\`service\` text,
  	\`p256dh\` text NOT NULL,
  	\`auth\` text NOT NULL,
  	\`language\` text DEFAULT 'en' NOT NULL,
  	\`consent_text\` text,
  	\`consent_agreed_at\` text,
  	\`consent_source_page\` text,
  	\`consent_ip\` text,
  	\`consent_method\` text,
  	\`last_sent_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`INSERT INTO \`__new_push_subscriptions\`("id", "endpoint", "service", "p256dh", "auth", "language", "consent_text", "consent_agreed_at", "consent_source_page", "consent_ip", "consent_method", "last_sent_at", "updated_at", "created_at") SELECT "id", "endpoint", "service", "p256dh", "auth", "language", "consent_text", "consent_agreed_at", "consent_source_page", "consent_ip", "consent_method", "last_sent_at", "updated_at", "created_at" FROM \`push_subscriptions\`;`)
  await db.run(sql`DROP TABLE \`push_subscriptions\`;`)
  await db.run(sql`ALTER TABLE \`__new_push_subscriptions\` RENAME TO \`push_subscriptions\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`push_subscriptions_endpoint_idx\` ON \`push_subscriptions\` (\`endpoint\`);`)
  await db.run(sql`CREATE INDEX \`push_subscriptions_updated_at_idx\` ON \`push_subscriptions\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`push_subscriptions_created_at_idx\` ON \`push_subscriptions\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`__new_sms_subscribers\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`phone\` text NOT NULL,
  	\`status\` text DEFAULT 'pending' NOT NULL,
  	\`language\` text DEFAULT 'en' NOT NULL,
  	\`consent_text\` text,
  	\`consent_agreed_at\` text,
  	\`consent_source_page\` text,
  	\`consent_ip\` text,
  	\`consent_method\` text,
  	\`requested_at\` text,
  	\`confirmed_at\` text,
  	\`unsubscribed_at\` text,
  	\`unsubscribed_by\` text,
  	\`requested_language\` text,
  	\`code_hash\` text,
  	\`code_expires_at\` text,
  	\`code_attempts\` numeric DEFAULT 0,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`INSERT INTO \`__new_sms_subscribers\`("id", "phone", "status", "language", "consent_text", "consent_agreed_at", "consent_source_page", "consent_ip", "consent_method", "requested_at", "confirmed_at", "unsubscribed_at", "unsubscribed_by", "requested_language", "code_hash", "code_expires_at", "code_attempts", "updated_at", "created_at") SELECT "id", "phone", "status", "language", "consent_text", "consent_agreed_at", "consent_source_page", "consent_ip", "consent_method", "requested_at", "confirmed_at", "unsubscribed_at", "unsubscribed_by", "requested_language", "code_hash", "code_expires_at", "code_attempts", "updated_at", "created_at" FROM \`sms_subscribers\`;`)
  await db.run(sql`DROP TABLE \`sms_subscribers\`;`)
  await db.run(sql`ALTER TABLE \`__new_sms_subscribers\` RENAME TO \`sms_subscribers\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`sms_subscribers_phone_idx\` ON \`sms_subscribers\` (\`phone\`);`)
  await db.run(sql`CREATE INDEX \`sms_subscribers_status_idx\` ON \`sms_subscribers\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`sms_subscribers_updated_at_idx\` ON \`sms_subscribers\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`sms_subscribers_created_at_idx\` ON \`sms_subscribers\` (\`created_at\`);`)
}
