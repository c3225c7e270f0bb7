// The database schema. Ids are random text (see ids.ts) so URLs reveal neither counts nor order.
// Times are stored as integer milliseconds since the epoch.
import { sql } from 'drizzle-orm';
import { sqliteTable, text, integer, primaryKey, index, uniqueIndex } from 'drizzle-orm/sqlite-core';

const createdAt = () =>
	integer('created_at', { mode: 'timestamp_ms' })
		.notNull()
		.default(sql`(unixepoch('subsec') * 1000)`);

// ── Accounts ────────────────────────────────────────────────────────────────

export const user = sqliteTable(
	'user',
	{
		id: text('id').primaryKey(),
		username: text('username').notNull(),
		// Null for system coders such as the consensus coder, who never log in.
		passwordHash: text('password_hash'),
		isAdmin: integer('is_admin', { mode: 'boolean' }).notNull().default(false),
		isSystem: integer('is_system', { mode: 'boolean' }).notNull().default(false),
		locale: text('locale', { enum: ['da', 'en'] }),
		createdAt: createdAt()
	},
	(t) => [uniqueIndex('user_username_unique').on(sql`lower(${t.username})`)]
);

export const session = sqliteTable(
	'session',
	{
		// SHA-256 (hex) of the session token; the token itself is only ever in the cookie.
		id: text('id').primaryKey(),
		userId: text('user_id')
			.notNull()
			.references(() => user.id, { onDelete: 'cascade' }),
		expiresAt: integer('expires_at', { mode: 'timestamp_ms' }).notNull(),
		createdAt: createdAt()
	},
	(t) => [index('session_user_idx').on(t.userId)]
);

export const instanceSetting = sqliteTable('instance_setting', {
	key: text('key').primaryKey(),
	value: text('value').notNull()
});

// ── Studies and membership ──────────────────────────────────────────────────

export const study = sqliteTable('study', {
	id: text('id').primaryKey(),
	name: text('name').notNull(),
	description: text('description').notNull().default(''),
	// Blind coding: coders see only their own codings until a lead unblinds.
	blind: integer('blind', { mode: 'boolean' }).notNull().default(true),
	// Labels of the ordinal concern scale, lowest first (JSON array of strings).
	concernScale: text('concern_scale', { mode: 'json' }).$type<string[]>().notNull(),
	isDemo: integer('is_demo', { mode: 'boolean' }).notNull().default(false),
	version: integer('version').notNull().default(1),
	createdBy: text('created_by').references(() => user.id, { onDelete: 'set null' }),
	createdAt: createdAt()
});

export const roles = ['lead', 'coder', 'student'] as const;
export type Role = (typeof roles)[number];

export const membership = sqliteTable(
	'membership',
	{
		studyId: text('study_id')
			.notNull()
			.references(() => study.id, { onDelete: 'cascade' }),
		userId: text('user_id')
			.notNull()
			.references(() => user.id, { onDelete: 'cascade' }),
		role: text('role', { enum: roles }).notNull(),
		// A coder the lead named to adjudicate disagreements into the consensus coding.
		adjudicator: integer('adjudicator', { mode: 'boolean' }).notNull().default(false),
		createdAt: createdAt()
	},
	(t) => [primaryKey({ columns: [t.studyId, t.userId] }), index('membership_user_idx').on(t.userId)]
);

export const invitation = sqliteTable(
	'invitation',
	{
		id: text('id').primaryKey(),
		studyId: text('study_id')
			.notNull()
			.references(() => study.id, { onDelete: 'cascade' }),
		// SHA-256 (hex) of the invitation token in the link.
		tokenHash: text('token_hash').notNull().unique(),
		role: text('role', { enum: roles }).notNull(),
		note: text('note').notNull().default(''),
		// How many people may use the link; a class link may admit many students.
		maxUses: integer('max_uses').notNull().default(1),
		uses: integer('uses').notNull().default(0),
		expiresAt: integer('expires_at', { mode: 'timestamp_ms' }).notNull(),
		revokedAt: integer('revoked_at', { mode: 'timestamp_ms' }),
		createdBy: text('created_by').references(() => user.id, { onDelete: 'set null' }),
		createdAt: createdAt()
	},
	(t) => [index('invitation_study_idx').on(t.studyId)]
);

export const auditLog = sqliteTable(
	'audit_log',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		studyId: text('study_id').references(() => study.id, { onDelete: 'cascade' }),
		userId: text('user_id').references(() => user.id, { onDelete: 'set null' }),
		at: createdAt(),
		entity: text('entity').notNull(),
		entityId: text('entity_id').notNull(),
		action: text('action').notNull(),
		before: text('before', { mode: 'json' }),
		after: text('after', { mode: 'json' })
	},
	(t) => [index('audit_study_idx').on(t.studyId, t.id)]
);

// ── Study material ──────────────────────────────────────────────────────────

export const vignette = sqliteTable(
	'vignette',
	{
		id: text('id').primaryKey(),
		studyId: text('study_id')
			.notNull()
			.references(() => study.id, { onDelete: 'cascade' }),
		key: text('key').notNull(),
		position: integer('position').notNull().default(0),
		// Number of the current revision in vignette_revision.
		currentRevision: integer('current_revision').notNull().default(1),
		createdAt: createdAt()
	},
	(t) => [uniqueIndex('vignette_study_key_unique').on(t.studyId, t.key)]
);

export const vignetteRevision = sqliteTable(
	'vignette_revision',
	{
		id: text('id').primaryKey(),
		vignetteId: text('vignette_id')
			.notNull()
			.references(() => vignette.id, { onDelete: 'cascade' }),
		revision: integer('revision').notNull(),
		title: text('title').notNull(),
		childAge: integer('child_age'),
		themes: text('themes', { mode: 'json' }).$type<string[]>().notNull(),
		fictional: integer('fictional', { mode: 'boolean' }).notNull().default(true),
		text2002: text('text_2002').notNull(),
		text2024: text('text_2024').notNull(),
		questions: text('questions', { mode: 'json' }).$type<Record<string, string[]>>().notNull(),
		// The file format's optional fields, kept so an imported file exports without loss ('' = absent).
		summary: text('summary').notNull().default(''),
		source: text('source').notNull().default(''),
		notice: text('notice').notNull().default(''),
		note: text('note').notNull().default(''),
		createdBy: text('created_by').references(() => user.id, { onDelete: 'set null' }),
		createdAt: createdAt()
	},
	(t) => [uniqueIndex('vignette_revision_unique').on(t.vignetteId, t.revision)]
);

export const wave = sqliteTable('wave', {
	id: text('id').primaryKey(),
	studyId: text('study_id')
		.notNull()
		.references(() => study.id, { onDelete: 'cascade' }),
	label: text('label').notNull(),
	year: integer('year').notNull(),
	description: text('description').notNull().default(''),
	// 'transcripts': raw focus-group transcripts; 'reported': only published findings (the 2002 wave).
	sourceKind: text('source_kind', { enum: ['transcripts', 'reported'] }).notNull(),
	version: integer('version').notNull().default(1),
	createdAt: createdAt()
});

export const municipality = sqliteTable(
	'municipality',
	{
		id: text('id').primaryKey(),
		studyId: text('study_id')
			.notNull()
			.references(() => study.id, { onDelete: 'cascade' }),
		code: text('code').notNull(),
		// Visible to leads only.
		realName: text('real_name'),
		sizeClass: text('size_class').notNull().default(''),
		region: text('region').notNull().default(''),
		placementRateBand: text('placement_rate_band').notNull().default(''),
		version: integer('version').notNull().default(1),
		createdAt: createdAt()
	},
	(t) => [uniqueIndex('municipality_study_code_unique').on(t.studyId, t.code)]
);

export const focusGroup = sqliteTable(
	'focus_group',
	{
		id: text('id').primaryKey(),
		studyId: text('study_id')
			.notNull()
			.references(() => study.id, { onDelete: 'cascade' }),
		waveId: text('wave_id')
			.notNull()
			.references(() => wave.id, { onDelete: 'restrict' }),
		municipalityId: text('municipality_id')
			.notNull()
			.references(() => municipality.id, { onDelete: 'restrict' }),
		date: text('date'),
		notes: text('notes').notNull().default(''),
		version: integer('version').notNull().default(1),
		createdAt: createdAt()
	},
	(t) => [index('focus_group_study_idx').on(t.studyId)]
);

export const participantRoles = ['raadgiver', 'faglig_leder', 'interviewer', 'other'] as const;
export type ParticipantRole = (typeof participantRoles)[number];

export const participant = sqliteTable(
	'participant',
	{
		id: text('id').primaryKey(),
		studyId: text('study_id')
			.notNull()
			.references(() => study.id, { onDelete: 'cascade' }),
		focusGroupId: text('focus_group_id')
			.notNull()
			.references(() => focusGroup.id, { onDelete: 'cascade' }),
		pseudonym: text('pseudonym').notNull(),
		role: text('role', { enum: participantRoles }).notNull(),
		yearsExperience: integer('years_experience'),
		createdAt: createdAt()
	},
	(t) => [uniqueIndex('participant_group_pseudonym_unique').on(t.focusGroupId, t.pseudonym)]
);

export const focusGroupVignette = sqliteTable(
	'focus_group_vignette',
	{
		focusGroupId: text('focus_group_id')
			.notNull()
			.references(() => focusGroup.id, { onDelete: 'cascade' }),
		vignetteId: text('vignette_id')
			.notNull()
			.references(() => vignette.id, { onDelete: 'restrict' }),
		position: integer('position').notNull()
	},
	(t) => [primaryKey({ columns: [t.focusGroupId, t.vignetteId] })]
);

// The study-wide key of real names → pseudonyms, applied at import. Leads only.
export const pseudonymEntry = sqliteTable(
	'pseudonym_entry',
	{
		id: text('id').primaryKey(),
		studyId: text('study_id')
			.notNull()
			.references(() => study.id, { onDelete: 'cascade' }),
		realName: text('real_name').notNull(),
		pseudonym: text('pseudonym').notNull(),
		createdAt: createdAt()
	},
	(t) => [uniqueIndex('pseudonym_study_real_unique').on(t.studyId, sql`lower(${t.realName})`)]
);

// ── Transcripts ─────────────────────────────────────────────────────────────

export const transcript = sqliteTable(
	'transcript',
	{
		id: text('id').primaryKey(),
		studyId: text('study_id')
			.notNull()
			.references(() => study.id, { onDelete: 'cascade' }),
		// Null for a text source that is not a focus group (e.g. report findings of the 2002 wave).
		focusGroupId: text('focus_group_id').references(() => focusGroup.id, { onDelete: 'restrict' }),
		waveId: text('wave_id').references(() => wave.id, { onDelete: 'restrict' }),
		kind: text('kind', { enum: ['focus_group', 'report'] }).notNull(),
		title: text('title').notNull(),
		currentVersion: integer('current_version').notNull().default(1),
		// Per-transcript unblinding after a coding round; the study's flag covers all transcripts.
		unblinded: integer('unblinded', { mode: 'boolean' }).notNull().default(false),
		createdAt: createdAt()
	},
	(t) => [index('transcript_study_idx').on(t.studyId)]
);

// Immutable once stored: codings anchor to its character offsets.
export const transcriptVersion = sqliteTable(
	'transcript_version',
	{
		id: text('id').primaryKey(),
		transcriptId: text('transcript_id')
			.notNull()
			.references(() => transcript.id, { onDelete: 'cascade' }),
		version: integer('version').notNull(),
		text: text('text').notNull(),
		sourceFilename: text('source_filename').notNull(),
		sourceFormat: text('source_format').notNull(),
		sourceEncoding: text('source_encoding').notNull(),
		note: text('note').notNull().default(''),
		createdBy: text('created_by').references(() => user.id, { onDelete: 'set null' }),
		createdAt: createdAt()
	},
	(t) => [uniqueIndex('transcript_version_unique').on(t.transcriptId, t.version)]
);

export const transcriptSection = sqliteTable(
	'transcript_section',
	{
		id: text('id').primaryKey(),
		versionId: text('version_id')
			.notNull()
			.references(() => transcriptVersion.id, { onDelete: 'cascade' }),
		label: text('label').notNull(),
		vignetteId: text('vignette_id').references(() => vignette.id, { onDelete: 'set null' }),
		firstTurn: integer('first_turn').notNull(),
		lastTurn: integer('last_turn').notNull(),
		start: integer('start').notNull(),
		end: integer('end').notNull()
	},
	(t) => [index('section_version_idx').on(t.versionId)]
);

export const turn = sqliteTable(
	'turn',
	{
		id: text('id').primaryKey(),
		versionId: text('version_id')
			.notNull()
			.references(() => transcriptVersion.id, { onDelete: 'cascade' }),
		index: integer('index').notNull(),
		speakerLabel: text('speaker_label').notNull(),
		participantId: text('participant_id').references(() => participant.id, { onDelete: 'set null' }),
		sectionId: text('section_id').references(() => transcriptSection.id, { onDelete: 'set null' }),
		start: integer('start').notNull(),
		end: integer('end').notNull(),
		timestamp: text('timestamp')
	},
	(t) => [uniqueIndex('turn_version_index_unique').on(t.versionId, t.index)]
);

// ── Codebook and coding ─────────────────────────────────────────────────────

export const code = sqliteTable(
	'code',
	{
		id: text('id').primaryKey(),
		studyId: text('study_id')
			.notNull()
			.references(() => study.id, { onDelete: 'cascade' }),
		// Null for a dimension (the top level of the codebook).
		parentId: text('parent_id'),
		key: text('key').notNull(),
		name: text('name').notNull(),
		definition: text('definition').notNull().default(''),
		inclusion: text('inclusion').notNull().default(''),
		exclusion: text('exclusion').notNull().default(''),
		example: text('example').notNull().default(''),
		color: text('color').notNull().default('#888888'),
		shortcut: text('shortcut'),
		pole: text('pole', { enum: ['2002', '2024'] }),
		keywords: text('keywords', { mode: 'json' }).$type<string[]>().notNull(),
		position: integer('position').notNull().default(0),
		version: integer('version').notNull().default(1),
		createdAt: createdAt()
	},
	(t) => [
		uniqueIndex('code_study_key_unique').on(t.studyId, t.key),
		index('code_parent_idx').on(t.parentId)
	]
);

export const coding = sqliteTable(
	'coding',
	{
		id: text('id').primaryKey(),
		studyId: text('study_id')
			.notNull()
			.references(() => study.id, { onDelete: 'cascade' }),
		versionId: text('version_id')
			.notNull()
			.references(() => transcriptVersion.id, { onDelete: 'cascade' }),
		codeId: text('code_id')
			.notNull()
			.references(() => code.id, { onDelete: 'restrict' }),
		// The coder the coding belongs to; the consensus coder is a system user.
		coderId: text('coder_id')
			.notNull()
			.references(() => user.id, { onDelete: 'restrict' }),
		start: integer('start').notNull(),
		end: integer('end').notNull(),
		memo: text('memo').notNull().default(''),
		// Set when a new transcript version could not place this coding; a person decides.
		unplaced: integer('unplaced', { mode: 'boolean' }).notNull().default(false),
		version: integer('version').notNull().default(1),
		createdBy: text('created_by').references(() => user.id, { onDelete: 'set null' }),
		createdAt: createdAt(),
		updatedAt: integer('updated_at', { mode: 'timestamp_ms' })
			.notNull()
			.default(sql`(unixepoch('subsec') * 1000)`)
	},
	(t) => [
		index('coding_version_idx').on(t.versionId, t.start),
		index('coding_code_idx').on(t.codeId),
		index('coding_study_coder_idx').on(t.studyId, t.coderId)
	]
);

export const memo = sqliteTable(
	'memo',
	{
		id: text('id').primaryKey(),
		studyId: text('study_id')
			.notNull()
			.references(() => study.id, { onDelete: 'cascade' }),
		// 'journal' memos have no target; the others point at a transcript or a code.
		targetKind: text('target_kind', { enum: ['journal', 'transcript', 'code'] }).notNull(),
		targetId: text('target_id'),
		authorId: text('author_id').references(() => user.id, { onDelete: 'set null' }),
		text: text('text').notNull(),
		version: integer('version').notNull().default(1),
		createdAt: createdAt(),
		updatedAt: integer('updated_at', { mode: 'timestamp_ms' })
			.notNull()
			.default(sql`(unixepoch('subsec') * 1000)`)
	},
	(t) => [index('memo_target_idx').on(t.studyId, t.targetKind, t.targetId)]
);

// A suggestion a coder dismissed stays dismissed for that coder.
export const dismissedSuggestion = sqliteTable(
	'dismissed_suggestion',
	{
		userId: text('user_id')
			.notNull()
			.references(() => user.id, { onDelete: 'cascade' }),
		versionId: text('version_id')
			.notNull()
			.references(() => transcriptVersion.id, { onDelete: 'cascade' }),
		codeId: text('code_id')
			.notNull()
			.references(() => code.id, { onDelete: 'cascade' }),
		start: integer('start').notNull(),
		end: integer('end').notNull()
	},
	(t) => [primaryKey({ columns: [t.userId, t.versionId, t.codeId, t.start, t.end] })]
);

// ── Assessments (consistency) ───────────────────────────────────────────────

export const nextStep = sqliteTable(
	'next_step',
	{
		id: text('id').primaryKey(),
		studyId: text('study_id')
			.notNull()
			.references(() => study.id, { onDelete: 'cascade' }),
		key: text('key').notNull(),
		label: text('label').notNull(),
		// The code whose consensus codings propose this step.
		codeKey: text('code_key'),
		position: integer('position').notNull().default(0)
	},
	(t) => [uniqueIndex('next_step_study_key_unique').on(t.studyId, t.key)]
);

export const groupAssessment = sqliteTable(
	'group_assessment',
	{
		id: text('id').primaryKey(),
		studyId: text('study_id')
			.notNull()
			.references(() => study.id, { onDelete: 'cascade' }),
		focusGroupId: text('focus_group_id')
			.notNull()
			.references(() => focusGroup.id, { onDelete: 'cascade' }),
		vignetteId: text('vignette_id')
			.notNull()
			.references(() => vignette.id, { onDelete: 'cascade' }),
		concern: integer('concern'),
		steps: text('steps', { mode: 'json' }).$type<string[]>().notNull(),
		agreement: text('agreement', { enum: ['yes', 'partly', 'no'] }),
		justification: text('justification').notNull().default(''),
		// Taken from a published report rather than from transcripts.
		reported: integer('reported', { mode: 'boolean' }).notNull().default(false),
		// 'proposed' until a person confirms a proposal made from consensus coding.
		status: text('status', { enum: ['confirmed', 'proposed'] }).notNull().default('confirmed'),
		// Coding ids of the passages that support the assessment.
		passages: text('passages', { mode: 'json' }).$type<string[]>().notNull(),
		version: integer('version').notNull().default(1),
		updatedBy: text('updated_by').references(() => user.id, { onDelete: 'set null' }),
		createdAt: createdAt()
	},
	(t) => [uniqueIndex('group_assessment_unique').on(t.focusGroupId, t.vignetteId)]
);

export const individualAssessment = sqliteTable(
	'individual_assessment',
	{
		id: text('id').primaryKey(),
		studyId: text('study_id')
			.notNull()
			.references(() => study.id, { onDelete: 'cascade' }),
		participantId: text('participant_id')
			.notNull()
			.references(() => participant.id, { onDelete: 'cascade' }),
		vignetteId: text('vignette_id')
			.notNull()
			.references(() => vignette.id, { onDelete: 'cascade' }),
		concern: integer('concern'),
		steps: text('steps', { mode: 'json' }).$type<string[]>().notNull(),
		createdAt: createdAt()
	},
	(t) => [uniqueIndex('individual_assessment_unique').on(t.participantId, t.vignetteId)]
);

export type User = typeof user.$inferSelect;
export type Session = typeof session.$inferSelect;
export type Study = typeof study.$inferSelect;

// ── Adjudication (reliability) ──────────────────────────────────────────────

// One decision on a disagreement unit (a passage where coders differ on a code); the consensus
// coding it produced is an ordinary coding of the consensus coder.
export const adjudication = sqliteTable(
	'adjudication',
	{
		id: text('id').primaryKey(),
		studyId: text('study_id')
			.notNull()
			.references(() => study.id, { onDelete: 'cascade' }),
		versionId: text('version_id')
			.notNull()
			.references(() => transcriptVersion.id, { onDelete: 'cascade' }),
		codeId: text('code_id')
			.notNull()
			.references(() => code.id, { onDelete: 'cascade' }),
		start: integer('start').notNull(),
		end: integer('end').notNull(),
		decision: text('decision', { enum: ['accept', 'merge', 'recode', 'reject'] }).notNull(),
		note: text('note').notNull().default(''),
		// The consensus codings this decision created, so that undoing removes exactly those.
		codingIds: text('coding_ids', { mode: 'json' }).$type<string[]>().notNull().default(sql`'[]'`),
		// For 'accept': which coder of the pair (0 or 1) was accepted.
		source: integer('source'),
		coders: text('coders', { mode: 'json' }).$type<string[]>().notNull().default(sql`'[]'`),
		// Made by "accept all agreements" rather than one by one.
		agreed: integer('agreed', { mode: 'boolean' }).notNull().default(false),
		decidedBy: text('decided_by').references(() => user.id, { onDelete: 'set null' }),
		decidedAt: createdAt()
	},
	(t) => [uniqueIndex('adjudication_unit_unique').on(t.versionId, t.codeId, t.start, t.end)]
);

// ── Teaching ────────────────────────────────────────────────────────────────

export const classSession = sqliteTable(
	'class_session',
	{
		id: text('id').primaryKey(),
		studyId: text('study_id')
			.notNull()
			.references(() => study.id, { onDelete: 'cascade' }),
		title: text('title').notNull(),
		// Short code students type to join (unique while the session exists).
		joinCode: text('join_code').notNull().unique(),
		vignetteIds: text('vignette_ids', { mode: 'json' }).$type<string[]>().notNull(),
		status: text('status', { enum: ['open', 'closed'] }).notNull().default('open'),
		revealed: integer('revealed', { mode: 'boolean' }).notNull().default(false),
		version: integer('version').notNull().default(1),
		createdBy: text('created_by').references(() => user.id, { onDelete: 'set null' }),
		createdAt: createdAt()
	},
	(t) => [index('class_session_study_idx').on(t.studyId)]
);

export const classAnswer = sqliteTable(
	'class_answer',
	{
		id: text('id').primaryKey(),
		sessionId: text('session_id')
			.notNull()
			.references(() => classSession.id, { onDelete: 'cascade' }),
		vignetteId: text('vignette_id')
			.notNull()
			.references(() => vignette.id, { onDelete: 'cascade' }),
		userId: text('user_id')
			.notNull()
			.references(() => user.id, { onDelete: 'cascade' }),
		concern: integer('concern').notNull(),
		steps: text('steps', { mode: 'json' }).$type<string[]>().notNull(),
		reasoning: text('reasoning').notNull().default(''),
		version: integer('version').notNull().default(1),
		createdAt: createdAt(),
		updatedAt: integer('updated_at', { mode: 'timestamp_ms' })
			.notNull()
			.default(sql`(unixepoch('subsec') * 1000)`)
	},
	(t) => [uniqueIndex('class_answer_unique').on(t.sessionId, t.vignetteId, t.userId)]
);

// A passage a lead published for teaching: a pseudonymised snapshot (speakers replaced by roles),
// so students never read a transcript. `reference` holds the consensus codings inside it.
export const teachingExcerpt = sqliteTable(
	'teaching_excerpt',
	{
		id: text('id').primaryKey(),
		studyId: text('study_id')
			.notNull()
			.references(() => study.id, { onDelete: 'cascade' }),
		sourceVersionId: text('source_version_id').references(() => transcriptVersion.id, { onDelete: 'set null' }),
		title: text('title').notNull(),
		vignetteId: text('vignette_id').references(() => vignette.id, { onDelete: 'set null' }),
		text: text('text').notNull(),
		// Turns as ranges into `text`, with the speaker's role only.
		turns: text('turns', { mode: 'json' }).$type<{ role: string; start: number; end: number }[]>().notNull(),
		reference: text('reference', { mode: 'json' }).$type<{ codeId: string; start: number; end: number }[]>().notNull(),
		createdBy: text('created_by').references(() => user.id, { onDelete: 'set null' }),
		createdAt: createdAt()
	},
	(t) => [index('teaching_excerpt_study_idx').on(t.studyId)]
);

export const exercise = sqliteTable(
	'exercise',
	{
		id: text('id').primaryKey(),
		studyId: text('study_id')
			.notNull()
			.references(() => study.id, { onDelete: 'cascade' }),
		title: text('title').notNull(),
		instructions: text('instructions').notNull().default(''),
		codeIds: text('code_ids', { mode: 'json' }).$type<string[]>().notNull(),
		excerptIds: text('excerpt_ids', { mode: 'json' }).$type<string[]>().notNull(),
		status: text('status', { enum: ['draft', 'open', 'closed'] }).notNull().default('open'),
		version: integer('version').notNull().default(1),
		createdBy: text('created_by').references(() => user.id, { onDelete: 'set null' }),
		createdAt: createdAt()
	},
	(t) => [index('exercise_study_idx').on(t.studyId)]
);

export const exerciseSubmission = sqliteTable(
	'exercise_submission',
	{
		id: text('id').primaryKey(),
		exerciseId: text('exercise_id')
			.notNull()
			.references(() => exercise.id, { onDelete: 'cascade' }),
		userId: text('user_id')
			.notNull()
			.references(() => user.id, { onDelete: 'cascade' }),
		submittedAt: integer('submitted_at', { mode: 'timestamp_ms' }),
		version: integer('version').notNull().default(1),
		createdAt: createdAt()
	},
	(t) => [uniqueIndex('exercise_submission_unique').on(t.exerciseId, t.userId)]
);

export const exerciseCoding = sqliteTable(
	'exercise_coding',
	{
		id: text('id').primaryKey(),
		submissionId: text('submission_id')
			.notNull()
			.references(() => exerciseSubmission.id, { onDelete: 'cascade' }),
		excerptId: text('excerpt_id')
			.notNull()
			.references(() => teachingExcerpt.id, { onDelete: 'cascade' }),
		codeId: text('code_id')
			.notNull()
			.references(() => code.id, { onDelete: 'cascade' }),
		start: integer('start').notNull(),
		end: integer('end').notNull(),
		createdAt: createdAt()
	},
	(t) => [index('exercise_coding_submission_idx').on(t.submissionId)]
);
