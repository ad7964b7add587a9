/** Every source discovery runs, in a fixed order (the order does not change the result). */
import type { Source } from '../source.js';
import { codeSources } from './code/index.js';
import { configSources } from './config/index.js';
import { gatewaySources } from './gateways/index.js';
import { interfaceSources } from './interfaces/index.js';
import { controlPlaneMarkers } from './control-plane-markers.js';
import { projectMarkers } from './project-markers.js';
import { jinjaTemplatesSource } from './config/jinja-templates.js';
import { templateInputsSource } from './config/template-inputs.js';
import { pythonTemplateInputsSource } from './config/python-template-inputs.js';
import { clickhouseEnginesSource } from './config/clickhouse-engines.js';

/**
 * Jinja templates are read by the reader of the file each renders to: any deployment, gateway or
 * interface reader (code is not rendered from templates in the repositories this is for).
 */
const jinjaTemplates = jinjaTemplatesSource([...configSources, ...gatewaySources, ...interfaceSources]);

/**
 * The sources of a default scan. ClickHouse's engine DDL is read from code strings as well as
 * `.sql` files, so it stays out of the readers Jinja templates are handed to (above).
 */
export const ALL_SOURCES: readonly Source[] = [projectMarkers, controlPlaneMarkers, ...configSources, clickhouseEnginesSource, templateInputsSource, pythonTemplateInputsSource, jinjaTemplates, ...gatewaySources, ...interfaceSources, ...codeSources];
