// Public API of the inter-coder agreement engine (pure TypeScript; Node and browser).
export type { Level, RawValue, Category, Coefficient, Defined, Undefined, UndefinedCode } from './types';
export { AgreementError } from './types';
export { createRng } from './rng';
export { encodeRatings, isMissing, type EncodedRatings } from './encode';
export {
	krippendorffAlpha,
	alphaFromEncoded,
	alphaFromCoincidence,
	coincidenceFromCodes,
	metricMatrix,
	perCategoryAlpha,
	type AlphaResult,
	type AlphaCore,
	type Coincidence
} from './alpha';
export {
	bootstrapAlpha,
	bootstrapAlphaEncoded,
	quantileSorted,
	KALPHA_MINIMUMS,
	type BootstrapOptions,
	type BootstrapResult
} from './bootstrap';
export { normalQuantile, weightMatrix, type Weights } from './stats';
export {
	cohenKappa,
	scottPi,
	brennanPredigerPair,
	gwetACPair,
	percentAgreementPair,
	holsti,
	crossTable,
	toTable,
	type Table,
	type TableInput,
	type ChanceCorrected,
	type KappaResult,
	type KappaOptions
} from './pairwise';
export {
	ratingCounts,
	countsFromTable,
	percentAgreement,
	fleissKappa,
	gwetAC,
	brennanPrediger,
	type RatingCounts,
	type MultiCoefficient,
	type FleissResult,
	type GwetResult
} from './multi';
export { summarizeAgreement, summarizeEncoded, type AgreementSummary, type SummaryOptions } from './summary';
export {
	binaryAgreement,
	binaryAgreementSparse,
	binaryFromHistogram,
	pooledBinary,
	type BinaryOptions,
	type BinaryCodeDense,
	type BinaryCodeSparse,
	type BinaryResult
} from './binary';
export { parseCsv, type CsvRow } from './csv';
export {
	unitizedAlpha,
	unitizedDistance,
	type UnitizedUnit,
	type UnitizedInput,
	type UnitizedCategory,
	type UnitizedResult
} from './unitized';
export { uAlphaFamily, uAlphaMatrix, type USegment, type UAlphaInput, type UAlphaMatrix, type UAlphaResult } from './ualpha';
export { segmentAgreement, overlapRatio, type CodedSegment, type SegmentCodeRow, type SegmentAgreementResult } from './segments';
export { landisKoch, krippendorffBand, fleissBand, type LandisKochBand, type KrippendorffBand, type FleissBand } from './interpret';
