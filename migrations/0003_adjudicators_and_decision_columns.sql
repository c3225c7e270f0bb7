ALTER TABLE `adjudication` ADD `coding_ids` text DEFAULT '[]' NOT NULL;--> statement-breakpoint
ALTER TABLE `adjudication` ADD `source` integer;--> statement-breakpoint
ALTER TABLE `adjudication` ADD `coders` text DEFAULT '[]' NOT NULL;--> statement-breakpoint
ALTER TABLE `adjudication` ADD `agreed` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `membership` ADD `adjudicator` integer DEFAULT false NOT NULL;