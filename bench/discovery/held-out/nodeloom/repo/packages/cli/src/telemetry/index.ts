import { GlobalConfig } from '@nodeloom/config';
import RudderStack from '@rudderstack/rudder-sdk-node';
import { InstanceSettings } from 'nodeloom-core';
import { Service } from 'typedi';

import { Logger } from '@/logging/logger.service';
import type { PostHog } from 'posthog-node';

/** Feature flags via PostHog — only when diagnostics are enabled. */
@Service()
export class PostHogClient {
	private postHog?: PostHog;

	constructor(
		private readonly instanceSettings: InstanceSettings,
		private readonly globalConfig: GlobalConfig,
	) {}

	async init() {
		const { enabled, posthogConfig } = this.globalConfig.diagnostics;
		if (!enabled) return;

		const { PostHog } = await import('posthog-node');
		this.postHog = new PostHog(posthogConfig.apiKey, { host: posthogConfig.apiHost });
	}

	async getFeatureFlags(user: { id: string }) {
		if (!this.postHog) return {};
		const fullId = [this.instanceSettings.instanceId, user.id].join('#');
		return await this.postHog.getAllFlags(fullId);
	}
}

type ExecutionTrackProperties = { workflow_id: string; success: boolean; error_node_type?: string };

/**
 * Anonymous product telemetry. Disabled with NODELOOM_DIAGNOSTICS_ENABLED=false.
 */
@Service()
export class Telemetry {
	private rudderStack?: RudderStack;

	private pulseIntervalReference: NodeJS.Timeout;

	private executionCountsBuffer: Record<string, ExecutionTrackProperties[]> = {};

	constructor(
		private readonly logger: Logger,
		private readonly postHog: PostHogClient,
		private readonly instanceSettings: InstanceSettings,
		private readonly globalConfig: GlobalConfig,
	) {}

	async init() {
		const { enabled, backendConfig } = this.globalConfig.diagnostics;
		if (!enabled) return;

		const [key, dataPlaneUrl] = backendConfig.split(';');
		if (!key || !dataPlaneUrl) {
			this.logger.warn('Diagnostics backend config is invalid');
			return;
		}

		this.rudderStack = new RudderStack(key, { dataPlaneUrl, gzip: false });
		await this.postHog.init();

		this.startPulse();
	}

	private startPulse() {
		this.pulseIntervalReference = setInterval(async () => {
			void this.pulse();
		}, 6 * 60 * 60 * 1000); // every 6 hours
	}

	private async pulse() {
		const allPromises = Object.keys(this.executionCountsBuffer).map(async (workflowId) => {
			await this.track('Workflow execution count', { workflow_id: workflowId });
		});
		this.executionCountsBuffer = {};
		await Promise.all(allPromises);
	}

	async track(eventName: string, properties: Record<string, unknown> = {}) {
		if (!this.rudderStack) return;
		this.rudderStack.track({
			userId: `${this.instanceSettings.instanceId}`,
			event: eventName,
			properties: { ...properties, version_cli: this.instanceSettings.nodeloomVersion },
		});
	}

	async stopTracking() {
		clearInterval(this.pulseIntervalReference);
		await this.rudderStack?.flush();
	}
}
