// Public API of the cross-municipality consistency measures (pure TypeScript; Node and browser).
export * from './types';
export { mean, median, sampleVariance, rwg, modalShare, range, stepDiversity, jaccard, meanPairwiseJaccard, jensenShannon } from './stats';
export type { RwgResult, ModalResult, RangeResult, DiversityResult } from './stats';
export {
	alphaSummary,
	alphaOfUnits,
	addUnitCoincidences,
	unitCoincidences,
	ordinalAlphaOfCoincidence,
	MIN_UNITS,
	MIN_RATERS,
	MAX_MISSING_SHARE,
	type AlphaSummary
} from './alpha';
export { analyseWave, buildWaveGrid, concernsByVignette, vignetteConsistency } from './wave';
export type { WaveConsistency, VignetteConsistency, ConcernAlpha, WaveGrid } from './wave';
export { compareWaves, MAX_UNDEFINED_SHARE, MIN_REPLICATES } from './compare';
export type { WaveComparison, BootstrapDelta, PermutationTest, CompareOptions, UnitValues } from './compare';
export { withinMunicipality, codingAgreementShare, codingAgreement } from './within';
export type { WithinMunicipality, VignetteMatch, CodingShare, CodingAgreement } from './within';
export { waveProfiles, type WaveProfiles, type Profile, type ProfilePair } from './profiles';
export {
	analyseConsistency,
	DEFAULT_LEVELS,
	DEFAULT_REPLICATES,
	DEFAULT_SEED,
	DEFAULT_CONFIDENCE,
	type ConsistencyInput,
	type ConsistencyOptions,
	type ConsistencyResult,
	type WaveResult
} from './analyse';
export { parseAssessmentsCsv, parseCsvRecords, formatCsvIssue, CSV_COLUMNS, type CsvIssue, type CsvRecord, type CsvParseResult } from './csv';
export { cliSummary, toOrderedJson, type OrderedJson } from './summary';
