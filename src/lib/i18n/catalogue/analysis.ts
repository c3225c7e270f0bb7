// Text analysis: search in context (KWIC), word frequencies, keyness, and the codes' keyword lists
// measured against the consensus coding. Also the NLP library's error codes.
export const analysis = {
	'section.analysis': { da: 'Tekstanalyse', en: 'Text analysis' },
	'analysis.nav_label': { da: 'Tekstanalyse', en: 'Text analysis' },
	'analysis.nav_kwic': { da: 'Søgning i kontekst', en: 'Search in context' },
	'analysis.nav_frequencies': { da: 'Ordfrekvenser', en: 'Word frequencies' },
	'analysis.nav_keyness': { da: 'Karakteristiske ord', en: 'Keyness' },
	'analysis.nav_keywords': { da: 'Kodernes søgeord', en: 'Code keywords' },
	'analysis.options': { da: 'Valg', en: 'Options' },
	'analysis.show': { da: 'Vis', en: 'Show' },

	// Search in context
	'analysis.kwic_title': { da: 'Søgning i kontekst', en: 'Search in context' },
	'analysis.search_form': { da: 'Søgning', en: 'Search' },
	'analysis.query': { da: 'Søg efter', en: 'Search for' },
	'analysis.query_help': {
		da: 'Et ord, flere ord i træk (en frase) eller: ~undersøgelse = alle bøjningsformer (undersøgelsen, undersøgelser …) · =barn = præcis den ordform · undersøg* eller b?rn = jokertegn · "på gruppen" = frase. Store og små bogstaver er ens.',
		en: 'A word, several words in a row (a phrase), or: ~undersøgelse = every inflection (undersøgelsen, undersøgelser …) · =barn = exactly that form · undersøg* or b?rn = wildcards · "på gruppen" = phrase. Case is ignored.'
	},
	'analysis.match': { da: 'Ord uden tegn findes som', en: 'Plain words match' },
	'analysis.match_word': { da: 'præcis ordform', en: 'the exact form' },
	'analysis.match_stem': { da: 'alle bøjningsformer', en: 'every inflection' },
	'analysis.sort': { da: 'Sortér efter', en: 'Sort by' },
	'analysis.sort_position': { da: 'placering i udskrifterne', en: 'position in the transcripts' },
	'analysis.sort_left1': { da: '1. ord til venstre', en: '1st word to the left' },
	'analysis.sort_right1': { da: '1. ord til højre', en: '1st word to the right' },
	'analysis.sort_left2': { da: '2. ord til venstre', en: '2nd word to the left' },
	'analysis.sort_right2': { da: '2. ord til højre', en: '2nd word to the right' },
	'analysis.search': { da: 'Søg', en: 'Search' },
	'analysis.filter_code': { da: 'Kun ture kodet med', en: 'Only turns coded with' },
	'analysis.hits': { da: '{n} forekomster.', en: '{n} occurrences.' },
	'analysis.hits_shown': { da: 'De første {shown} vises; hent alle som CSV.', en: 'The first {shown} are shown; download all as CSV.' },
	'analysis.sort_truncated': {
		da: 'Der er mange forekomster: kun de første {n} (efter placering) er sorteret. Indsnævr søgningen med filtrene for at sortere alle.',
		en: 'There are many occurrences: only the first {n} (by position) are sorted. Narrow the search with the filters to sort them all.'
	},
	'analysis.no_hits': { da: 'Ingen forekomster med disse filtre.', en: 'No occurrences with these filters.' },
	'analysis.start_hint': { da: 'Skriv et ord for at se, hvor og hvordan det bruges i studiets udskrifter.', en: 'Type a word to see where and how it is used in the study’s transcripts.' },
	'analysis.kwic_caption': { da: 'Forekomster af »{q}« med kontekst', en: 'Occurrences of “{q}” in context' },
	'analysis.col_source': { da: 'Kilde', en: 'Source' },
	'analysis.col_speaker': { da: 'Taler', en: 'Speaker' },
	'analysis.col_left': { da: 'Før', en: 'Before' },
	'analysis.col_hit': { da: 'Fund', en: 'Hit' },
	'analysis.col_right': { da: 'Efter', en: 'After' },
	'analysis.col_open': { da: 'Åbn', en: 'Open' },
	'analysis.open': { da: 'Åbn', en: 'Open' },
	'analysis.open_hit': { da: 'Åbn fund {n} i kodningen af {title}', en: 'Open hit {n} in the coding view of {title}' },
	'analysis.select_all': { da: 'Vælg alle viste fund', en: 'Select every hit shown' },
	'analysis.select_hit': { da: 'Vælg fund {n}', en: 'Select hit {n}' },
	'analysis.code_from_hits': { da: 'Kod de valgte fund', en: 'Code the selected hits' },
	'analysis.code_label': { da: 'Kode', en: 'Code' },
	'analysis.choose_code': { da: 'Vælg en kode …', en: 'Choose a code …' },
	'analysis.code_as_sentence': { da: 'Kod som sætning', en: 'Code as sentence' },
	'analysis.code_as_turn': { da: 'Kod som tur', en: 'Code as turn' },
	'analysis.code_note': {
		da: 'Læs hvert fund, før du vælger det. Hvert valgt fund kodes som sin sætning eller talerens hele tur – som dine egne kodninger.',
		en: 'Read each hit before you select it. Each selected hit is coded as its sentence or the speaker’s whole turn – as your own codings.'
	},
	'analysis.coded_result': { da: '{created} kodet; {duplicates} var allerede kodet med den kode.', en: '{created} coded; {duplicates} were already coded with that code.' },
	'analysis.status_created': { da: 'kodet', en: 'coded' },
	'analysis.status_duplicate': { da: 'allerede kodet', en: 'already coded' },

	// Frequencies
	'analysis.freq_title': { da: 'Ordfrekvenser', en: 'Word frequencies' },
	'analysis.group_by': { da: 'Opdelt efter', en: 'Grouped by' },
	'analysis.by_wave': { da: 'Bølge', en: 'Wave' },
	'analysis.by_municipality': { da: 'Kommune', en: 'Municipality' },
	'analysis.by_vignette': { da: 'Vignet', en: 'Vignette' },
	'analysis.by_code': { da: 'Kode (de kodede passager)', en: 'Code (the coded passages)' },
	'analysis.unit': { da: 'Tæl', en: 'Count' },
	'analysis.unit_word': { da: 'ordformer', en: 'word forms' },
	'analysis.unit_stem': { da: 'stammer (bøjningsformer samlet)', en: 'stems (inflections together)' },
	'analysis.stopwords': { da: 'Medtag småord (og, det, jeg …)', en: 'Include stopwords (og, det, jeg …)' },
	'analysis.skip_interviewer': { da: 'Udelad interviewerens ture', en: 'Leave out the interviewer’s turns' },
	'analysis.min_length': { da: 'Mindste ordlængde', en: 'Minimum word length' },
	'analysis.top': { da: 'Ord pr. gruppe', en: 'Words per group' },
	'analysis.chart_group': { da: 'Diagram for', en: 'Chart for' },
	'analysis.chart_title': { da: 'Hyppigste ord: {group} (pr. 10.000 ord)', en: 'Most frequent words: {group} (per 10,000 words)' },
	'analysis.col_term': { da: 'Ord', en: 'Word' },
	'analysis.col_stem': { da: 'Ord (stamme)', en: 'Word (stem)' },
	'analysis.col_count': { da: 'Antal', en: 'Count' },
	'analysis.col_relative': { da: 'Pr. 10.000 ord', en: 'Per 10,000 words' },
	'analysis.col_relative_short': { da: 'Pr. 10.000', en: 'Per 10,000' },
	'analysis.group_total': { da: '{n} ord i alt', en: '{n} words in all' },
	'analysis.no_groups': { da: 'Der er ingen udskrifter (eller kodede passager) at tælle i endnu.', en: 'There are no transcripts (or coded passages) to count in yet.' },
	'analysis.no_words': { da: 'Ingen ord med disse valg.', en: 'No words with these options.' },

	// Keyness
	'analysis.keyness_title': { da: 'Karakteristiske ord (keyness)', en: 'Keyness' },
	'analysis.keyness_intro': {
		da: 'Hvilke ord bruges påfaldende meget mere i det ene sæt end i det andet? Log-likelihood (G²) siger, hvor sikker forskellen er; %DIFF og log ratio, hvor stor den er.',
		en: 'Which words are used strikingly more in one set than in the other? Log-likelihood (G²) says how certain the difference is; %DIFF and log ratio how large it is.'
	},
	'analysis.set_a': { da: 'Sæt A', en: 'Set A' },
	'analysis.set_b': { da: 'Sæt B', en: 'Set B' },
	'analysis.rest': { da: 'resten af materialet', en: 'the rest of the material' },
	'analysis.min_count': { da: 'Mindst antal i alt', en: 'Minimum total count' },
	'analysis.top_terms': { da: 'Ord pr. retning', en: 'Words each way' },
	'analysis.compare': { da: 'Sammenlign', en: 'Compare' },
	'analysis.keyness_totals': {
		da: '{a}: {na} ord · {b}: {nb} ord · {terms} forskellige ord sammenlignet.',
		en: '{a}: {na} words · {b}: {nb} words · {terms} distinct words compared.'
	},
	'analysis.over': { da: 'Mere brugt i {x} end i {y}', en: 'Used more in {x} than in {y}' },
	'analysis.no_key_terms': { da: 'Ingen ord med disse valg.', en: 'No words with these options.' },
	'analysis.col_count_a': { da: 'Antal A', en: 'Count A' },
	'analysis.col_count_b': { da: 'Antal B', en: 'Count B' },
	'analysis.col_rel_a': { da: 'A pr. 10.000', en: 'A per 10,000' },
	'analysis.col_rel_b': { da: 'B pr. 10.000', en: 'B per 10,000' },
	'analysis.col_log_ratio': { da: 'Log ratio', en: 'Log ratio' },
	'analysis.not_significant': { da: 'ikke sign.', en: 'not sign.' },
	'analysis.keyness_legend': {
		da: 'G² ≥ 3,84 svarer til p < 0,05, ≥ 6,63 til p < 0,01, ≥ 10,83 til p < 0,001 og ≥ 15,13 til p < 0,0001 (én frihedsgrad). Med mange ord sammenlignet bør man kræve de strengeste grænser. %DIFF er ∞, når ordet slet ikke forekommer i det andet sæt. Grå rækker er ikke signifikante.',
		en: 'G² ≥ 3.84 means p < 0.05, ≥ 6.63 p < 0.01, ≥ 10.83 p < 0.001 and ≥ 15.13 p < 0.0001 (one degree of freedom). With many words compared, prefer the strictest thresholds. %DIFF is ∞ when the word does not occur in the other set at all. Grey rows are not significant.'
	},

	// Code keywords
	'analysis.keywords_title': { da: 'Kodernes søgeord: præcision og genkaldelse', en: 'Code keywords: precision and recall' },
	'analysis.keywords_intro': {
		da: 'Hver kode kan have en liste af søgeord, der giver kodeforslag i kodningen. Her holdes forslagene op mod konsensuskodningen: præcision er den andel af forslagene, der var rigtige; genkaldelse den andel af konsensuskodningen, som forslagene fandt. Forslag tæller aldrig som kodninger.',
		en: 'Each code can have a list of keywords that give code suggestions in the coding view. Here the suggestions are held against the consensus coding: precision is the share of suggestions that were right; recall the share of the consensus coding that the suggestions found. Suggestions never count as codings.'
	},
	'analysis.unit_label': { da: 'Enhed', en: 'Unit' },
	'analysis.unit_sentence': { da: 'sætning', en: 'sentence' },
	'analysis.unit_turn': { da: 'tur', en: 'turn' },
	'analysis.no_consensus': {
		da: 'Der er ingen konsensuskodning endnu. Når koderne har afstemt deres kodninger, viser siden her, hvor godt hver kodes søgeord rammer.',
		en: 'There is no consensus coding yet. Once the coders have reconciled their codings, this page shows how well each code’s keywords hit.'
	},
	'analysis.scored': { da: '{transcripts} udskrifter med konsensuskodning · {units} enheder.', en: '{transcripts} transcripts with a consensus coding · {units} units.' },
	'analysis.col_code': { da: 'Kode', en: 'Code' },
	'analysis.col_keywords': { da: 'Søgeord', en: 'Keywords' },
	'analysis.col_suggested': { da: 'Foreslået', en: 'Suggested' },
	'analysis.col_reference': { da: 'Konsensus', en: 'Consensus' },
	'analysis.col_tp': { da: 'Ramt', en: 'Hits' },
	'analysis.col_precision': { da: 'Præcision', en: 'Precision' },
	'analysis.col_recall': { da: 'Genkaldelse', en: 'Recall' },
	'analysis.all_codes': { da: 'Alle koder samlet', en: 'All codes pooled' },
	'analysis.edit_code': { da: 'Redigér søgeord', en: 'Edit keywords' },
	'analysis.edit_keywords': { da: 'Redigér søgeordene for {code} i kodebogen', en: 'Edit the keywords of {code} in the codebook' },
	'analysis.keywords_legend': {
		da: 'En enhed (sætning eller tur) tæller som foreslået eller kodet, når et forslag eller en konsensuskodning af koden overlapper den. – betyder, at der ikke er noget at regne på.',
		en: 'A unit (sentence or turn) counts as suggested or coded when a suggestion or a consensus coding of the code overlaps it. – means there is nothing to compute.'
	},
	'analysis.keyword_problems': { da: 'Nogle søgeord kan ikke bruges og er sprunget over:', en: 'Some keywords cannot be used and were skipped:' },
	'analysis.keyword_problem': { da: '»{keyword}«', en: '“{keyword}”' },

	'field.query': { da: 'Søg efter', en: 'Search for' },
	'field.unit': { da: 'Enhed', en: 'Unit' },
	'field.hit': { da: 'Fund', en: 'Hit' },

	// Problems
	'error.nlp_empty_query': { da: 'Skriv et ord at søge efter.', en: 'Type a word to search for.' },
	'error.nlp_unbalanced_quote': { da: 'Søgningen har et anførselstegn uden et modsvarende: {query}', en: 'The search has a quotation mark without its partner: {query}' },
	'error.nlp_empty_term': { da: '»{term}« skal stå direkte foran et ord, fx ~barn eller =barn.', en: '“{term}” must stand directly before a word, e.g. ~barn or =barn.' },
	'error.nlp_wildcard_too_broad': { da: 'Et jokertegn skal have mindst ét bogstav eller tal ved siden af sig: »{term}« ville finde alt.', en: 'A wildcard needs at least one letter or digit beside it: “{term}” would find everything.' },
	'error.nlp_stem_wildcard': { da: '»{term}« kan ikke både være en stamme (~) og have jokertegn. Brug det ene eller det andet.', en: '“{term}” cannot be both a stem (~) and a wildcard. Use one or the other.' },
	'error.nlp_query_too_long': { da: 'Søgningen har {count} ord; højst {max} er tilladt.', en: 'The search has {count} words; at most {max} are allowed.' },
	'error.nlp_duplicate_doc': { da: 'En udskrift er med to gange i analysen ({id}).', en: 'A transcript is in the analysis twice ({id}).' },
	'error.nlp_invalid_range': { da: 'Et udsnit af en udskrift er ugyldigt ({start}–{end}).', en: 'A range of a transcript is invalid ({start}–{end}).' },
	'error.nlp_invalid_option': { da: 'Ugyldig indstilling »{name}«: {value}.', en: 'Invalid option “{name}”: {value}.' },
	'error.nlp_invalid_keyword': { da: 'Søgeordet »{keyword}« kan ikke bruges.', en: 'The keyword “{keyword}” cannot be used.' },
	'error.nlp_turns_required': { da: 'Forslag pr. tur kræver udskriftens ture.', en: 'Suggestions per turn need the transcript’s turns.' },
	'error.analysis_no_hits': { da: 'Vælg mindst ét fund at kode.', en: 'Select at least one hit to code.' },
	'error.analysis_too_many_hits': { da: 'Du kan højst kode {max} fund ad gangen.', en: 'You can code at most {max} hits at a time.' },
	'error.analysis_no_code': { da: 'Vælg den kode, fundene skal kodes med.', en: 'Choose the code to code the hits with.' },
	'error.analysis_hit_gone': {
		da: 'Et af fundene findes ikke længere i den aktuelle udskrift (måske er der kommet en ny version). Intet er kodet – søg igen.',
		en: 'One of the hits is no longer in the current transcript (perhaps a new version was added). Nothing was coded – search again.'
	},
	'error.analysis_set_unknown': { da: 'Det valgte sæt findes ikke (længere) i materialet.', en: 'The chosen set does not exist (any more) in the material.' },
	'error.analysis_same_sets': { da: 'Vælg to forskellige sæt at sammenligne.', en: 'Choose two different sets to compare.' }
} as const;
