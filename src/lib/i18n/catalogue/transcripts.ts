// Transcripts: overview, import with preview and speaker mapping, the transcript page.
export const transcripts = {
	'transcripts.title': { da: 'Udskrifter', en: 'Transcripts' },
	'transcripts.import': { da: 'Importér udskrift', en: 'Import transcript' },
	'transcripts.import_for': { da: 'Importér udskrift til {code}', en: 'Import transcript for {code}' },
	'transcripts.add_report': { da: 'Tilføj rapportkilde', en: 'Add report source' },
	'transcripts.no_waves': {
		da: 'Der er endnu ingen undersøgelsesrunder. Opret først en runde, kommunerne og fokusgrupperne – derefter kan du importere udskrifter til grupperne.',
		en: 'There are no study waves yet. First create a wave, the municipalities and the focus groups – then you can import transcripts for the groups.'
	},
	'transcripts.no_groups_in_wave': {
		da: 'Ingen fokusgrupper i denne runde endnu. Opret dem under Fokusgrupper.',
		en: 'No focus groups in this wave yet. Create them under Focus groups.'
	},
	'transcripts.no_reports_in_wave': {
		da: 'Runden bygger på rapporterede fund. Tilføj rapportens tekst som en rapportkilde.',
		en: 'This wave is based on reported findings. Add the report text as a report source.'
	},
	'transcripts.reported_badge': { da: 'Rapporterede fund', en: 'Reported findings' },
	'transcripts.go_waves': { da: 'Runder', en: 'Waves' },
	'transcripts.go_municipalities': { da: 'Kommuner', en: 'Municipalities' },
	'transcripts.go_groups': { da: 'Fokusgrupper', en: 'Focus groups' },
	'transcripts.col_municipality': { da: 'Kommune', en: 'Municipality' },
	'transcripts.col_date': { da: 'Dato', en: 'Date' },
	'transcripts.col_transcript': { da: 'Udskrift', en: 'Transcript' },
	'transcripts.col_version': { da: 'Version', en: 'Version' },
	'transcripts.col_turns': { da: 'Ture', en: 'Turns' },
	'transcripts.col_words': { da: 'Ord', en: 'Words' },
	'transcripts.col_imported': { da: 'Importeret', en: 'Imported' },
	'transcripts.no_transcript_yet': { da: 'Ingen udskrift endnu', en: 'No transcript yet' },
	'transcripts.imported_by': { da: '{when} af {user}', en: '{when} by {user}' },
	'transcripts.report_sources': { da: 'Rapportkilder', en: 'Report sources' },
	'transcripts.wave_heading': { da: '{label} ({year})', en: '{label} ({year})' },
	'transcripts.date_unknown': { da: 'uden dato', en: 'no date' },

	// Import: choose target and file
	'transcripts.import_intro': {
		da: 'Vælg hvad udskriften hører til, og vælg filen (.txt, .md, .docx, .vtt eller .srt, højst 20 MB). Hver tur skal være et afsnit, der begynder med taleren: »Navn: ytring«. Vignetafsnit markeres med overskrifter som »## Vignet: Kira«.',
		en: 'Choose what the transcript belongs to and choose the file (.txt, .md, .docx, .vtt or .srt, at most 20 MB). Each turn should be a paragraph that starts with the speaker: “Name: utterance”. Vignette sections are marked by headings such as “## Vignet: Kira”.'
	},
	'transcripts.draft_note': {
		da: 'Filen læses på serveren og vises først som et udkast: intet gemmes, før du har gennemset talere og afsnit og trykket Gem. Udkastet ligger i serverens hukommelse i en time; genstartes serveren, skal filen importeres igen.',
		en: 'The file is read on the server and first shown as a draft: nothing is stored until you have checked speakers and sections and pressed Save. The draft stays in server memory for an hour; if the server restarts, import the file again.'
	},
	'transcripts.field_target': { da: 'Kilde', en: 'Source' },
	'transcripts.choose_target': { da: 'Vælg fokusgruppe eller rapportkilde …', en: 'Choose a focus group or report source …' },
	'transcripts.target_group': { da: 'Fokusgruppe {code} · {date}', en: 'Focus group {code} · {date}' },
	'transcripts.target_report': { da: 'Rapportkilde (ingen fokusgruppe)', en: 'Report source (no focus group)' },
	'transcripts.field_title': { da: 'Titel', en: 'Title' },
	'transcripts.title_hint': {
		da: 'Skal udfyldes for rapportkilder. For en fokusgruppe kan den stå tom: så bliver titlen »Fokusgruppe« med kommunekode og runde.',
		en: 'Required for report sources. For a focus group it may be left empty: the title is then “Focus group” with the municipality code and wave.'
	},
	'transcripts.default_title': { da: 'Fokusgruppe {code}, {wave}', en: 'Focus group {code}, {wave}' },
	'transcripts.field_file': { da: 'Fil', en: 'File' },
	'transcripts.read_file': { da: 'Læs fil og vis udkast', en: 'Read file and show draft' },
	'transcripts.nothing_to_import_to': {
		da: 'Der er ingen fokusgrupper eller runder med rapporterede fund at importere til endnu. Opret dem først.',
		en: 'There are no focus groups or waves with reported findings to import into yet. Create them first.'
	},

	// Preview
	'transcripts.preview_title': { da: 'Gennemse import: {filename}', en: 'Review import: {filename}' },
	'transcripts.preview_intro': {
		da: 'Kontrollér talere og afsnit, og kobl dem til deltagere og vignetter. Intet er gemt endnu.',
		en: 'Check speakers and sections, and map them to participants and vignettes. Nothing is stored yet.'
	},
	'transcripts.draft_missing_title': { da: 'Udkastet findes ikke', en: 'The draft does not exist' },
	'transcripts.draft_missing': {
		da: 'Udkastet findes ikke (længere). Udkast gemmes kun i en time i serverens hukommelse og forsvinder, hvis serveren genstartes. Importér filen igen.',
		en: 'The draft does not exist (any more). Drafts are kept in server memory for an hour only and are lost if the server restarts. Import the file again.'
	},
	'transcripts.import_again': { da: 'Importér en fil', en: 'Import a file' },
	'transcripts.summary': { da: 'Oversigt', en: 'Summary' },
	'transcripts.target': { da: 'Hører til', en: 'Belongs to' },
	'transcripts.target_group_long': { da: 'Fokusgruppe {code} · {wave} · {date}', en: 'Focus group {code} · {wave} · {date}' },
	'transcripts.target_report_long': { da: 'Rapportkilde i {wave}', en: 'Report source in {wave}' },
	'transcripts.target_version_long': { da: 'Ny version {version} af »{title}«', en: 'New version {version} of “{title}”' },
	'transcripts.format': { da: 'Format', en: 'Format' },
	'transcripts.encoding': { da: 'Tegnsæt', en: 'Encoding' },
	'transcripts.encoding_converted': {
		da: 'Filen var ikke UTF-8 og er læst som Windows-1252 og konverteret til UTF-8. Kontrollér æ, ø og å i prøven nedenfor.',
		en: 'The file was not UTF-8; it was read as Windows-1252 and converted to UTF-8. Check æ, ø and å in the sample below.'
	},
	'transcripts.encoding_bom': { da: 'Filen begyndte med et byte order mark (BOM); det er fjernet.', en: 'The file began with a byte order mark (BOM); it was removed.' },
	'transcripts.encoding_docx': { da: 'Word-dokument (Unicode)', en: 'Word document (Unicode)' },
	'transcripts.turn_count': { da: 'Ture', en: 'Turns' },
	'transcripts.word_count': { da: 'Ord', en: 'Words' },
	'transcripts.section_count': { da: 'Vignetafsnit', en: 'Vignette sections' },
	'transcripts.pseudonym_replacements': { da: 'Pseudonymisering', en: 'Pseudonymisation' },
	'transcripts.replacements': {
		da: '{count} navne erstattet med pseudonymer fra studiets navnenøgle',
		en: '{count} names replaced by pseudonyms from the study’s name key'
	},
	'transcripts.no_pseudonym_table': {
		da: 'Studiets navnenøgle er tom – ingen navne erstattet',
		en: 'The study’s name key is empty – no names replaced'
	},
	'transcripts.warnings': { da: 'Bemærkninger fra indlæsningen', en: 'Notes from reading the file' },
	'transcripts.speakers': { da: 'Talere', en: 'Speakers' },
	'transcripts.speakers_intro': {
		da: 'Kobl hver taler til en deltager i fokusgruppen, eller opret en ny deltager med pseudonym og rolle.',
		en: 'Map each speaker to a participant of the focus group, or create a new participant with a pseudonym and role.'
	},
	'transcripts.speakers_intro_report': {
		da: 'Rapportkilder har ingen deltagere: giv hver taler en betegnelse (fx »Sagsbehandler 4«).',
		en: 'Report sources have no participants: give each speaker a label (e.g. “Sagsbehandler 4”).'
	},
	'transcripts.col_speaker': { da: 'Taler i filen', en: 'Speaker in file' },
	'transcripts.col_mapping': { da: 'Kobling', en: 'Mapping' },
	'transcripts.col_new_pseudonym': { da: 'Pseudonym (ny deltager)', en: 'Pseudonym (new participant)' },
	'transcripts.col_role': { da: 'Rolle (ny deltager)', en: 'Role (new participant)' },
	'transcripts.col_label': { da: 'Betegnelse', en: 'Label' },
	'transcripts.mapping_for': { da: 'Kobling for {speaker}', en: 'Mapping for {speaker}' },
	'transcripts.pseudonym_for': { da: 'Pseudonym for {speaker}', en: 'Pseudonym for {speaker}' },
	'transcripts.role_for': { da: 'Rolle for {speaker}', en: 'Role for {speaker}' },
	'transcripts.label_for': { da: 'Betegnelse for {speaker}', en: 'Label for {speaker}' },
	'transcripts.map_new': { da: 'Opret ny deltager', en: 'Create new participant' },
	'transcripts.map_none': { da: 'Ingen deltager (behold navnet)', en: 'No participant (keep the name)' },
	'transcripts.existing_participants': { da: 'Deltagere i gruppen', en: 'Participants of the group' },
	'transcripts.sections': { da: 'Vignetafsnit', en: 'Vignette sections' },
	'transcripts.sections_intro': {
		da: 'Afsnit fundet ud fra overskrifter i filen. Vælg hvilken vignet hvert afsnit drøfter. Afsnit kan også sættes bagefter på udskriftens side.',
		en: 'Sections found from headings in the file. Choose which vignette each section discusses. Sections can also be set afterwards on the transcript page.'
	},
	'transcripts.no_sections': {
		da: 'Filen har ingen vignetoverskrifter (fx »## Vignet: Kira«). Du kan sætte afsnit bagefter på udskriftens side.',
		en: 'The file has no vignette headings (e.g. “## Vignet: Kira”). You can set sections afterwards on the transcript page.'
	},
	'transcripts.col_section': { da: 'Afsnit i filen', en: 'Section in file' },
	'transcripts.col_turn_range': { da: 'Ture', en: 'Turns' },
	'transcripts.col_vignette': { da: 'Vignet', en: 'Vignette' },
	'transcripts.vignette_for': { da: 'Vignet for afsnittet {label}', en: 'Vignette for section {label}' },
	'transcripts.no_vignette': { da: '(ingen vignet)', en: '(no vignette)' },
	'transcripts.sample': { da: 'De første ture', en: 'The first turns' },
	'transcripts.save': { da: 'Gem', en: 'Save' },
	'transcripts.save_version': { da: 'Gem som ny version', en: 'Save as new version' },
	'transcripts.discard': { da: 'Kassér udkast', en: 'Discard draft' },
	'transcripts.version_note': { da: 'Hvad er rettet? (valgfrit)', en: 'What was corrected? (optional)' },
	'transcripts.field_speaker': { da: 'Taler', en: 'Speaker' },
	'transcripts.field_vignette': { da: 'Vignet', en: 'Vignette' },

	// Transcript page
	'transcripts.version_of': { da: 'Version {version} af {count}', en: 'Version {version} of {count}' },
	'transcripts.source_file': { da: 'Kildefil', en: 'Source file' },
	'transcripts.wave': { da: 'Runde', en: 'Wave' },
	'transcripts.municipality': { da: 'Kommune', en: 'Municipality' },
	'transcripts.date': { da: 'Dato', en: 'Date' },
	'transcripts.kind_report': { da: 'Rapportkilde', en: 'Report source' },
	'transcripts.older_version_note': {
		da: 'Du læser en ældre version. Den nyeste er version {version}.',
		en: 'You are reading an older version. The newest is version {version}.'
	},
	'transcripts.show_current': { da: 'Vis nyeste version', en: 'Show newest version' },
	'transcripts.versions': { da: 'Versioner', en: 'Versions' },
	'transcripts.version_n': { da: 'Version {version}', en: 'Version {version}' },
	'transcripts.version_line': { da: '{file} · {when} af {user}', en: '{file} · {when} by {user}' },
	'transcripts.filter_speaker': { da: 'Taler', en: 'Speaker' },
	'transcripts.filter_vignette': { da: 'Vignet', en: 'Vignette' },
	'transcripts.all_speakers': { da: 'Alle talere', en: 'All speakers' },
	'transcripts.all_vignettes': { da: 'Alle vignetter', en: 'All vignettes' },
	'transcripts.clear_filter': { da: 'Ryd filtre', en: 'Clear filters' },
	'transcripts.showing': { da: 'Viser {shown} af {total} ture', en: 'Showing {shown} of {total} turns' },
	'transcripts.no_matching_turns': { da: 'Ingen ture passer til filtrene.', en: 'No turns match the filters.' },
	'transcripts.turns_heading': { da: 'Ture', en: 'Turns' },
	'transcripts.turn_number': { da: 'Tur {n}', en: 'Turn {n}' },
	'transcripts.before_sections': { da: 'Før første vignetafsnit', en: 'Before the first vignette section' },
	'transcripts.section_untitled': { da: 'Afsnit uden vignet', en: 'Section without vignette' },
	'transcripts.section_turns': { da: 'ture {first}–{last}', en: 'turns {first}–{last}' },
	'transcripts.manage_sections': { da: 'Vignetafsnit', en: 'Vignette sections' },
	'transcripts.manage_sections_intro': {
		da: 'Afsnit er oplysninger om udskriften: de kan ændres, uden at teksten ændres.',
		en: 'Sections are information about the transcript: they can change without the text changing.'
	},
	'transcripts.set_vignette': { da: 'Gem vignet', en: 'Save vignette' },
	'transcripts.remove_section': { da: 'Fjern afsnit', en: 'Remove section' },
	'transcripts.remove_section_named': { da: 'Fjern afsnittet {label}', en: 'Remove section {label}' },
	'transcripts.new_section': { da: 'Nyt afsnit fra tur', en: 'New section from turn' },
	'transcripts.new_section_turn': { da: 'Fra tur nr.', en: 'From turn no.' },
	'transcripts.new_section_button': { da: 'Opret afsnit', en: 'Create section' },
	'transcripts.section_saved': { da: 'Afsnittene er gemt.', en: 'The sections were saved.' },
	'transcripts.new_version': { da: 'Ny version', en: 'New version' },
	'transcripts.new_version_intro': {
		da: 'Teksten i en gemt version ændres aldrig, fordi kodninger peger ind i den. Upload en rettet fil for at gemme den som version {next}; de ældre versioner kan stadig læses.',
		en: 'The text of a stored version never changes, because codings point into it. Upload a corrected file to store it as version {next}; older versions stay readable.'
	},
	'transcripts.read_corrected': { da: 'Læs rettet fil', en: 'Read corrected file' },
	'transcripts.imported': { da: 'Udskriften er gemt.', en: 'The transcript was saved.' },
	'transcripts.speaker_no_participant': { da: 'ikke koblet til en deltager', en: 'not mapped to a participant' },

	'transcripts.prole.raadgiver': { da: 'Rådgiver', en: 'Caseworker' },
	'transcripts.prole.faglig_leder': { da: 'Faglig leder', en: 'Team lead' },
	'transcripts.prole.interviewer': { da: 'Interviewer', en: 'Interviewer' },
	'transcripts.prole.other': { da: 'Anden', en: 'Other' },

	'transcripts.fmt.text': { da: 'Tekst (.txt)', en: 'Text (.txt)' },
	'transcripts.fmt.markdown': { da: 'Markdown (.md)', en: 'Markdown (.md)' },
	'transcripts.fmt.docx': { da: 'Word (.docx)', en: 'Word (.docx)' },
	'transcripts.fmt.vtt': { da: 'WebVTT (.vtt)', en: 'WebVTT (.vtt)' },
	'transcripts.fmt.srt': { da: 'SRT-undertekster (.srt)', en: 'SRT subtitles (.srt)' },

	'transcripts.warning.ignored_text': { da: 'Linje {line}: tekst uden for en tur er sprunget over: »{text}«', en: 'Line {line}: text outside any turn was skipped: “{text}”' },
	'transcripts.warning.front_matter_ignored': { da: 'Metadata i toppen af filen ({lines} linjer) er sprunget over.', en: 'Front matter ({lines} lines) was skipped.' },
	'transcripts.warning.empty_turn': { da: 'Linje {line}: turen fra {speaker} er tom og er sprunget over.', en: 'Line {line}: the turn by {speaker} is empty and was skipped.' },
	'transcripts.warning.empty_section': { da: 'Linje {line}: overskriften »{label}« har ingen ture og er ikke blevet et afsnit.', en: 'Line {line}: the heading “{label}” has no turns and did not become a section.' },
	'transcripts.warning.unknown_speaker': { da: '{count} tekstblok(ke) havde ingen taler og er tilskrevet »{speaker}« (første i linje {line}).', en: '{count} cue(s) had no speaker and were attributed to “{speaker}” (first at line {line}).' },
	'transcripts.warning.ignored_block': { da: 'Linje {line}: blok uden tidskode er sprunget over.', en: 'Line {line}: block without cue timing was skipped.' },
	'transcripts.warning.decoded_windows_1252': { da: 'Filen er ikke UTF-8; den er læst som Windows-1252.', en: 'The file is not UTF-8; it was read as Windows-1252.' },
	'transcripts.warning.utf16_without_bom': { da: 'Filen har intet byte order mark; den er læst som {encoding}.', en: 'The file has no byte order mark; it was read as {encoding}.' },
	'transcripts.warning.mojibake_suspected': { da: 'Teksten indeholder {count} tegnfølge(r) som »{sample}«, der ligner forkert afkodet æ/ø/å. Kontrollér kildefilen.', en: 'The text contains {count} sequence(s) like “{sample}” that look like wrongly decoded æ/ø/å. Check the source file.' },
	'transcripts.warning.mojibake_repaired': { da: 'Teksten var én gang afkodet forkert ({count} tegnfølger som »{sample}«); det er rettet.', en: 'The text had been wrongly decoded once ({count} sequences like “{sample}”); it was repaired.' },
	'transcripts.warning.control_characters_removed': { da: '{count} kontroltegn er fjernet.', en: '{count} control character(s) were removed.' },
	'transcripts.warning.docx_message': { da: 'Word-konvertering: {detail}', en: 'Word conversion: {detail}' },

	'field.firstTurn': { da: 'Fra tur nr.', en: 'From turn no.' },
	'field.speaker': { da: 'Taler', en: 'Speaker' },

	'error.transcript_no_file': { da: 'Vælg en fil.', en: 'Choose a file.' },
	'error.transcript_empty_file': { da: 'Filen er tom. Intet er gemt.', en: 'The file is empty. Nothing was stored.' },
	'error.transcript_too_large': {
		da: 'Filen er {size} MB; grænsen er {limit} MB. Del udskriften op, eller gem den uden billeder. Intet er gemt.',
		en: 'The file is {size} MB; the limit is {limit} MB. Split the transcript or save it without images. Nothing was stored.'
	},
	'error.transcript_unsupported_type': {
		da: 'Filtypen »{extension}« kan ikke læses. Brug .txt, .md, .docx, .vtt eller .srt.',
		en: 'The file type “{extension}” cannot be read. Use .txt, .md, .docx, .vtt or .srt.'
	},
	'error.transcript_unsupported_type_detected': {
		da: 'Filtypen »{extension}« kan ikke læses (indholdet ligner en {detected}-fil). Brug .txt, .md, .docx, .vtt eller .srt.',
		en: 'The file type “{extension}” cannot be read (the content looks like a {detected} file). Use .txt, .md, .docx, .vtt or .srt.'
	},
	'error.transcript_not_docx': {
		da: 'Filen er ikke et Word-dokument (.docx). Intet er gemt.',
		en: 'The file is not a Word document (.docx). Nothing was stored.'
	},
	'error.transcript_not_docx_detected': {
		da: 'Filen hedder .docx, men er ikke et Word-dokument: indholdet ligner en {detected}-fil. Gem udskriften som .docx i Word, og prøv igen. Intet er gemt.',
		en: 'The file is named .docx but is not a Word document: the content looks like a {detected} file. Save the transcript as .docx in Word and try again. Nothing was stored.'
	},
	'error.transcript_not_docx_no_document': {
		da: 'Filen er et zip-arkiv, men ikke et Word-dokument (den mangler word/document.xml). Intet er gemt.',
		en: 'The file is a zip archive but not a Word document (it has no word/document.xml). Nothing was stored.'
	},
	'error.transcript_not_docx_corrupt': {
		da: 'Word-dokumentet er beskadiget og kan ikke åbnes. Gem det igen i Word, og prøv igen. Intet er gemt.',
		en: 'The Word document is damaged and cannot be opened. Save it again in Word and try again. Nothing was stored.'
	},
	'error.transcript_binary_file': {
		da: 'Filen ligner ikke tekst (den indeholder binære data). Gem udskriften som tekst eller .docx. Intet er gemt.',
		en: 'The file does not look like text (it contains binary data). Save the transcript as text or .docx. Nothing was stored.'
	},
	'error.transcript_bad_encoding': {
		da: 'Filens tegnsæt ({encoding}) kan ikke læses sikkert. Gem filen som UTF-8, og prøv igen. Intet er gemt.',
		en: 'The file’s encoding ({encoding}) cannot be read safely. Save the file as UTF-8 and try again. Nothing was stored.'
	},
	'error.transcript_no_turns': {
		da: 'Der er ingen genkendelige ture i filen. Hver tur skal være et afsnit, der begynder med taleren, fx »Interviewer: Hvad tænker I?«. Intet er gemt.',
		en: 'The file has no recognisable turns. Each turn should be a paragraph starting with the speaker, e.g. “Interviewer: Hvad tænker I?”. Nothing was stored.'
	},
	'error.transcript_malformed_vtt': {
		da: 'WebVTT-filen har en fejl i linje {line} ({detail}). Intet er gemt.',
		en: 'The WebVTT file has an error at line {line} ({detail}). Nothing was stored.'
	},
	'error.transcript_malformed_srt': {
		da: 'SRT-filen har en fejl i linje {line} ({detail}). Intet er gemt.',
		en: 'The SRT file has an error at line {line} ({detail}). Nothing was stored.'
	},
	'error.import_target_required': { da: 'Vælg hvilken fokusgruppe eller rapportkilde udskriften hører til.', en: 'Choose the focus group or report source the transcript belongs to.' },
	'error.import_group_not_found': { da: 'Fokusgruppen findes ikke i dette studie.', en: 'The focus group does not exist in this study.' },
	'error.import_wave_not_found': { da: 'Runden findes ikke i dette studie.', en: 'The wave does not exist in this study.' },
	'error.import_draft_missing': {
		da: 'Udkastet findes ikke (længere) – det kan være udløbet efter en time, eller serveren er genstartet. Importér filen igen. Intet er gemt.',
		en: 'The draft does not exist (any more) – it may have expired after an hour, or the server restarted. Import the file again. Nothing was stored.'
	},
	'error.report_needs_reported_wave': {
		da: 'Rapportkilder kan kun knyttes til en runde med rapporterede fund.',
		en: 'Report sources can only belong to a wave with reported findings.'
	},
	'error.participant_not_in_group': {
		da: 'En valgt deltager hører ikke til denne fokusgruppe. Intet er gemt.',
		en: 'A chosen participant does not belong to this focus group. Nothing was stored.'
	},
	'error.invalid_mapping': { da: 'Koblingen for taleren »{speaker}« er ugyldig.', en: 'The mapping for speaker “{speaker}” is not valid.' },
	'error.speaker_label_required': { da: 'Giv taleren »{speaker}« en betegnelse.', en: 'Give the speaker “{speaker}” a label.' },
	'error.vignette_not_in_study': { da: 'Den valgte vignet findes ikke i dette studie.', en: 'The chosen vignette does not exist in this study.' },
	'error.transcript_not_found': { da: 'Udskriften findes ikke i dette studie.', en: 'The transcript does not exist in this study.' },
	'error.section_not_found': { da: 'Afsnittet findes ikke (længere).', en: 'The section does not exist (any more).' },
	'error.section_exists_at_turn': {
		da: 'Der begynder allerede et afsnit ved tur {turn}. Skift i stedet dets vignet.',
		en: 'A section already begins at turn {turn}. Change its vignette instead.'
	}
} as const;
