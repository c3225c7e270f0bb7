// Study material around the transcripts: waves, municipalities, focus groups, participants, pseudonyms.
export const material = {
	'field.label': { da: 'Betegnelse', en: 'Label' },
	'field.year': { da: 'År', en: 'Year' },
	'field.sourceKind': { da: 'Datagrundlag', en: 'Source' },
	'field.code': { da: 'Kode', en: 'Code' },
	'field.realName': { da: 'Rigtigt navn', en: 'Real name' },
	'field.sizeClass': { da: 'Størrelse', en: 'Size class' },
	'field.region': { da: 'Region', en: 'Region' },
	'field.placementRateBand': { da: 'Anbringelsesfrekvens', en: 'Placement rate' },
	'field.waveId': { da: 'Undersøgelsesrunde', en: 'Wave' },
	'field.municipalityId': { da: 'Kommune', en: 'Municipality' },
	'field.date': { da: 'Dato', en: 'Date' },
	'field.notes': { da: 'Noter', en: 'Notes' },
	'field.pseudonym': { da: 'Pseudonym', en: 'Pseudonym' },
	'field.participantRole': { da: 'Funktion', en: 'Role' },
	'field.yearsExperience': { da: 'Års erfaring', en: 'Years of experience' },
	'field.vignetteId': { da: 'Vignet', en: 'Vignette' },
	'field.participantId': { da: 'Deltager', en: 'Participant' },
	'field.entryId': { da: 'Linje', en: 'Entry' },
	'field.direction': { da: 'Retning', en: 'Direction' },

	'material.nav': { da: 'Materiale', en: 'Material' },
	'material.nav_overview': { da: 'Udskrifter', en: 'Transcripts' },
	'material.nav_waves': { da: 'Runder', en: 'Waves' },
	'material.nav_municipalities': { da: 'Kommuner', en: 'Municipalities' },
	'material.nav_groups': { da: 'Fokusgrupper', en: 'Focus groups' },
	'material.nav_pseudonyms': { da: 'Pseudonymer', en: 'Pseudonyms' },
	'material.choose': { da: '– vælg –', en: '– choose –' },
	'material.not_set': { da: 'ikke angivet', en: 'not set' },
	'material.actions': { da: 'Handlinger', en: 'Actions' },
	'material.edit_item': { da: 'Redigér {name}', en: 'Edit {name}' },
	'material.delete_item': { da: 'Slet {name}', en: 'Delete {name}' },
	'material.deleted': { da: 'Slettet.', en: 'Deleted.' },
	'material.created': { da: 'Oprettet.', en: 'Created.' },

	'waves.title': { da: 'Undersøgelsesrunder', en: 'Study waves' },
	'waves.intro': {
		da: 'En runde er én dataindsamling, fx Egelund & Thomsens undersøgelse fra 2002 og genundersøgelsen i 2024. Fokusgrupper og udskrifter hører til en runde.',
		en: "A wave is one round of data collection, e.g. Egelund & Thomsen's 2002 study and its 2024 repetition. Focus groups and transcripts belong to a wave."
	},
	'waves.empty': { da: 'Studiet har endnu ingen runder.', en: 'The study has no waves yet.' },
	'waves.new': { da: 'Ny runde', en: 'New wave' },
	'waves.create': { da: 'Opret runde', en: 'Create wave' },
	'waves.edit_title': { da: 'Redigér runden »{label}«', en: 'Edit the wave “{label}”' },
	'waves.groups': { da: 'Fokusgrupper', en: 'Focus groups' },
	'waves.source_transcripts': { da: 'Udskrifter af fokusgrupper', en: 'Focus-group transcripts' },
	'waves.source_reported': { da: 'Kun rapporterede fund', en: 'Reported findings only' },
	'waves.source_transcripts_help': {
		da: 'Der findes rå udskrifter af fokusgruppernes drøftelser, som importeres og kodes.',
		en: "Raw transcripts of the focus groups' discussions exist; they are imported and coded."
	},
	'waves.source_reported_help': {
		da: 'Der findes ingen rå data, kun den offentliggjorte rapport (som 2002-undersøgelsen). Fundene og citaterne fra rapporten kan lægges ind som tekstkilder og kodes som udskrifter; gruppernes vurderinger kan registreres som rapporterede.',
		en: "No raw data exist, only the published report (like the 2002 study). The report's findings and quotes can be stored as text sources and coded like transcripts; the groups' assessments can be recorded as reported."
	},
	'waves.delete_note': {
		da: 'En runde kan kun slettes, når ingen fokusgrupper eller udskrifter hører til den.',
		en: 'A wave can be deleted only when no focus groups or transcripts belong to it.'
	},

	'municipalities.title': { da: 'Kommuner', en: 'Municipalities' },
	'municipalities.intro': {
		da: 'Kommunerne optræder overalt under en pseudonym kode (K1, K2 …). Størrelse, region og anbringelsesfrekvens bruges senere til at sammenligne.',
		en: 'Municipalities appear everywhere under a pseudonymous code (K1, K2 …). Size class, region and placement rate are used later for comparison.'
	},
	'municipalities.real_name_note': {
		da: 'Det rigtige navn er valgfrit og ses kun af projektledere.',
		en: 'The real name is optional and visible only to leads.'
	},
	'municipalities.code_hint': {
		da: 'Et bogstav først, derefter bogstaver, tal eller bindestreg; højst 16 tegn.',
		en: 'A letter first, then letters, digits or hyphens; at most 16 characters.'
	},
	'municipalities.empty': { da: 'Studiet har endnu ingen kommuner.', en: 'The study has no municipalities yet.' },
	'municipalities.new': { da: 'Ny kommune', en: 'New municipality' },
	'municipalities.create': { da: 'Opret kommune', en: 'Create municipality' },
	'municipalities.edit_title': { da: 'Redigér {code}', en: 'Edit {code}' },
	'municipalities.groups': { da: 'Fokusgrupper', en: 'Focus groups' },
	'municipalities.size_lille': { da: 'Lille', en: 'Small' },
	'municipalities.size_mellem': { da: 'Mellem', en: 'Medium' },
	'municipalities.size_stor': { da: 'Stor', en: 'Large' },
	'municipalities.band_lav': { da: 'Lav', en: 'Low' },
	'municipalities.band_middel': { da: 'Middel', en: 'Medium' },
	'municipalities.band_høj': { da: 'Høj', en: 'High' },
	'municipalities.delete_note': {
		da: 'En kommune kan kun slettes, når ingen fokusgrupper hører til den.',
		en: 'A municipality can be deleted only when no focus groups belong to it.'
	},

	'groups.title': { da: 'Fokusgrupper', en: 'Focus groups' },
	'groups.intro': {
		da: 'Én fokusgruppe pr. kommune og runde, med deltagerne og de vignetter, gruppen drøftede.',
		en: 'One focus group per municipality and wave, with its participants and the vignettes it discussed.'
	},
	'groups.empty': { da: 'Studiet har endnu ingen fokusgrupper.', en: 'The study has no focus groups yet.' },
	'groups.wave_empty': { da: 'Ingen fokusgrupper i denne runde.', en: 'No focus groups in this wave.' },
	'groups.needs_material': {
		da: 'Opret først mindst én runde og én kommune.',
		en: 'First create at least one wave and one municipality.'
	},
	'groups.new': { da: 'Ny fokusgruppe', en: 'New focus group' },
	'groups.create': { da: 'Opret fokusgruppe', en: 'Create focus group' },
	'groups.wave_heading': { da: '{label} ({year})', en: '{label} ({year})' },
	'groups.municipality': { da: 'Kommune', en: 'Municipality' },
	'groups.participants': { da: 'Deltagere', en: 'Participants' },
	'groups.vignettes': { da: 'Vignetter', en: 'Vignettes' },
	'groups.transcripts': { da: 'Udskrifter', en: 'Transcripts' },
	'groups.open': { da: 'Åbn fokusgruppen {code}, {wave}', en: 'Open the focus group {code}, {wave}' },
	'groups.no_date': { da: 'uden dato', en: 'no date' },
	'groups.group_title': { da: 'Fokusgruppe {code} · {wave}', en: 'Focus group {code} · {wave}' },
	'groups.back': { da: 'Alle fokusgrupper', en: 'All focus groups' },
	'groups.details': { da: 'Oplysninger', en: 'Details' },
	'groups.date_hint': { da: 'Skrives ÅÅÅÅ-MM-DD; kan være tom.', en: 'Written YYYY-MM-DD; may be empty.' },
	'groups.reported_wave': {
		da: 'Runden har kun rapporterede fund: gruppens data stammer fra den offentliggjorte rapport.',
		en: "The wave has reported findings only: the group's data come from the published report."
	},
	'groups.participants_empty': { da: 'Ingen deltagere endnu.', en: 'No participants yet.' },
	'groups.participants_intro': {
		da: 'Deltagerne registreres kun under pseudonym. Interviewere/moderatorer registreres også, så deres replikker kan kobles.',
		en: 'Participants are recorded under a pseudonym only. Interviewers/moderators are recorded too, so their turns can be linked.'
	},
	'groups.add_participant': { da: 'Tilføj deltager', en: 'Add participant' },
	'groups.save_participant': { da: 'Gem {name}', en: 'Save {name}' },
	'groups.remove_participant': { da: 'Fjern {name}', en: 'Remove {name}' },
	'groups.vignettes_intro': {
		da: 'De vignetter, gruppen drøftede, i den rækkefølge de blev drøftet.',
		en: 'The vignettes the group discussed, in the order they were discussed.'
	},
	'groups.vignettes_empty': { da: 'Ingen vignetter valgt endnu.', en: 'No vignettes chosen yet.' },
	'groups.no_study_vignettes': {
		da: 'Studiet har endnu ingen vignetter. Læg dem ind i vignetbiblioteket først.',
		en: 'The study has no vignettes yet. Add them to the vignette library first.'
	},
	'groups.all_vignettes_listed': { da: 'Alle studiets vignetter er valgt.', en: "All the study's vignettes are chosen." },
	'groups.add_vignette': { da: 'Tilføj vignet', en: 'Add vignette' },
	'groups.move_up': { da: 'Flyt {title} op', en: 'Move {title} up' },
	'groups.move_down': { da: 'Flyt {title} ned', en: 'Move {title} down' },
	'groups.remove_vignette': { da: 'Fjern {title}', en: 'Remove {title}' },
	'groups.order': { da: 'Nr.', en: 'No.' },
	'groups.delete': { da: 'Slet fokusgruppen', en: 'Delete focus group' },
	'groups.delete_note': {
		da: 'Sletter gruppen med deltagere og vignetliste. Det kan kun lade sig gøre, når ingen udskrifter eller vurderinger hører til den.',
		en: 'Deletes the group with its participants and vignette list. Only possible when no transcripts or assessments belong to it.'
	},

	'participant_role.raadgiver': { da: 'Rådgiver', en: 'Caseworker' },
	'participant_role.faglig_leder': { da: 'Faglig leder', en: 'Team lead' },
	'participant_role.interviewer': { da: 'Interviewer', en: 'Interviewer' },
	'participant_role.other': { da: 'Andet', en: 'Other' },

	'pseudonyms.title': { da: 'Pseudonymer', en: 'Pseudonyms' },
	'pseudonyms.intro': {
		da: 'Studiets nøgle fra rigtige navne til pseudonymer. Den anvendes, når en udskrift importeres: hvert rigtigt navn i teksten og i talerbetegnelserne erstattes af sit pseudonym, før udskriften gemmes. Allerede importerede udskrifter ændres ikke.',
		en: "The study's key from real names to pseudonyms. It is applied when a transcript is imported: every real name in the text and in the speaker labels is replaced by its pseudonym before the transcript is stored. Transcripts already imported are not changed."
	},
	'pseudonyms.leads_only': {
		da: 'Kun projektledere kan se denne side. Ændringsloggen registrerer pseudonymet, aldrig det rigtige navn.',
		en: 'Only leads can see this page. The audit log records the pseudonym, never the real name.'
	},
	'pseudonyms.match_note': {
		da: 'Navne genkendes som hele ord uanset store og små bogstaver, også i ejefald (»Karens«).',
		en: 'Names are matched as whole words in any case, possessive included (“Karens”).'
	},
	'pseudonyms.key_title': { da: 'Navnenøgle', en: 'Name key' },
	'pseudonyms.empty': { da: 'Nøglen er tom.', en: 'The key is empty.' },
	'pseudonyms.add_title': { da: 'Tilføj navn', en: 'Add a name' },
	'pseudonyms.add': { da: 'Tilføj', en: 'Add' },
	'pseudonyms.remove': { da: 'Fjern {name}', en: 'Remove {name}' },
	'pseudonyms.check_title': { da: 'Tjek for rigtige navne', en: 'Check for real names' },
	'pseudonyms.check_intro': {
		da: 'Finder alle steder, hvor et navn fra nøglen stadig står i den gældende version af studiets udskrifter – i teksten eller i talerbetegnelserne.',
		en: "Finds every place where a name from the key still occurs in the current version of the study's transcripts – in the text or in the speaker labels."
	},
	'pseudonyms.check_button': { da: 'Tjek udskrifterne', en: 'Check the transcripts' },
	'pseudonyms.check_none': { da: 'Ingen af nøglens navne forekommer i udskrifterne.', en: "None of the key's names occur in the transcripts." },
	'pseudonyms.check_no_names': { da: 'Nøglen er tom, så der er intet at lede efter.', en: 'The key is empty, so there is nothing to look for.' },
	'pseudonyms.check_found': { da: '{count} forekomst(er) af rigtige navne:', en: '{count} occurrence(s) of real names:' },
	'pseudonyms.name': { da: 'Navn', en: 'Name' },
	'pseudonyms.transcript': { da: 'Udskrift', en: 'Transcript' },
	'pseudonyms.where': { da: 'Hvor', en: 'Where' },
	'pseudonyms.context': { da: 'Sammenhæng', en: 'Context' },
	'pseudonyms.where_text': { da: 'Tekst, tegn {start}', en: 'Text, character {start}' },
	'pseudonyms.where_speaker': { da: 'Talerbetegnelse (replik {turn})', en: 'Speaker label (turn {turn})' },
	'pseudonyms.version': { da: 'version {version}', en: 'version {version}' },

	'error.invalid_date': { da: '»{value}« er ikke en gyldig dato. Skriv den som ÅÅÅÅ-MM-DD, fx 2024-03-14.', en: '“{value}” is not a valid date. Write it as YYYY-MM-DD, e.g. 2024-03-14.' },
	'error.wave_not_found': { da: 'Runden findes ikke i dette studie.', en: 'The wave does not exist in this study.' },
	'error.wave_label_taken': { da: 'Studiet har allerede en runde med betegnelsen »{label}«.', en: 'The study already has a wave labelled “{label}”.' },
	'error.wave_in_use': {
		da: 'Runden »{label}« kan ikke slettes: {groups} fokusgruppe(r) og {transcripts} udskrift(er) hører til den.',
		en: 'The wave “{label}” cannot be deleted: {groups} focus group(s) and {transcripts} transcript(s) belong to it.'
	},
	'error.municipality_not_found': { da: 'Kommunen findes ikke i dette studie.', en: 'The municipality does not exist in this study.' },
	'error.municipality_code_invalid': {
		da: '»{code}« er ikke en gyldig kode. Brug et bogstav efterfulgt af bogstaver, tal eller bindestreg, fx K1.',
		en: '“{code}” is not a valid code. Use a letter followed by letters, digits or hyphens, e.g. K1.'
	},
	'error.municipality_code_taken': { da: 'Koden {code} er allerede brugt af en anden kommune i studiet.', en: 'The code {code} is already used by another municipality in the study.' },
	'error.municipality_in_use': {
		da: 'Kommunen {code} kan ikke slettes: {groups} fokusgruppe(r) hører til den.',
		en: 'The municipality {code} cannot be deleted: {groups} focus group(s) belong to it.'
	},
	'error.focus_group_not_found': { da: 'Fokusgruppen findes ikke i dette studie.', en: 'The focus group does not exist in this study.' },
	'error.focus_group_exists': {
		da: 'Der findes allerede en fokusgruppe for {code} i runden »{wave}«. Hver kommune har én fokusgruppe pr. runde.',
		en: 'There is already a focus group for {code} in the wave “{wave}”. Each municipality has one focus group per wave.'
	},
	'error.focus_group_in_use': {
		da: 'Fokusgruppen kan ikke slettes: {transcripts} udskrift(er) og {assessments} vurdering(er) hører til den.',
		en: 'The focus group cannot be deleted: {transcripts} transcript(s) and {assessments} assessment(s) belong to it.'
	},
	'error.participant_not_found': { da: 'Deltageren findes ikke i dette studie.', en: 'The participant does not exist in this study.' },
	'error.participant_pseudonym_taken': {
		da: 'Gruppen har allerede en deltager med pseudonymet »{pseudonym}«.',
		en: 'The group already has a participant with the pseudonym “{pseudonym}”.'
	},
	'error.participant_in_use': {
		da: '»{pseudonym}« kan ikke fjernes: {turns} replik(ker) i udskrifterne og {assessments} individuel(le) vurdering(er) er knyttet til deltageren.',
		en: '“{pseudonym}” cannot be removed: {turns} transcript turn(s) and {assessments} individual assessment(s) are linked to the participant.'
	},
	'error.group_vignette_unknown': { da: 'Vignetten findes ikke i dette studie eller på gruppens liste.', en: "The vignette does not exist in this study or on the group's list." },
	'error.group_vignette_twice': { da: 'En vignet kan kun stå én gang på gruppens liste.', en: "A vignette can appear only once on the group's list." },
	'error.group_vignette_already': { da: 'Vignetten står allerede på gruppens liste.', en: "The vignette is already on the group's list." },
	'error.pseudonym_same_as_name': { da: 'Pseudonymet må ikke være det samme som det rigtige navn.', en: 'The pseudonym must differ from the real name.' },
	'error.pseudonym_real_name_taken': { da: '»{name}« står allerede i nøglen.', en: '“{name}” is already in the key.' },
	'error.pseudonym_is_real_name': {
		da: '»{pseudonym}« står som rigtigt navn i nøglen og kan derfor ikke bruges som pseudonym.',
		en: '“{pseudonym}” is listed as a real name in the key, so it cannot be used as a pseudonym.'
	},
	'error.real_name_is_pseudonym': {
		da: '»{name}« bruges allerede som pseudonym i nøglen og kan derfor ikke stå som rigtigt navn.',
		en: '“{name}” is already used as a pseudonym in the key, so it cannot be listed as a real name.'
	}
} as const;
