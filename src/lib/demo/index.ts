// Public API of the fictional demo study generator.
export { generateDemoStudy, DEMO_SEED, DEMO_VIGNETTE_KEYS } from './generate';
export { summary, splitDemoTranscript, countDemoWords, type DemoSummary, type DemoTurn } from './transcript';
export * from './types';
