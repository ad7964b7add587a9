import { GlobalConfig } from '@nodeloom/config';
import axios from 'axios';
import { exec } from 'child_process';
import { promisify } from 'util';
import { InstanceSettings } from 'nodeloom-core';
import { Service } from 'typedi';

import { Logger } from '@/logging/logger.service';
import { InstalledPackagesRepository } from '@/databases/repositories/installed-packages.repository';

const asyncExec = promisify(exec);

/**
 * Installs community node packages from the npm registry.
 * Only initialised when NODELOOM_COMMUNITY_PACKAGES_ENABLED=true (disabled in our deployments).
 */
@Service()
export class CommunityPackagesService {
	constructor(
		private readonly instanceSettings: InstanceSettings,
		private readonly logger: Logger,
		private readonly installedPackageRepository: InstalledPackagesRepository,
		private readonly globalConfig: GlobalConfig,
	) {}

	async checkForMissingPackages() {
		const installedPackages = await this.installedPackageRepository.find({ relations: ['installedNodes'] });
		for (const pkg of installedPackages) {
			this.logger.info(`Reinstalling missing community package ${pkg.packageName}`);
			await this.installPackage(pkg.packageName, pkg.installedVersion);
		}
	}

	async checkNpmPackageStatus(packageName: string) {
		const { registry } = this.globalConfig.nodes.communityPackages;
		const response = await axios.get<{ status: string }>(`${registry}/${packageName}`, { timeout: 5000 });
		return response.data;
	}

	async installPackage(packageName: string, version?: string) {
		const { registry } = this.globalConfig.nodes.communityPackages;
		const packageVersion = version ? `${packageName}@${version}` : packageName;
		await asyncExec(`npm install ${packageVersion} --registry=${registry}`, {
			cwd: `${this.instanceSettings.nodeloomFolder}/nodes`,
		});
	}
}
