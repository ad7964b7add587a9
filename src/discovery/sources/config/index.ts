/**
 * The deployment and runtime configuration sources: where services, their environment and their
 * declared dependencies are written down outside the code.
 */
import type { Source } from '../../source.js';
import { alertingConfigSource } from './alerting-config.js';
import { clickhouseConfigSource } from './clickhouse-config.js';
import { clickhouseEnginesSource } from './clickhouse-engines.js';
import { azureFunctionJsonSource } from './azure-function-json.js';
import { camelXmlSource } from './camel-xml.js';
import { camelYamlSource } from './camel-yaml.js';
import { daprComponentsSource } from './dapr-components.js';
import { dexConfigSource } from './dex-config.js';
import { dskitConfigSource } from './dskit-config.js';
import { dagsterConfigSource } from './dagster-config.js';
import { flowDeploymentsSource } from './flow-deployments.js';
import { dockerComposeSource } from './docker-compose.js';
import { dockerBuildSource } from './docker-build.js';
import { dockerBakeSource } from './docker-bake.js';
import { dockerfileSource } from './dockerfile.js';
import { dotnetAppsettingsSource } from './dotnet-appsettings.js';
import { entrypointScriptSource } from './entrypoint-script.js';
import { envFileSource } from './env-file.js';
import { installEnvScriptSource } from './install-env-script.js';
import { firebaseHostingSource } from './firebase-hosting.js';
import { goConfigFileSource } from './go-config-file.js';
import { pathEnvConfigSource } from './path-env-config.js';
import { dropwizardConfigSource } from './dropwizard-config.js';
import { mountedSettingsSource } from './mounted-settings.js';
import { hoconConfigSource } from './hocon-config.js';
import { hasuraMetadataSource } from './hasura-metadata.js';
import { helmChartSource } from './helm-chart.js';
import { helmTemplatesSource } from './helm-templates.js';
import { helmValuesSource } from './helm-values.js';
import { jsonConfigSource } from './json-config.js';
import { nodeConfigSource } from './node-config.js';
import { backstageAppConfigSource } from './backstage-app-config.js';
import { kafkaConnectSource } from './kafka-connect.js';
import { kubernetesManifestsSource } from './kubernetes-manifests.js';
import { kustomizeSource } from './kustomize.js';
import { libertyServerSource } from './liberty-server.js';
import { namekoConfigSource } from './nameko-config.js';
import { processScriptSource } from './process-script.js';
import { sidekiqConfigSource } from './sidekiq-config.js';
import { procfileSource } from './procfile.js';
import { commonSiteConfigSource } from './frappe-bench.js';
import { sectionedDefaultsSource } from './sectioned-defaults.js';
import { supervisordSource } from './supervisord.js';
import { s6ServicesSource } from './s6-services.js';
import { nodePackageSource } from './node-package.js';
import { composerAutoloadSource } from './composer-autoload.js';
import { springConfigSource } from './spring-config.js';
import { symfonyConfigSource } from './symfony-config.js';

/** Every deployment and runtime config source, in the order they are documented. */
export const configSources: Source[] = [
  dockerComposeSource,
  dockerfileSource,
  dockerBuildSource,
  dockerBakeSource,
  nodePackageSource,
  composerAutoloadSource,
  entrypointScriptSource,
  processScriptSource,
  procfileSource,
  commonSiteConfigSource,
  sidekiqConfigSource,
  supervisordSource,
  s6ServicesSource,
  kubernetesManifestsSource,
  kustomizeSource,
  helmChartSource,
  helmValuesSource,
  helmTemplatesSource,
  envFileSource,
  installEnvScriptSource,
  sectionedDefaultsSource,
  springConfigSource,
  hoconConfigSource,
  libertyServerSource,
  dotnetAppsettingsSource,
  jsonConfigSource,
  nodeConfigSource,
  backstageAppConfigSource,
  azureFunctionJsonSource,
  goConfigFileSource,
  pathEnvConfigSource,
  dropwizardConfigSource,
  mountedSettingsSource,
  daprComponentsSource,
  symfonyConfigSource,
  kafkaConnectSource,
  namekoConfigSource,
  camelYamlSource,
  camelXmlSource,
  firebaseHostingSource,
  dexConfigSource,
  alertingConfigSource,
  clickhouseConfigSource,
  dskitConfigSource,
  dagsterConfigSource,
  hasuraMetadataSource,
  flowDeploymentsSource,
];

/** Each source on its own, for tests and for callers that want one. */
export { alertingConfigSource, camelXmlSource, composerAutoloadSource, clickhouseConfigSource, clickhouseEnginesSource, camelYamlSource, dagsterConfigSource, dexConfigSource, dskitConfigSource, dockerBuildSource, firebaseHostingSource, kafkaConnectSource, namekoConfigSource, nodePackageSource, processScriptSource, procfileSource, s6ServicesSource, sectionedDefaultsSource, supervisordSource };
export { mountedSettingsSource } from './mounted-settings.js';
export { hasuraMetadataSource } from './hasura-metadata.js';
export { dropwizardConfigSource } from './dropwizard-config.js';
export { azureFunctionJsonSource, daprComponentsSource, dockerComposeSource, dockerfileSource, dotnetAppsettingsSource, entrypointScriptSource, envFileSource, goConfigFileSource, helmChartSource, helmTemplatesSource, helmValuesSource, jsonConfigSource, kubernetesManifestsSource, kustomizeSource, libertyServerSource, springConfigSource, symfonyConfigSource };
