import type { Feature } from './server';

/** The editor features beyond diagnostics and code actions, each in its own module. */
export const FEATURES: readonly Feature[] = [];
