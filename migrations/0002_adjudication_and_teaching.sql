CREATE TABLE `adjudication` (
	`id` text PRIMARY KEY NOT NULL,
	`study_id` text NOT NULL,
	`version_id` text NOT NULL,
	`code_id` text NOT NULL,
	`start` integer NOT NULL,
	`end` integer NOT NULL,
	`decision` text NOT NULL,
	`note` text DEFAULT '' NOT NULL,
	`decided_by` text,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`study_id`) REFERENCES `study`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`version_id`) REFERENCES `transcript_version`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`code_id`) REFERENCES `code`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`decided_by`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `adjudication_unit_unique` ON `adjudication` (`version_id`,`code_id`,`start`,`end`);--> statement-breakpoint
CREATE TABLE `class_answer` (
	`id` text PRIMARY KEY NOT NULL,
	`session_id` text NOT NULL,
	`vignette_id` text NOT NULL,
	`user_id` text NOT NULL,
	`concern` integer NOT NULL,
	`steps` text NOT NULL,
	`reasoning` text DEFAULT '' NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`updated_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`session_id`) REFERENCES `class_session`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`vignette_id`) REFERENCES `vignette`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`user_id`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `class_answer_unique` ON `class_answer` (`session_id`,`vignette_id`,`user_id`);--> statement-breakpoint
CREATE TABLE `class_session` (
	`id` text PRIMARY KEY NOT NULL,
	`study_id` text NOT NULL,
	`title` text NOT NULL,
	`join_code` text NOT NULL,
	`vignette_ids` text NOT NULL,
	`status` text DEFAULT 'open' NOT NULL,
	`revealed` integer DEFAULT false NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`created_by` text,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`study_id`) REFERENCES `study`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`created_by`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `class_session_join_code_unique` ON `class_session` (`join_code`);--> statement-breakpoint
CREATE INDEX `class_session_study_idx` ON `class_session` (`study_id`);--> statement-breakpoint
CREATE TABLE `exercise` (
	`id` text PRIMARY KEY NOT NULL,
	`study_id` text NOT NULL,
	`title` text NOT NULL,
	`instructions` text DEFAULT '' NOT NULL,
	`code_ids` text NOT NULL,
	`excerpt_ids` text NOT NULL,
	`status` text DEFAULT 'open' NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`created_by` text,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`study_id`) REFERENCES `study`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`created_by`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `exercise_study_idx` ON `exercise` (`study_id`);--> statement-breakpoint
CREATE TABLE `exercise_coding` (
	`id` text PRIMARY KEY NOT NULL,
	`submission_id` text NOT NULL,
	`excerpt_id` text NOT NULL,
	`code_id` text NOT NULL,
	`start` integer NOT NULL,
	`end` integer NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`submission_id`) REFERENCES `exercise_submission`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`excerpt_id`) REFERENCES `teaching_excerpt`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`code_id`) REFERENCES `code`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `exercise_coding_submission_idx` ON `exercise_coding` (`submission_id`);--> statement-breakpoint
CREATE TABLE `exercise_submission` (
	`id` text PRIMARY KEY NOT NULL,
	`exercise_id` text NOT NULL,
	`user_id` text NOT NULL,
	`submitted_at` integer,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`exercise_id`) REFERENCES `exercise`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`user_id`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `exercise_submission_unique` ON `exercise_submission` (`exercise_id`,`user_id`);--> statement-breakpoint
CREATE TABLE `teaching_excerpt` (
	`id` text PRIMARY KEY NOT NULL,
	`study_id` text NOT NULL,
	`source_version_id` text,
	`title` text NOT NULL,
	`vignette_id` text,
	`text` text NOT NULL,
	`turns` text NOT NULL,
	`reference` text NOT NULL,
	`created_by` text,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`study_id`) REFERENCES `study`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`source_version_id`) REFERENCES `transcript_version`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`vignette_id`) REFERENCES `vignette`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`created_by`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `teaching_excerpt_study_idx` ON `teaching_excerpt` (`study_id`);