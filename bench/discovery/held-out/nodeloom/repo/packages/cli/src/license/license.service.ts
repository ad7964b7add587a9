import { GlobalConfig } from '@nodeloom/config';
import type { TEntitlement, TFeatures, TLicenseBlock } from '@nodeloom_io/license-sdk';
import { LicenseManager } from '@nodeloom_io/license-sdk';
import { InstanceSettings } from 'nodeloom-core';
import type { InstanceType } from 'nodeloom-core';
import { Service } from 'typedi';

import { SettingsRepository } from '@/databases/repositories/settings.repository';
import { Logger } from '@/logging/logger.service';

export const SETTINGS_LICENSE_CERT_KEY = 'license.cert';

@Service()
export class License {
	private manager: LicenseManager | undefined;

	constructor(
		private readonly logger: Logger,
		private readonly instanceSettings: InstanceSettings,
		private readonly settingsRepository: SettingsRepository,
		private readonly globalConfig: GlobalConfig,
	) {}

	async init(instanceType: InstanceType = 'main') {
		if (this.manager) return;

		const isMainInstance = instanceType === 'main';
		const { serverUrl, tenantId, autoRenewalEnabled } = this.globalConfig.license;

		// Only the main instance talks to the license server. Workers and webhook
		// processors run offline and read the certificate that main saved in the DB.
		const offlineMode = !isMainInstance;
		const autoRenewOffset = 72 * 60 * 60;
		const saveCertStr = isMainInstance
			? async (value: TLicenseBlock) => await this.saveCertStr(value)
			: async () => {};
		const onFeatureChange = isMainInstance ? async (features: TFeatures) => await this.onFeatureChange(features) : async () => {};

		try {
			this.manager = new LicenseManager({
				server: serverUrl,
				tenantId,
				productIdentifier: `nodeloom-${this.instanceSettings.nodeloomVersion}`,
				autoRenewEnabled: isMainInstance && autoRenewalEnabled,
				renewOnInit: isMainInstance && autoRenewalEnabled,
				autoRenewOffset,
				offlineMode,
				logger: this.logger,
				loadCertStr: async () => await this.loadCertStr(),
				saveCertStr,
				onFeatureChange,
				deviceFingerprint: () => this.instanceSettings.instanceId,
			});

			await this.manager.initialize();
			this.logger.debug('License initialized');
		} catch (error: unknown) {
			if (error instanceof Error) this.logger.error('Could not initialize license manager sdk', { error });
		}
	}

	async loadCertStr(): Promise<TLicenseBlock> {
		// if we have an ephemeral license, we don't want to load it from the database
		const ephemeralLicense = this.globalConfig.license.cert;
		if (ephemeralLicense) return ephemeralLicense;

		const databaseSettings = await this.settingsRepository.findOne({ where: { key: SETTINGS_LICENSE_CERT_KEY } });
		return databaseSettings?.value ?? '';
	}

	async saveCertStr(value: TLicenseBlock): Promise<void> {
		if (this.globalConfig.license.cert) return;
		await this.settingsRepository.upsert({ key: SETTINGS_LICENSE_CERT_KEY, value, loadOnStartup: false }, ['key']);
	}

	async onFeatureChange(_features: TFeatures) {
		this.logger.debug('License feature change detected');
	}

	async activate(activationKey: string): Promise<void> {
		if (!this.manager) return;
		await this.manager.activate(activationKey);
	}

	async renew() {
		await this.manager?.renew();
	}

	isFeatureEnabled(feature: string) {
		return this.manager?.hasFeatureEnabled(feature) ?? false;
	}

	getCurrentEntitlements(): TEntitlement[] {
		return this.manager?.getCurrentEntitlements() ?? [];
	}
}
