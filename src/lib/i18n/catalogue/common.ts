// Navigation, shared words and section names.
export const common = {
	'nav.skip': { da: 'Spring til indhold', en: 'Skip to content' },
	'nav.main': { da: 'Hovedmenu', en: 'Main menu' },
	'nav.studies': { da: 'Studier', en: 'Studies' },
	'nav.admin': { da: 'Administration', en: 'Administration' },
	'nav.logout': { da: 'Log ud', en: 'Log out' },
	'nav.login': { da: 'Log ind', en: 'Log in' },
	'nav.study_sections': { da: 'Studiets afsnit', en: 'Study sections' },

	'common.save': { da: 'Gem', en: 'Save' },
	'common.saved': { da: 'Gemt.', en: 'Saved.' },
	'common.cancel': { da: 'Annullér', en: 'Cancel' },
	'common.delete': { da: 'Slet', en: 'Delete' },
	'common.edit': { da: 'Redigér', en: 'Edit' },
	'common.back': { da: 'Tilbage', en: 'Back' },
	'common.yes': { da: 'Ja', en: 'Yes' },
	'common.no': { da: 'Nej', en: 'No' },
	'common.none': { da: 'Ingen', en: 'None' },
	'common.all': { da: 'Alle', en: 'All' },
	'common.filter': { da: 'Filtrér', en: 'Filter' },
	'common.download_csv': { da: 'Hent som CSV', en: 'Download CSV' },

	'home.title': { da: 'Forside', en: 'Home' },
	'home.your_studies': { da: 'Dine studier', en: 'Your studies' },
	'home.no_studies': { da: 'Du er endnu ikke med i noget studie. Opret et nyt, eller bed en projektleder om en invitation.', en: 'You are not in any study yet. Create one, or ask a project lead for an invitation.' },
	'home.new_study': { da: 'Nyt studie', en: 'New study' },
	'home.create_study': { da: 'Opret studie', en: 'Create study' },
	'home.welcome_title': { da: 'Vignet – arbejdsbord til vignetstudier', en: 'Vignet – a workbench for vignette studies' },
	'home.welcome_text': {
		da: 'Gem vignetter og fokusgruppeudskrifter, kod passager uafhængigt af hinanden, beregn interkoder-reliabilitet, og sammenlign hvor ensartet kommuner vurderer den samme vignet på tværs af undersøgelsesrunder.',
		en: 'Store vignettes and focus-group transcripts, code passages independently, compute inter-coder reliability, and compare how uniformly municipalities assess the same vignette across study waves.'
	},
	'home.privacy': {
		da: 'Forskningsdata bliver på denne server: ingen analyseværktøjer, ingen eksterne kald, pseudonymer som standard.',
		en: 'Research data stays on this server: no analytics, no external calls, pseudonyms by default.'
	},

	'role.lead': { da: 'Projektleder', en: 'Lead' },
	'role.coder': { da: 'Koder', en: 'Coder' },
	'role.student': { da: 'Studerende', en: 'Student' },

	'section.overview': { da: 'Oversigt', en: 'Overview' },
	'section.vignettes': { da: 'Vignetter', en: 'Vignettes' },
	'section.transcripts': { da: 'Udskrifter', en: 'Transcripts' },
	'section.codebook': { da: 'Kodebog', en: 'Codebook' },
	'section.coding': { da: 'Kodning', en: 'Coding' },
	'section.reliability': { da: 'Reliabilitet', en: 'Reliability' },
	'section.consistency': { da: 'Konsistens', en: 'Consistency' },
	'section.teaching': { da: 'Undervisning', en: 'Teaching' },
	'section.members': { da: 'Deltagere', en: 'Members' },
	'section.audit': { da: 'Ændringslog', en: 'Audit log' },

	'placeholder.vignettes': {
		da: 'Her kommer studiets vignetbibliotek: vignetterne i 2002- og 2024-version side om side med ordforskelle, versionshistorik og import af vignetfiler.',
		en: "The study's vignette library will be here: each vignette's 2002 and 2024 versions side by side with a word-level diff, version history and import of vignette files."
	},
	'placeholder.transcripts': {
		da: 'Her kommer undersøgelsesrunder, kommuner, fokusgrupper, deltagere og import af udskrifter (.txt, .md, .docx, .vtt, .srt) med talerkobling og pseudonymisering.',
		en: 'Study waves, municipalities, focus groups, participants and transcript import (.txt, .md, .docx, .vtt, .srt) with speaker mapping and pseudonymisation will be here.'
	},
	'placeholder.codebook': {
		da: 'Her kommer kodebogen: de fire dimensioner med koder, definitioner, inklusions- og eksklusionskriterier, ankereksempler og genveje.',
		en: 'The codebook will be here: the four dimensions with their codes, definitions, inclusion and exclusion criteria, anchor examples and shortcuts.'
	},
	'placeholder.coding': {
		da: 'Her kommer kodningsarbejdsbordet: markér passager i udskrifterne og tildel koder, hver koder for sig (blindt).',
		en: 'The coding workspace will be here: select passages in transcripts and apply codes, each coder independently (blind).'
	},
	'placeholder.reliability': {
		da: 'Her kommer interkoder-reliabilitet (Krippendorffs α, Cohens κ m.fl.) per kode og dimension, uenigheder og konsensuskodning.',
		en: "Inter-coder reliability (Krippendorff's α, Cohen's κ and more) per code and dimension, disagreements and consensus coding will be here."
	},
	'placeholder.consistency': {
		da: 'Her kommer konsistens på tværs af kommuner: gruppernes vurderinger per vignet, spredningsmål og sammenligning af 2002 og 2024.',
		en: "Cross-municipality consistency will be here: the groups' assessments per vignette, dispersion measures and the 2002–2024 comparison."
	},
	'placeholder.teaching': {
		da: 'Her kommer undervisning: klassevurderinger af vignetterne holdt op mod 2002 og 2024, og øvelser i kodning med feedback.',
		en: "Teaching will be here: class assessments of the vignettes set against 2002 and 2024, and coding practice with feedback."
	},

	'error_page.title': { da: 'Der opstod en fejl', en: 'Something went wrong' },
	'error_page.404': { da: 'Siden findes ikke, eller du har ikke adgang til den.', en: 'This page does not exist, or you do not have access to it.' },
	'error_page.403': { da: 'Din rolle i studiet giver ikke adgang til denne side.', en: 'Your role in this study does not give access to this page.' },
	'error_page.413': { da: 'Det sendte er for stort (over 25 MB). Intet er gemt. Udskrifter må højst fylde 20 MB.', en: 'What was sent is too large (over 25 MB). Nothing was saved. Transcripts may be at most 20 MB.' },
	'error_page.500': { da: 'Serveren kunne ikke gennemføre forespørgslen. Intet er ændret; prøv igen.', en: 'The server could not complete the request. Nothing was changed; please try again.' },
	'error_page.home': { da: 'Til forsiden', en: 'Go to the home page' }
} as const;
