import * as LaunchDarkly from 'launchdarkly-node-server-sdk';

/**
 * Feature flags. With an SDK key (Pingwell Cloud) flags come from LaunchDarkly; without one the
 * FF_* environment variables are used, which is what self-hosted installs do.
 */
export class FeatureFlagsService {
  private client?: LaunchDarkly.LDClient;

  constructor(sdkKey?: string) {
    if (sdkKey) {
      this.client = LaunchDarkly.init(sdkKey, { stream: true });
    }
  }

  async isEnabled(flag: string, context: { organizationId: string }, fallback = false): Promise<boolean> {
    if (!this.client) {
      const env = process.env[`FF_${flag.toUpperCase().replace(/-/g, '_')}`];
      return env === undefined ? fallback : env === 'true';
    }
    await this.client.waitForInitialization();
    return this.client.variation(flag, { kind: 'organization', key: context.organizationId }, fallback);
  }
}
