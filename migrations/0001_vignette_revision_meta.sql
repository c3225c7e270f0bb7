ALTER TABLE `vignette_revision` ADD `summary` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `vignette_revision` ADD `source` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `vignette_revision` ADD `notice` text DEFAULT '' NOT NULL;