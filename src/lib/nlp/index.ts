// Danish-aware text analysis: tokenising, sentences, inverted index, KWIC search, frequencies,
// keyness and keyword-based code suggestions. Runs in Node and in the browser.
export * from './types';
export { NlpError, isNlpError, type NlpErrorCode, type NlpErrorParams } from './errors';
export { tokenize, tokenizeRaw, stem, isStopword, normalize, type RawTokens } from './tokenize';
export { sentences, findRange } from './sentences';
export { STOPWORDS_DA } from './stopwords-da';
export {
	buildIndex,
	docSentences,
	sentenceAt,
	docOfPosition,
	indexMemoryEstimate,
	termPositions,
	stemPositions,
	type CorpusIndex,
	type IndexedDoc
} from './corpus-index';
export { parseQuery, MAX_QUERY_TERMS, type ParsedQuery, type QueryTerm, type QueryOptions, type MatchMode } from './query';
export { resolveSelection, normalizeRanges, insideRanges } from './selection';
export { search, sortKwic, type SearchOptions, type SearchResult, type KwicHit, type KwicSort } from './search';
export { frequencies, type FrequencyOptions, type FrequencyResult, type FrequencyRow } from './frequencies';
export {
	keyness,
	compareFrequencies,
	keynessRow,
	logLikelihood,
	percentDiff,
	logRatio,
	chiSquareSurvival,
	significanceOf,
	G2_CUTOFFS,
	type KeynessRow,
	type KeynessResult,
	type KeynessOptions,
	type KeynessIndexOptions,
	type Significance
} from './keyness';
export {
	matchKeywords,
	keywordPrecisionRecall,
	validateKeywords,
	unitRanges,
	type KeywordList,
	type Suggestion,
	type SuggestionUnit,
	type MatchKeywordsOptions,
	type ReferenceCoding,
	type CodeScore,
	type PrecisionRecallResult,
	type KeywordProblem
} from './keywords';
export { DEFAULT_KEYWORDS, defaultKeywordLists } from './default-keywords';
