import { Config, Env } from '../decorators';

export type TaskRunnerMode = 'internal' | 'external';

@Config
export class TaskRunnersConfig {
	@Env('NODELOOM_RUNNERS_ENABLED')
	enabled: boolean = false;

	/** `internal`: main/worker spawns the runner as a child process. `external`: a launcher sidecar connects to the broker. */
	@Env('NODELOOM_RUNNERS_MODE')
	mode: TaskRunnerMode = 'internal';

	@Env('NODELOOM_RUNNERS_PATH')
	path: string = '/runners';

	/** Shared secret the launcher/runners use to obtain a grant token. */
	@Env('NODELOOM_RUNNERS_AUTH_TOKEN')
	authToken: string = '';

	/** Port the task broker listens on for runner connections */
	@Env('NODELOOM_RUNNERS_BROKER_PORT')
	port: number = 5679;

	@Env('NODELOOM_RUNNERS_BROKER_LISTEN_ADDRESS')
	listenAddress: string = '127.0.0.1';

	@Env('NODELOOM_RUNNERS_MAX_PAYLOAD')
	maxPayload: number = 1024 * 1024 * 1024;

	@Env('NODELOOM_RUNNERS_MAX_CONCURRENCY')
	maxConcurrency: number = 5;

	@Env('NODELOOM_RUNNERS_TASK_TIMEOUT')
	taskTimeout: number = 60;

	@Env('NODELOOM_RUNNERS_HEARTBEAT_INTERVAL')
	heartbeatInterval: number = 30;
}
