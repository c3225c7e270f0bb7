export * from './types';
export {
	isVignetteFormatError,
	parseVignetteFile,
	serializeVignetteFile,
	MAX_AGE,
	MAX_FILE_CHARS,
	MAX_TITLE_CHARS,
	MAX_VERSION_CHARS,
	MIN_AGE
} from './format';
export {
	countWords,
	diffStats,
	sideBySide,
	tokenize,
	wordDiff,
	type DiffStats,
	type WordDiffOptions
} from './diff';
