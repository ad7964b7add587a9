import { Config, Env, Nested } from '../decorators';

@Config
class CommunityPackagesConfig {
	/** Whether to enable community packages (installed from the npm registry at runtime) */
	@Env('NODELOOM_COMMUNITY_PACKAGES_ENABLED')
	enabled: boolean = true;

	@Env('NODELOOM_COMMUNITY_PACKAGES_REGISTRY')
	registry: string = 'https://registry.npmjs.org';
}

@Config
export class NodesConfig {
	/** Node types to load. Includes all if unspecified. */
	@Env('NODES_INCLUDE')
	include: string = '';

	@Env('NODES_EXCLUDE')
	exclude: string = '["nodeloom-nodes-base.executeCommand","nodeloom-nodes-base.localFileTrigger"]';

	@Nested
	communityPackages: CommunityPackagesConfig;
}
