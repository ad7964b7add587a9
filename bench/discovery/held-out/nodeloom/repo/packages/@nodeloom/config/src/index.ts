import 'reflect-metadata';

import { CacheConfig } from './configs/cache.config';
import { DatabaseConfig } from './configs/database.config';
import { DiagnosticsConfig } from './configs/diagnostics.config';
import { EndpointsConfig } from './configs/endpoints.config';
import { ExternalStorageConfig } from './configs/external-storage.config';
import { LicenseConfig } from './configs/license.config';
import { NodesConfig } from './configs/nodes.config';
import { TaskRunnersConfig } from './configs/runners.config';
import { ScalingModeConfig } from './configs/scaling-mode.config';
import { SentryConfig } from './configs/diagnostics.config';
import { TemplatesConfig } from './configs/endpoints.config';
import { UserManagementConfig } from './configs/user-management.config';
import { Config, Env, Nested } from './decorators';

export { Config, Env, Nested } from './decorators';
export { TaskRunnersConfig } from './configs/runners.config';
export type { TaskRunnerMode } from './configs/runners.config';

@Config
export class GlobalConfig {
	@Nested
	database: DatabaseConfig;

	@Nested
	cache: CacheConfig;

	@Nested
	queue: ScalingModeConfig;

	@Nested
	userManagement: UserManagementConfig;

	@Nested
	externalStorage: ExternalStorageConfig;

	@Nested
	license: LicenseConfig;

	@Nested
	taskRunners: TaskRunnersConfig;

	@Nested
	diagnostics: DiagnosticsConfig;

	@Nested
	sentry: SentryConfig;

	@Nested
	endpoints: EndpointsConfig;

	@Nested
	nodes: NodesConfig;

	@Nested
	templates: TemplatesConfig;

	/** Path nodeloom is deployed to */
	@Env('NODELOOM_PATH')
	path: string = '/';

	@Env('NODELOOM_HOST')
	host: string = 'localhost';

	@Env('NODELOOM_PORT')
	port: number = 5678;

	@Env('NODELOOM_LISTEN_ADDRESS')
	listen_address: string = '0.0.0.0';

	@Env('NODELOOM_PROTOCOL')
	protocol: 'http' | 'https' = 'http';

	/** `regular` runs executions in the main process, `queue` offloads to workers via Bull */
	@Env('EXECUTIONS_MODE')
	executionsMode: 'regular' | 'queue' = 'regular';

	@Env('NODELOOM_ENCRYPTION_KEY')
	encryptionKey: string = '';
}
