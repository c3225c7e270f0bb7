// The vignette library: list, import, the side-by-side view with word diff, edit and history.
export const vignettes = {
	// Form fields (FormMessage shows these names in field errors)
	'field.title': { da: 'Titel', en: 'Title' },
	'field.childAge': { da: 'Barnets alder (år)', en: "Child's age (years)" },
	'field.themes': { da: 'Temaer', en: 'Themes' },
	'field.fictional': { da: 'Fiktiv vignet', en: 'Fictional vignette' },
	'field.text2002': { da: '2002-versionen', en: 'The 2002 version' },
	'field.text2024': { da: '2024-versionen', en: 'The 2024 version' },
	'field.questions_vurdering': { da: 'Spørgsmål om vurdering', en: 'Questions on assessment' },
	'field.questions_sparring': { da: 'Spørgsmål om kollegial sparring', en: 'Questions on peer consultation' },
	'field.questions_viden': { da: 'Spørgsmål om vidensgrundlag', en: 'Questions on the knowledge base' },
	'field.questions_indsats': { da: 'Spørgsmål om valg af indsats', en: 'Questions on the choice of intervention' },
	'field.summary': { da: 'Resumé', en: 'Summary' },
	'field.source': { da: 'Kilde', en: 'Source' },
	'field.revision': { da: 'Revision', en: 'Revision' },
	'field.files': { da: 'Filer', en: 'Files' },
	'field.file': { da: 'Filen', en: 'The file' },

	// Library
	'vignettes.intro': {
		da: 'Studiets vignetter, hver i en 2002- og en 2024-version. Åbn en vignet for at se de to versioner side om side.',
		en: "The study's vignettes, each in a 2002 and a 2024 version. Open a vignette to see the two versions side by side."
	},
	'vignettes.empty': { da: 'Der er ingen vignetter i studiet endnu.', en: 'The study has no vignettes yet.' },
	'vignettes.empty_lead': {
		da: 'Importér Vignets seks vignetter, eller upload jeres egne vignetfiler herunder.',
		en: "Import Vignet's six vignettes, or upload your own vignette files below."
	},
	'vignettes.col_key': { da: 'Nøgle', en: 'Key' },
	'vignettes.col_title': { da: 'Titel', en: 'Title' },
	'vignettes.col_age': { da: 'Barnets alder', en: "Child's age" },
	'vignettes.col_themes': { da: 'Temaer', en: 'Themes' },
	'vignettes.col_revisions': { da: 'Revisioner', en: 'Revisions' },
	'vignettes.col_changed': { da: 'Senest ændret', en: 'Last changed' },
	'vignettes.age_years': { da: '{age} år', en: '{age} years' },
	'vignettes.age_infant': { da: 'under 1 år', en: 'under 1 year' },
	'vignettes.age_unknown': { da: 'ikke angivet', en: 'not stated' },
	'vignettes.by_user': { da: 'af {user}', en: 'by {user}' },
	'vignettes.unknown_user': { da: 'ukendt', en: 'unknown' },
	'vignettes.count': { da: '{count} vignetter', en: '{count} vignettes' },

	// Import
	'vignettes.import_heading': { da: 'Importér vignetter', en: 'Import vignettes' },
	'vignettes.bundled_heading': { da: 'Vignets egne vignetter', en: "Vignet's own vignettes" },
	'vignettes.bundled_text': {
		da: 'Vignet har seks fiktive gråzonesager, hver i en 2002- og en 2024-version. Findes en vignet allerede, får den kun en ny revision, hvis teksten er ændret.',
		en: 'Vignet has six fictional grey-zone cases, each in a 2002 and a 2024 version. A vignette that already exists only gets a new revision if its text has changed.'
	},
	'vignettes.bundled_button': { da: 'Importér Vignets seks vignetter', en: "Import Vignet's six vignettes" },
	'vignettes.upload_heading': { da: 'Upload vignetfiler', en: 'Upload vignette files' },
	'vignettes.upload_label': { da: 'Vignetfiler (.md)', en: 'Vignette files (.md)' },
	'vignettes.upload_hint': {
		da: 'Markdown-filer i Vignets vignetformat, gemt som UTF-8. Højst {maxKb} kB pr. fil og {maxFiles} filer ad gangen.',
		en: "Markdown files in Vignet's vignette format, saved as UTF-8. At most {maxKb} kB per file and {maxFiles} files at a time."
	},
	'vignettes.upload_button': { da: 'Upload og importér', en: 'Upload and import' },
	'vignettes.format_heading': { da: 'Sådan ser en vignetfil ud', en: 'What a vignette file looks like' },
	'vignettes.format_text': {
		da: 'Forsiden mellem de to linjer med --- skal have key, title og fictional. Derefter kommer afsnittene ## 2002 og ## 2024 og eventuelt ## Diskussionsspørgsmål med et ###-afsnit pr. dimension. Nøglen (key) afgør, hvilken vignet filen hører til: samme nøgle igen giver en ny revision.',
		en: 'The front matter between the two --- lines must have key, title and fictional. Then come the sections ## 2002 and ## 2024 and, optionally, ## Diskussionsspørgsmål with one ### section per dimension. The key decides which vignette the file belongs to: the same key again gives a new revision.'
	},
	'vignettes.results_heading': { da: 'Resultat af importen', en: 'Import result' },
	'vignettes.results_summary': {
		da: '{created} oprettet, {updated} opdateret, {unchanged} uændret, {refused} afvist.',
		en: '{created} created, {updated} updated, {unchanged} unchanged, {refused} refused.'
	},
	'vignettes.col_file': { da: 'Fil', en: 'File' },
	'vignettes.col_result': { da: 'Resultat', en: 'Result' },
	'vignettes.status_created': { da: 'Oprettet', en: 'Created' },
	'vignettes.status_updated': { da: 'Ny revision', en: 'New revision' },
	'vignettes.status_unchanged': { da: 'Uændret', en: 'Unchanged' },
	'vignettes.status_error': { da: 'Afvist', en: 'Refused' },
	'vignettes.result_created': { da: 'Ny vignet: {title}.', en: 'New vignette: {title}.' },
	'vignettes.result_updated': { da: '{title} har fået revision {revision}.', en: '{title} now has revision {revision}.' },
	'vignettes.result_unchanged': { da: '{title} er uændret; der er ikke gemt noget.', en: '{title} is unchanged; nothing was saved.' },
	'vignettes.result_nothing_stored': { da: 'Intet fra filen er gemt.', en: 'Nothing from the file was saved.' },

	// One vignette
	'vignettes.back': { da: 'Alle vignetter', en: 'All vignettes' },
	'vignettes.key': { da: 'Nøgle', en: 'Key' },
	'vignettes.child_age': { da: 'Barnets alder', en: "Child's age" },
	'vignettes.themes': { da: 'Temaer', en: 'Themes' },
	'vignettes.no_themes': { da: 'ingen', en: 'none' },
	'vignettes.fictional_default': {
		da: 'Fiktiv vignet. Enhver lighed med virkelige personer er tilfældig.',
		en: 'Fictional vignette. Any likeness to real persons is accidental.'
	},
	'vignettes.fictional_label': { da: 'Fiktiv', en: 'Fictional' },
	'vignettes.not_fictional': {
		da: 'Denne vignet er ikke markeret som fiktiv. Tjek, at den ikke indeholder oplysninger om virkelige personer.',
		en: 'This vignette is not marked as fictional. Check that it contains no information about real persons.'
	},
	'vignettes.versions_heading': { da: 'De to versioner side om side', en: 'The two versions side by side' },
	'vignettes.questions_heading': { da: 'Diskussionsspørgsmål', en: 'Discussion questions' },
	'vignettes.no_questions': { da: 'Ingen spørgsmål til denne dimension.', en: 'No questions for this dimension.' },
	'vignettes.dim_vurdering': { da: 'Vurdering', en: 'Assessment' },
	'vignettes.dim_sparring': { da: 'Kollegial sparring', en: 'Peer consultation' },
	'vignettes.dim_viden': { da: 'Vidensgrundlag', en: 'Knowledge base' },
	'vignettes.dim_indsats': { da: 'Valg af indsats', en: 'Choice of intervention' },
	'vignettes.history_heading': { da: 'Revisioner', en: 'Revisions' },
	'vignettes.col_revision': { da: 'Revision', en: 'Revision' },
	'vignettes.col_who': { da: 'Hvem', en: 'Who' },
	'vignettes.col_when': { da: 'Hvornår', en: 'When' },
	'vignettes.col_note': { da: 'Note', en: 'Note' },
	'vignettes.current': { da: 'nuværende', en: 'current' },
	'vignettes.shown': { da: 'vises', en: 'shown' },
	'vignettes.view_revision': { da: 'Vis revision {revision}', en: 'View revision {revision}' },
	'vignettes.revision_n': { da: 'Revision {revision}', en: 'Revision {revision}' },
	'vignettes.old_revision': {
		da: 'Du ser en ældre version: revision {revision} fra {date}. Den kan ikke redigeres. Den nuværende version er revision {current}.',
		en: 'You are viewing an older version: revision {revision} from {date}. It cannot be edited. The current version is revision {current}.'
	},
	'vignettes.to_current': { da: 'Gå til den nuværende version', en: 'Go to the current version' },
	'vignettes.export': { da: 'Hent som .md', en: 'Download .md' },
	'vignettes.edit': { da: 'Redigér vignetten', en: 'Edit the vignette' },
	'vignettes.saved': { da: 'Gemt som revision {revision}.', en: 'Saved as revision {revision}.' },
	'vignettes.no_change': { da: 'Intet er ændret, så der er ikke gemt en ny revision.', en: 'Nothing changed, so no new revision was saved.' },

	// Edit
	'vignettes.edit_heading': { da: 'Redigér: {title}', en: 'Edit: {title}' },
	'vignettes.edit_intro': {
		da: 'Du redigerer revision {revision}. Når du gemmer, bliver ændringerne en ny revision; de tidligere kan stadig ses i historikken.',
		en: 'You are editing revision {revision}. Saving makes your changes a new revision; the earlier ones stay visible in the history.'
	},
	'vignettes.themes_hint': { da: 'Adskil temaerne med komma.', en: 'Separate the themes with commas.' },
	'vignettes.age_hint': { da: 'Lad feltet stå tomt, hvis alderen ikke er angivet. 0 for et spædbarn.', en: 'Leave empty if the age is not stated. 0 for an infant.' },
	'vignettes.text_hint': { da: 'Afsnit adskilles af en tom linje.', en: 'Separate paragraphs with a blank line.' },
	'vignettes.questions_legend': { da: 'Diskussionsspørgsmål – ét spørgsmål pr. linje', en: 'Discussion questions – one question per line' },
	'vignettes.note_label': { da: 'Note til historikken', en: 'Note for the history' },
	'vignettes.note_hint': { da: 'Hvad har du ændret, og hvorfor?', en: 'What did you change, and why?' },
	'vignettes.summary_hint': { da: 'Én linje til oversigter og undervisning (valgfri).', en: 'One line for lists and teaching (optional).' },
	'vignettes.source_hint': { da: 'Hvor teksten kommer fra (valgfri).', en: 'Where the text comes from (optional).' },
	'vignettes.save': { da: 'Gem som ny revision', en: 'Save as new revision' },
	'vignettes.reload_latest': { da: 'Åbn den nyeste version', en: 'Open the latest version' },

	// Word diff (VignetteDiff)
	'diff.col_2002': { da: '2002-versionen', en: 'The 2002 version' },
	'diff.col_2024': { da: '2024-versionen', en: 'The 2024 version' },
	'diff.legend': { da: 'Markering', en: 'Marking' },
	'diff.legend_removed': { da: 'ord fjernet i 2024', en: 'words removed in 2024' },
	'diff.legend_added': { da: 'ord tilføjet i 2024', en: 'words added in 2024' },
	'diff.toggle': { da: 'Markér ændringer', en: 'Mark changes' },
	'diff.summary': {
		da: '{changed} ord ændret: {removed} fjernet fra 2002-versionen og {added} tilføjet i 2024-versionen. {kept} % af ordene i 2002-versionen står uændret.',
		en: '{changed} words changed: {removed} removed from the 2002 version and {added} added in the 2024 version. {kept} % of the words of the 2002 version are unchanged.'
	},
	'diff.identical': { da: 'De to versioner er ens.', en: 'The two versions are identical.' },
	'diff.sr_removed': { da: '[fjernet:', en: '[removed:' },
	'diff.sr_added': { da: '[tilføjet:', en: '[added:' },
	'diff.sr_end': { da: ']', en: ']' },

	// Errors: uploads
	'error.vignette_no_files': { da: 'Vælg mindst én fil.', en: 'Choose at least one file.' },
	'error.vignette_too_many_files': {
		da: 'Du kan højst uploade {max} filer ad gangen (du valgte {actual}). Intet er gemt.',
		en: 'You can upload at most {max} files at a time (you chose {actual}). Nothing was saved.'
	},
	'error.vignette_file_type': {
		da: 'Filen er ikke en .md-fil. Vignetter uploades som Markdown-filer med endelsen .md.',
		en: 'The file is not an .md file. Vignettes are uploaded as Markdown files ending in .md.'
	},
	'error.vignette_file_too_large': {
		da: 'Filen fylder {actual} kB; grænsen er {max} kB pr. fil.',
		en: 'The file is {actual} kB; the limit is {max} kB per file.'
	},
	'error.vignette_file_empty': { da: 'Filen er tom.', en: 'The file is empty.' },
	'error.vignette_file_binary': {
		da: 'Filen er ikke en tekstfil (den indeholder binære data). Gem vignetten som Markdown (.md) i UTF-8.',
		en: 'The file is not a text file (it contains binary data). Save the vignette as Markdown (.md) in UTF-8.'
	},
	'error.vignette_file_binary_kind': {
		da: 'Filen er en {kind}-fil, ikke en tekstfil. Gem vignetten som Markdown (.md) i UTF-8.',
		en: 'The file is a {kind} file, not a text file. Save the vignette as Markdown (.md) in UTF-8.'
	},
	'error.vignette_file_not_utf8': {
		da: 'Filen er ikke gemt som UTF-8 (det første ugyldige tegn står i linje {line}). Den er måske gemt som Windows-1252 – gem den igen som UTF-8, og upload den på ny.',
		en: 'The file is not saved as UTF-8 (the first invalid character is on line {line}). It may be saved as Windows-1252 – save it again as UTF-8 and upload it again.'
	},
	'error.vignette_duplicate_in_batch': {
		da: 'Nøglen »{key}« står også i {other} i samme upload. Hver vignet må kun være med én gang.',
		en: 'The key “{key}” is also in {other} in the same upload. Each vignette may appear only once.'
	},
	'error.vignette_too_many': { da: 'Feltet »{field}« må højst have {max} punkter.', en: 'The field “{field}” may have at most {max} items.' },

	// Errors: the file format (see vignettes/README.md)
	'error.vignette_missing_front_matter': {
		da: 'Filen skal begynde med en forside: en linje med ---, felterne key, title og fictional, og en linje med --- igen (linje {line}).',
		en: 'The file must begin with front matter: a line with ---, the fields key, title and fictional, and another line with --- (line {line}).'
	},
	'error.vignette_front_matter_unclosed': {
		da: 'Forsiden, der begynder i linje {line}, bliver aldrig afsluttet med en linje med ---.',
		en: 'The front matter that begins on line {line} is never closed with a line with ---.'
	},
	'error.vignette_invalid_yaml': {
		da: 'Forsiden kan ikke læses (YAML-fejl i linje {line}). {detail}',
		en: 'The front matter cannot be read (YAML error on line {line}). {detail}'
	},
	'error.vignette_yaml_not_mapping': {
		da: 'Forsiden (linje {line}) skal bestå af felter på formen »navn: værdi«.',
		en: 'The front matter (line {line}) must consist of fields of the form “name: value”.'
	},
	'error.vignette_missing_field': { da: 'Feltet »{field}« mangler i forsiden.', en: 'The field “{field}” is missing from the front matter.' },
	'error.vignette_invalid_field': {
		da: 'Feltet »{field}« i forsiden har en forkert type (forventet: {expected}).',
		en: 'The field “{field}” in the front matter has the wrong type (expected: {expected}).'
	},
	'error.vignette_invalid_key': {
		da: 'Nøglen »{key}« er ugyldig. Brug 2–64 tegn: små bogstaver a–z, tal og enkelte bindestreger, fx »kira« eller »ung-mor«.',
		en: 'The key “{key}” is not valid. Use 2–64 characters: lower-case letters a–z, digits and single hyphens, e.g. “kira” or “ung-mor”.'
	},
	'error.vignette_invalid_age': {
		da: 'childAge »{value}« er ugyldig. Angiv barnets alder som et helt antal år fra 0 til 25.',
		en: 'childAge “{value}” is not valid. Give the child’s age as a whole number of years from 0 to 25.'
	},
	'error.vignette_missing_version': {
		da: 'Afsnittet »## {version}« mangler. En vignet skal have både en 2002- og en 2024-version.',
		en: 'The section “## {version}” is missing. A vignette must have both a 2002 and a 2024 version.'
	},
	'error.vignette_duplicate_section': {
		da: 'Afsnittet »{section}« står to gange (anden gang i linje {line}).',
		en: 'The section “{section}” appears twice (the second time on line {line}).'
	},
	'error.vignette_unknown_section': {
		da: 'Ukendt overskrift »{heading}« i linje {line}. Tilladt er ## 2002, ## 2024 og ## Diskussionsspørgsmål med ### Vurdering, ### Kollegial sparring, ### Vidensgrundlag og ### Valg af indsats.',
		en: 'Unknown heading “{heading}” on line {line}. Allowed are ## 2002, ## 2024 and ## Diskussionsspørgsmål with ### Vurdering, ### Kollegial sparring, ### Vidensgrundlag and ### Valg af indsats.'
	},
	'error.vignette_empty_version': {
		da: 'Afsnittet »## {version}« i linje {line} har ingen tekst.',
		en: 'The section “## {version}” on line {line} has no text.'
	},
	'error.vignette_too_long': {
		da: '»{field}« er for lang: {actual} tegn, hvor grænsen er {max}.',
		en: '“{field}” is too long: {actual} characters, where the limit is {max}.'
	}
} as const;
