/** The timeline import: source readers, merging and the plan of the edit. Pure. */
export * from './types';
export * from './sources';
export * from './plan';
export { parseInstant, parseEpochSeconds } from './instant';
