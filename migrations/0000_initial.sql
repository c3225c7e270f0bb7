CREATE TABLE `audit_log` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`study_id` text,
	`user_id` text,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`entity` text NOT NULL,
	`entity_id` text NOT NULL,
	`action` text NOT NULL,
	`before` text,
	`after` text,
	FOREIGN KEY (`study_id`) REFERENCES `study`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`user_id`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `audit_study_idx` ON `audit_log` (`study_id`,`id`);--> statement-breakpoint
CREATE TABLE `code` (
	`id` text PRIMARY KEY NOT NULL,
	`study_id` text NOT NULL,
	`parent_id` text,
	`key` text NOT NULL,
	`name` text NOT NULL,
	`definition` text DEFAULT '' NOT NULL,
	`inclusion` text DEFAULT '' NOT NULL,
	`exclusion` text DEFAULT '' NOT NULL,
	`example` text DEFAULT '' NOT NULL,
	`color` text DEFAULT '#888888' NOT NULL,
	`shortcut` text,
	`pole` text,
	`keywords` text NOT NULL,
	`position` integer DEFAULT 0 NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`study_id`) REFERENCES `study`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `code_study_key_unique` ON `code` (`study_id`,`key`);--> statement-breakpoint
CREATE INDEX `code_parent_idx` ON `code` (`parent_id`);--> statement-breakpoint
CREATE TABLE `coding` (
	`id` text PRIMARY KEY NOT NULL,
	`study_id` text NOT NULL,
	`version_id` text NOT NULL,
	`code_id` text NOT NULL,
	`coder_id` text NOT NULL,
	`start` integer NOT NULL,
	`end` integer NOT NULL,
	`memo` text DEFAULT '' NOT NULL,
	`unplaced` integer DEFAULT false NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`created_by` text,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`updated_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`study_id`) REFERENCES `study`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`version_id`) REFERENCES `transcript_version`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`code_id`) REFERENCES `code`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`coder_id`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`created_by`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `coding_version_idx` ON `coding` (`version_id`,`start`);--> statement-breakpoint
CREATE INDEX `coding_code_idx` ON `coding` (`code_id`);--> statement-breakpoint
CREATE INDEX `coding_study_coder_idx` ON `coding` (`study_id`,`coder_id`);--> statement-breakpoint
CREATE TABLE `dismissed_suggestion` (
	`user_id` text NOT NULL,
	`version_id` text NOT NULL,
	`code_id` text NOT NULL,
	`start` integer NOT NULL,
	`end` integer NOT NULL,
	PRIMARY KEY(`user_id`, `version_id`, `code_id`, `start`, `end`),
	FOREIGN KEY (`user_id`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`version_id`) REFERENCES `transcript_version`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`code_id`) REFERENCES `code`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `focus_group` (
	`id` text PRIMARY KEY NOT NULL,
	`study_id` text NOT NULL,
	`wave_id` text NOT NULL,
	`municipality_id` text NOT NULL,
	`date` text,
	`notes` text DEFAULT '' NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`study_id`) REFERENCES `study`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`wave_id`) REFERENCES `wave`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`municipality_id`) REFERENCES `municipality`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE INDEX `focus_group_study_idx` ON `focus_group` (`study_id`);--> statement-breakpoint
CREATE TABLE `focus_group_vignette` (
	`focus_group_id` text NOT NULL,
	`vignette_id` text NOT NULL,
	`position` integer NOT NULL,
	PRIMARY KEY(`focus_group_id`, `vignette_id`),
	FOREIGN KEY (`focus_group_id`) REFERENCES `focus_group`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`vignette_id`) REFERENCES `vignette`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE TABLE `group_assessment` (
	`id` text PRIMARY KEY NOT NULL,
	`study_id` text NOT NULL,
	`focus_group_id` text NOT NULL,
	`vignette_id` text NOT NULL,
	`concern` integer,
	`steps` text NOT NULL,
	`agreement` text,
	`justification` text DEFAULT '' NOT NULL,
	`reported` integer DEFAULT false NOT NULL,
	`status` text DEFAULT 'confirmed' NOT NULL,
	`passages` text NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`updated_by` text,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`study_id`) REFERENCES `study`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`focus_group_id`) REFERENCES `focus_group`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`vignette_id`) REFERENCES `vignette`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`updated_by`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `group_assessment_unique` ON `group_assessment` (`focus_group_id`,`vignette_id`);--> statement-breakpoint
CREATE TABLE `individual_assessment` (
	`id` text PRIMARY KEY NOT NULL,
	`study_id` text NOT NULL,
	`participant_id` text NOT NULL,
	`vignette_id` text NOT NULL,
	`concern` integer,
	`steps` text NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`study_id`) REFERENCES `study`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`participant_id`) REFERENCES `participant`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`vignette_id`) REFERENCES `vignette`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `individual_assessment_unique` ON `individual_assessment` (`participant_id`,`vignette_id`);--> statement-breakpoint
CREATE TABLE `instance_setting` (
	`key` text PRIMARY KEY NOT NULL,
	`value` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `invitation` (
	`id` text PRIMARY KEY NOT NULL,
	`study_id` text NOT NULL,
	`token_hash` text NOT NULL,
	`role` text NOT NULL,
	`note` text DEFAULT '' NOT NULL,
	`max_uses` integer DEFAULT 1 NOT NULL,
	`uses` integer DEFAULT 0 NOT NULL,
	`expires_at` integer NOT NULL,
	`revoked_at` integer,
	`created_by` text,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`study_id`) REFERENCES `study`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`created_by`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `invitation_token_hash_unique` ON `invitation` (`token_hash`);--> statement-breakpoint
CREATE INDEX `invitation_study_idx` ON `invitation` (`study_id`);--> statement-breakpoint
CREATE TABLE `membership` (
	`study_id` text NOT NULL,
	`user_id` text NOT NULL,
	`role` text NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	PRIMARY KEY(`study_id`, `user_id`),
	FOREIGN KEY (`study_id`) REFERENCES `study`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`user_id`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `membership_user_idx` ON `membership` (`user_id`);--> statement-breakpoint
CREATE TABLE `memo` (
	`id` text PRIMARY KEY NOT NULL,
	`study_id` text NOT NULL,
	`target_kind` text NOT NULL,
	`target_id` text,
	`author_id` text,
	`text` text NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`updated_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`study_id`) REFERENCES `study`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`author_id`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `memo_target_idx` ON `memo` (`study_id`,`target_kind`,`target_id`);--> statement-breakpoint
CREATE TABLE `municipality` (
	`id` text PRIMARY KEY NOT NULL,
	`study_id` text NOT NULL,
	`code` text NOT NULL,
	`real_name` text,
	`size_class` text DEFAULT '' NOT NULL,
	`region` text DEFAULT '' NOT NULL,
	`placement_rate_band` text DEFAULT '' NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`study_id`) REFERENCES `study`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `municipality_study_code_unique` ON `municipality` (`study_id`,`code`);--> statement-breakpoint
CREATE TABLE `next_step` (
	`id` text PRIMARY KEY NOT NULL,
	`study_id` text NOT NULL,
	`key` text NOT NULL,
	`label` text NOT NULL,
	`code_key` text,
	`position` integer DEFAULT 0 NOT NULL,
	FOREIGN KEY (`study_id`) REFERENCES `study`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `next_step_study_key_unique` ON `next_step` (`study_id`,`key`);--> statement-breakpoint
CREATE TABLE `participant` (
	`id` text PRIMARY KEY NOT NULL,
	`study_id` text NOT NULL,
	`focus_group_id` text NOT NULL,
	`pseudonym` text NOT NULL,
	`role` text NOT NULL,
	`years_experience` integer,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`study_id`) REFERENCES `study`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`focus_group_id`) REFERENCES `focus_group`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `participant_group_pseudonym_unique` ON `participant` (`focus_group_id`,`pseudonym`);--> statement-breakpoint
CREATE TABLE `pseudonym_entry` (
	`id` text PRIMARY KEY NOT NULL,
	`study_id` text NOT NULL,
	`real_name` text NOT NULL,
	`pseudonym` text NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`study_id`) REFERENCES `study`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `pseudonym_study_real_unique` ON `pseudonym_entry` (`study_id`,lower("real_name"));--> statement-breakpoint
CREATE TABLE `session` (
	`id` text PRIMARY KEY NOT NULL,
	`user_id` text NOT NULL,
	`expires_at` integer NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `session_user_idx` ON `session` (`user_id`);--> statement-breakpoint
CREATE TABLE `study` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`description` text DEFAULT '' NOT NULL,
	`blind` integer DEFAULT true NOT NULL,
	`concern_scale` text NOT NULL,
	`is_demo` integer DEFAULT false NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`created_by` text,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`created_by`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE TABLE `transcript` (
	`id` text PRIMARY KEY NOT NULL,
	`study_id` text NOT NULL,
	`focus_group_id` text,
	`wave_id` text,
	`kind` text NOT NULL,
	`title` text NOT NULL,
	`current_version` integer DEFAULT 1 NOT NULL,
	`unblinded` integer DEFAULT false NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`study_id`) REFERENCES `study`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`focus_group_id`) REFERENCES `focus_group`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`wave_id`) REFERENCES `wave`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE INDEX `transcript_study_idx` ON `transcript` (`study_id`);--> statement-breakpoint
CREATE TABLE `transcript_section` (
	`id` text PRIMARY KEY NOT NULL,
	`version_id` text NOT NULL,
	`label` text NOT NULL,
	`vignette_id` text,
	`first_turn` integer NOT NULL,
	`last_turn` integer NOT NULL,
	`start` integer NOT NULL,
	`end` integer NOT NULL,
	FOREIGN KEY (`version_id`) REFERENCES `transcript_version`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`vignette_id`) REFERENCES `vignette`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `section_version_idx` ON `transcript_section` (`version_id`);--> statement-breakpoint
CREATE TABLE `transcript_version` (
	`id` text PRIMARY KEY NOT NULL,
	`transcript_id` text NOT NULL,
	`version` integer NOT NULL,
	`text` text NOT NULL,
	`source_filename` text NOT NULL,
	`source_format` text NOT NULL,
	`source_encoding` text NOT NULL,
	`note` text DEFAULT '' NOT NULL,
	`created_by` text,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`transcript_id`) REFERENCES `transcript`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`created_by`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `transcript_version_unique` ON `transcript_version` (`transcript_id`,`version`);--> statement-breakpoint
CREATE TABLE `turn` (
	`id` text PRIMARY KEY NOT NULL,
	`version_id` text NOT NULL,
	`index` integer NOT NULL,
	`speaker_label` text NOT NULL,
	`participant_id` text,
	`section_id` text,
	`start` integer NOT NULL,
	`end` integer NOT NULL,
	`timestamp` text,
	FOREIGN KEY (`version_id`) REFERENCES `transcript_version`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`participant_id`) REFERENCES `participant`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`section_id`) REFERENCES `transcript_section`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `turn_version_index_unique` ON `turn` (`version_id`,`index`);--> statement-breakpoint
CREATE TABLE `user` (
	`id` text PRIMARY KEY NOT NULL,
	`username` text NOT NULL,
	`password_hash` text,
	`is_admin` integer DEFAULT false NOT NULL,
	`is_system` integer DEFAULT false NOT NULL,
	`locale` text,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `user_username_unique` ON `user` (lower("username"));--> statement-breakpoint
CREATE TABLE `vignette` (
	`id` text PRIMARY KEY NOT NULL,
	`study_id` text NOT NULL,
	`key` text NOT NULL,
	`position` integer DEFAULT 0 NOT NULL,
	`current_revision` integer DEFAULT 1 NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`study_id`) REFERENCES `study`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `vignette_study_key_unique` ON `vignette` (`study_id`,`key`);--> statement-breakpoint
CREATE TABLE `vignette_revision` (
	`id` text PRIMARY KEY NOT NULL,
	`vignette_id` text NOT NULL,
	`revision` integer NOT NULL,
	`title` text NOT NULL,
	`child_age` integer,
	`themes` text NOT NULL,
	`fictional` integer DEFAULT true NOT NULL,
	`text_2002` text NOT NULL,
	`text_2024` text NOT NULL,
	`questions` text NOT NULL,
	`note` text DEFAULT '' NOT NULL,
	`created_by` text,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`vignette_id`) REFERENCES `vignette`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`created_by`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `vignette_revision_unique` ON `vignette_revision` (`vignette_id`,`revision`);--> statement-breakpoint
CREATE TABLE `wave` (
	`id` text PRIMARY KEY NOT NULL,
	`study_id` text NOT NULL,
	`label` text NOT NULL,
	`year` integer NOT NULL,
	`description` text DEFAULT '' NOT NULL,
	`source_kind` text NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`study_id`) REFERENCES `study`(`id`) ON UPDATE no action ON DELETE cascade
);
