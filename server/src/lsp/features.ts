import type { Feature } from './server';
import { hoverFeature } from './hover';
import { completionFeature } from './completion';
import { commandsFeature } from './commands';
import { incidentsFeature } from './incidents';

/** The editor features beyond diagnostics and code actions, each in its own module. */
export const FEATURES: readonly Feature[] = [hoverFeature, completionFeature(), commandsFeature, incidentsFeature];
