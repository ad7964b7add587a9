/** Every source discovery runs, in a fixed order (the order does not change the result). */
import type { Source } from '../source.js';
import { codeSources } from './code/index.js';
import { configSources } from './config/index.js';
import { gatewaySources } from './gateways/index.js';
import { interfaceSources } from './interfaces/index.js';
import { controlPlaneMarkers } from './control-plane-markers.js';
import { projectMarkers } from './project-markers.js';

/** The sources of a default scan. */
export const ALL_SOURCES: readonly Source[] = [projectMarkers, controlPlaneMarkers, ...configSources, ...gatewaySources, ...interfaceSources, ...codeSources];
