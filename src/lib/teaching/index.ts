// Teaching: pure helpers (Node and browser) for class sessions, excerpt snapshots and exercise feedback.
export * from './joincode';
export * from './distribution';
export * from './snapshot';
export * from './feedback';
