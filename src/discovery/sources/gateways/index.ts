/**
 * Reverse proxies and API gateways: their routes are integrations from the gateway to each
 * upstream service, written in the proxy's own configuration rather than in code.
 */
import type { Source } from '../../source.js';
import { apacheSource } from './apache.js';
import { apiDefinitionsSource } from './api-definitions.js';
import { caddySource } from './caddy.js';
import { envoySource } from './envoy.js';
import { haproxySource } from './haproxy.js';
import { kongSource } from './kong.js';
import { nginxSource } from './nginx.js';
import { ntradaSource } from './ntrada.js';
import { ocelotSource } from './ocelot.js';
import { springCloudGatewaySource } from './spring-cloud-gateway.js';
import { traefikSource } from './traefik.js';
import { yarpSource } from './yarp.js';

/** Every gateway source, in the order they are documented. */
export const gatewaySources: Source[] = [nginxSource, springCloudGatewaySource, yarpSource, ocelotSource, ntradaSource, envoySource, traefikSource, caddySource, kongSource, haproxySource, apacheSource, apiDefinitionsSource];

export { apacheSource, apiDefinitionsSource, caddySource, envoySource, haproxySource, kongSource, nginxSource, ntradaSource, ocelotSource, springCloudGatewaySource, traefikSource, yarpSource };
