// The codebook: dimensions, codes, JSON import/export, memos on codes.
export const codebook = {
	'home.with_codebook': { da: 'Start med kodebogen »Tærskler 2002/2024«', en: 'Start with the codebook “Tærskler 2002/2024”' },
	'home.with_codebook_hint': {
		da: 'De fire dimensioner (vurdering, kollegial sparring, vidensgrundlag, valg af indsats) med koder, definitioner og nøgleord. Kan redigeres bagefter.',
		en: 'The four dimensions (assessment, peer consultation, knowledge base, choice of intervention) with codes, definitions and keywords. Editable afterwards.'
	},

	'field.key': { da: 'Nøgle', en: 'Key' },
	'field.definition': { da: 'Definition', en: 'Definition' },
	'field.inclusion': { da: 'Inklusionskriterier', en: 'Inclusion criteria' },
	'field.exclusion': { da: 'Eksklusionskriterier', en: 'Exclusion criteria' },
	'field.example': { da: 'Ankereksempel', en: 'Anchor example' },
	'field.color': { da: 'Farve', en: 'Colour' },
	'field.shortcut': { da: 'Genvej', en: 'Shortcut' },
	'field.pole': { da: 'Pol', en: 'Pole' },
	'field.keywords': { da: 'Nøgleord', en: 'Keywords' },
	'field.parentId': { da: 'Overordnet kode', en: 'Parent code' },
	'field.position': { da: 'Placering', en: 'Position' },
	'field.targetId': { da: 'Flet ind i', en: 'Merge into' },
	'field.codeId': { da: 'Kode', en: 'Code' },
	'field.codes': { da: 'Koder', en: 'Codes' },
	'field.children': { da: 'Underkoder', en: 'Sub-codes' },

	'codebook.intro': {
		da: 'Dimensionerne står øverst med koderne under sig. Åbn en kode for at læse definition, kriterier, ankereksempel, nøgleord og memoer.',
		en: 'The dimensions are at the top with their codes below. Open a code to read its definition, criteria, anchor example, keywords and memos.'
	},
	'codebook.summary': { da: '{dimensions} dimensioner · {codes} koder', en: '{dimensions} dimensions · {codes} codes' },
	'codebook.export': { da: 'Hent som JSON', en: 'Download JSON' },
	'codebook.empty_title': { da: 'Kodebogen er tom', en: 'The codebook is empty' },
	'codebook.empty_text': {
		da: 'Start med den indbyggede kodebog, eller importér en kodebog fra en JSON-fil (fx eksporteret fra et andet studie).',
		en: 'Start with the built-in codebook, or import a codebook from a JSON file (for example exported from another study).'
	},
	'codebook.empty_coder': { da: 'Kodebogen er tom. En projektleder kan oprette den.', en: 'The codebook is empty. A project lead can create it.' },
	'codebook.install': { da: 'Brug den indbyggede kodebog »Tærskler 2002/2024«', en: 'Use the built-in codebook “Tærskler 2002/2024”' },
	'codebook.install_hint': {
		da: 'De fire dimensioner fra Tabel 1 med {codes} koder: definitioner, inklusions- og eksklusionskriterier, ankereksempler, farver, genveje og danske nøgleord.',
		en: 'The four dimensions of Table 1 with {codes} codes: definitions, inclusion and exclusion criteria, anchor examples, colours, shortcuts and Danish keywords.'
	},
	'codebook.installed': { da: 'Den indbyggede kodebog er taget i brug.', en: 'The built-in codebook is now in use.' },
	'codebook.import_title': { da: 'Importér fra JSON', en: 'Import from JSON' },
	'codebook.import_file': { da: 'JSON-fil med en kodebog (højst 2 MB)', en: 'JSON file with a codebook (at most 2 MB)' },
	'codebook.import_button': { da: 'Importér', en: 'Import' },
	'codebook.import_add_hint': {
		da: 'Filens dimensioner tilføjes efter de eksisterende. Nøgler og genveje må ikke være i brug i forvejen.',
		en: 'The dimensions in the file are added after the existing ones. Keys and shortcuts must not already be in use.'
	},
	'codebook.imported': { da: 'Importeret: {count} koder.', en: 'Imported: {count} codes.' },
	'codebook.import_failed': {
		da: 'Filen er ikke importeret, og intet er gemt. Der er {count} fejl:',
		en: 'The file was not imported and nothing was saved. There are {count} problems:'
	},
	'codebook.codings_one': { da: '1 kodning', en: '1 coding' },
	'codebook.codings_many': { da: '{count} kodninger', en: '{count} codings' },
	'codebook.pole_2002': { da: '2002-pol', en: '2002 pole' },
	'codebook.pole_2024': { da: '2024-pol', en: '2024 pole' },
	'codebook.pole_none': { da: 'Ingen pol', en: 'No pole' },
	'codebook.shortcut_badge': { da: 'Genvej {key}', en: 'Shortcut {key}' },
	'codebook.no_keywords': { da: 'Ingen nøgleord.', en: 'No keywords.' },
	'codebook.empty_field': { da: 'Ikke udfyldt.', en: 'Not filled in.' },
	'codebook.about_dimension': { da: 'Om dimensionen', en: 'About the dimension' },
	'codebook.open_lead': { da: 'Redigér, flyt, flet eller slet', en: 'Edit, move, merge or delete' },
	'codebook.open_coder': { da: 'Skriv et memo', en: 'Write a memo' },
	'codebook.close': { da: 'Luk', en: 'Close' },
	'codebook.selected': { da: 'Valgt kode', en: 'Selected code' },
	'codebook.select_hint_lead': { da: 'Vælg »Redigér« ved en kode i træet for at ændre den.', en: 'Choose “Edit” at a code in the tree to change it.' },
	'codebook.key_hint': {
		da: 'Entydig i studiet, fx VUR.BEK. Bogstaver, tal, punktum, bindestreg og understreg.',
		en: 'Unique in the study, e.g. VUR.BEK. Letters, digits, dot, hyphen and underscore.'
	},
	'codebook.shortcut_hint': { da: 'Én tast (bogstav eller tal), entydig i studiet. Tom: ingen genvej.', en: 'One key (letter or digit), unique in the study. Empty: no shortcut.' },
	'codebook.keywords_hint': {
		da: 'Ét pr. linje. Et ord matcher alle bøjninger, ord* er et præfiks, flere ord er en frase, =ord er præcis.',
		en: 'One per line. A word matches every inflection, word* is a prefix, several words are a phrase, =word is exact.'
	},
	'codebook.edit_title': { da: 'Redigér koden', en: 'Edit the code' },
	'codebook.saved': { da: 'Koden er gemt.', en: 'The code was saved.' },
	'codebook.move_title': { da: 'Flyt', en: 'Move' },
	'codebook.move_top': { da: '(øverst – som dimension)', en: '(top level – as a dimension)' },
	'codebook.move_position_hint': { da: '1 = først blandt de nye søskende.', en: '1 = first among the new siblings.' },
	'codebook.move_button': { da: 'Flyt koden', en: 'Move the code' },
	'codebook.moved': { da: 'Koden er flyttet.', en: 'The code was moved.' },
	'codebook.up': { da: 'Flyt op', en: 'Move up' },
	'codebook.down': { da: 'Flyt ned', en: 'Move down' },
	'codebook.merge_title': { da: 'Flet ind i en anden kode', en: 'Merge into another code' },
	'codebook.merge_hint': {
		da: 'Alle kodninger og memoer flyttes til den valgte kode, og denne kode slettes. Dobbelte kodninger (samme koder, samme passage) lægges sammen.',
		en: 'All codings and memos move to the chosen code, and this code is deleted. Duplicate codings (same coder, same passage) are combined.'
	},
	'codebook.merge_button': { da: 'Flet koden', en: 'Merge the code' },
	'codebook.merged': {
		da: 'Koden er flettet ind: {moved} kodninger flyttet, {collapsed} dubletter lagt sammen.',
		en: 'The code was merged: {moved} codings moved, {collapsed} duplicates combined.'
	},
	'codebook.delete_title': { da: 'Slet koden', en: 'Delete the code' },
	'codebook.delete_hint': {
		da: 'Kun en kode uden kodninger og uden underkoder kan slettes; flet den ellers ind i en anden. Memoer om koden slettes med den.',
		en: 'Only a code without codings and without sub-codes can be deleted; otherwise merge it into another. Memos on the code are deleted with it.'
	},
	'codebook.delete_button': { da: 'Slet koden', en: 'Delete the code' },
	'codebook.deleted': { da: 'Koden er slettet.', en: 'The code was deleted.' },
	'codebook.new_child_title': { da: 'Ny underkode', en: 'New sub-code' },
	'codebook.new_dimension_title': { da: 'Ny dimension', en: 'New dimension' },
	'codebook.create_button': { da: 'Opret', en: 'Create' },
	'codebook.create_child_button': { da: 'Opret underkode', en: 'Create sub-code' },
	'codebook.create_dimension_button': { da: 'Opret dimension', en: 'Create dimension' },
	'codebook.memos': { da: 'Memoer', en: 'Memos' },
	'codebook.no_memos': { da: 'Ingen memoer endnu.', en: 'No memos yet.' },
	'codebook.memo_add': { da: 'Gem memo', en: 'Save memo' },
	'codebook.memo_added': { da: 'Memoet er gemt.', en: 'The memo was saved.' },
	'codebook.memo_by': { da: '{author}, {date}', en: '{author}, {date}' },
	'codebook.problem_at': { da: 'ved', en: 'at' },

	'error.code_key_taken': { da: 'Nøglen »{key}« er allerede i brug i studiets kodebog.', en: 'The key “{key}” is already used in the study’s codebook.' },
	'error.code_shortcut_taken': { da: 'Genvejen »{shortcut}« bruges allerede af {key}.', en: 'The shortcut “{shortcut}” is already used by {key}.' },
	'error.code_move_cycle': { da: 'En kode kan ikke flyttes ind under sig selv eller en af sine underkoder.', en: 'A code cannot be moved below itself or one of its sub-codes.' },
	'error.code_too_deep': { da: 'Kodebogen må højst have {max} niveauer (dimensionen medregnet).', en: 'The codebook may have at most {max} levels (counting the dimension).' },
	'error.code_has_codings': {
		da: '{key} kan ikke slettes, fordi {count} kodninger bruger den. Flet den i stedet ind i en anden kode.',
		en: '{key} cannot be deleted because {count} codings use it. Merge it into another code instead.'
	},
	'error.code_has_children': {
		da: '{key} kan ikke slettes, fordi den har {count} underkoder. Flyt, flet eller slet dem først.',
		en: '{key} cannot be deleted because it has {count} sub-codes. Move, merge or delete them first.'
	},
	'error.code_merge_same': { da: 'Vælg en anden kode at flette ind i.', en: 'Choose a different code to merge into.' },
	'error.code_merge_has_children': {
		da: '{key} har {count} underkoder og kan ikke flettes. Flyt eller flet underkoderne først.',
		en: '{key} has {count} sub-codes and cannot be merged. Move or merge the sub-codes first.'
	},
	'error.codebook_not_empty': {
		da: 'Studiet har allerede en kodebog ({count} koder). Den indbyggede kodebog kan kun tages i brug i et studie uden koder.',
		en: 'The study already has a codebook ({count} codes). The built-in codebook can only be used in a study without codes.'
	},
	'error.codebook_invalid': { da: 'Kodebogen er ugyldig ({count} fejl). Intet er gemt.', en: 'The codebook is invalid ({count} problems). Nothing was saved.' },
	'error.codebook_file_missing': { da: 'Vælg en JSON-fil at importere.', en: 'Choose a JSON file to import.' },
	'error.codebook_file_too_large': { da: 'Filen er for stor. En kodebog må højst fylde {max} MB.', en: 'The file is too large. A codebook may be at most {max} MB.' },
	'error.codebook_encoding': { da: 'Filen er ikke gyldig UTF-8-tekst. Gem den som UTF-8, og prøv igen.', en: 'The file is not valid UTF-8 text. Save it as UTF-8 and try again.' },
	'error.codebook_invalid_json': { da: 'Filen er ikke gyldig JSON: {message}', en: 'The file is not valid JSON: {message}' },
	'error.codebook_not_object': { da: 'Filen skal indeholde ét JSON-objekt med »format«, »version«, »name« og »codes«.', en: 'The file must contain one JSON object with “format”, “version”, “name” and “codes”.' },
	'error.codebook_unknown_format': {
		da: 'Ukendt format »{value}«. Vignet læser kun kodebøger med "format": "vignet-codebook".',
		en: 'Unknown format “{value}”. Vignet reads only codebooks with "format": "vignet-codebook".'
	},
	'error.codebook_unsupported_version': { da: 'Versionen »{value}« kendes ikke. Denne udgave af Vignet læser version 1.', en: 'Version “{value}” is not known. This edition of Vignet reads version 1.' },
	'error.codebook_missing': { da: 'Feltet »{field}« mangler.', en: 'The field “{field}” is missing.' },
	'error.codebook_wrong_type': { da: 'Feltet »{field}« har en forkert type (forventet: {type}).', en: 'The field “{field}” has the wrong type (expected: {type}).' },
	'error.codebook_required': { da: 'Feltet »{field}« skal udfyldes.', en: 'The field “{field}” is required.' },
	'error.codebook_too_long': { da: 'Feltet »{field}« må højst have {max} tegn.', en: 'The field “{field}” may have at most {max} characters.' },
	'error.codebook_invalid_key': {
		da: 'Nøglen »{value}« er ugyldig: brug bogstaver, tal, punktum, bindestreg og understreg (ingen mellemrum).',
		en: 'The key “{value}” is invalid: use letters, digits, dot, hyphen and underscore (no spaces).'
	},
	'error.codebook_duplicate_key': { da: 'Nøglen »{value}« bruges mere end én gang.', en: 'The key “{value}” is used more than once.' },
	'error.codebook_invalid_color': { da: 'Farven »{value}« er ugyldig: skriv den som #rrggbb, fx #1a5fb4.', en: 'The colour “{value}” is invalid: write it as #rrggbb, e.g. #1a5fb4.' },
	'error.codebook_invalid_shortcut': { da: 'Genvejen »{value}« er ugyldig: brug én tast, et bogstav eller et tal.', en: 'The shortcut “{value}” is invalid: use one key, a letter or a digit.' },
	'error.codebook_duplicate_shortcut': { da: 'Genvejen »{value}« bruges mere end én gang.', en: 'The shortcut “{value}” is used more than once.' },
	'error.codebook_invalid_pole': { da: 'Polen »{value}« er ugyldig: brug "2002", "2024" eller ingen.', en: 'The pole “{value}” is invalid: use "2002", "2024" or none.' },
	'error.codebook_too_deep': { da: 'Koden ligger for dybt: højst {max} niveauer (dimensionen medregnet).', en: 'The code is nested too deeply: at most {max} levels (counting the dimension).' },
	'error.codebook_too_many_codes': { da: 'En kodebog må højst have {max} koder.', en: 'A codebook may have at most {max} codes.' },
	'error.codebook_too_many_keywords': { da: 'En kode må højst have {max} nøgleord (her: {count}).', en: 'A code may have at most {max} keywords (here: {count}).' },
	'error.codebook_invalid_keyword': {
		da: 'Nøgleordet »{keyword}« kan ikke bruges: tjek anførselstegn, * og =.',
		en: 'The keyword “{keyword}” cannot be used: check quotes, * and =.'
	}
} as const;
