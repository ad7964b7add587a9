import 'reflect-metadata';
import { GlobalConfig } from '@nodeloom/config';
import { Command, Flags } from '@oclif/core';
import { BinaryDataService, ErrorReporter, InstanceSettings, ObjectStoreService } from 'nodeloom-core';
import type { InstanceType } from 'nodeloom-core';
import { Container } from 'typedi';

import * as Db from '@/databases/data-source';
import { License } from '@/license/license.service';
import { CacheService } from '@/services/cache/cache.service';
import { Telemetry } from '@/telemetry';
import { CommunityPackagesService } from '@/community-packages/community-packages.service';

export abstract class BaseCommand extends Command {
	protected instanceType: InstanceType = 'main';

	protected globalConfig = Container.get(GlobalConfig);

	protected instanceSettings = Container.get(InstanceSettings);

	protected license: License;

	/** Whether to init community packages (if enabled) */
	protected needsCommunityPackages = false;

	async init(): Promise<void> {
		await Container.get(ErrorReporter).init(this.instanceType, this.globalConfig.sentry.backendDsn);

		// connects to postgres via TypeORM, runs migrations on main only
		await Db.init(this.globalConfig.database).catch(async (error: Error) =>
			await this.exitWithCrash('There was an error initializing DB', error),
		);
		if (this.instanceType === 'main') await Db.migrate();

		await Container.get(CacheService).init();

		if (this.globalConfig.executionsMode === 'queue' && this.globalConfig.database.type === 'sqlite') {
			this.logger.warn('Scaling mode is not officially supported with sqlite. Please use PostgreSQL instead.');
		}

		if (
			this.needsCommunityPackages &&
			this.globalConfig.nodes.communityPackages.enabled
		) {
			await Container.get(CommunityPackagesService).checkForMissingPackages();
		}

		await Container.get(Telemetry).init();
	}

	protected async initBinaryDataService() {
		const { externalStorage } = this.globalConfig;
		const isS3Selected = process.env.NODELOOM_DEFAULT_BINARY_DATA_MODE === 's3';
		const isS3Available = (process.env.NODELOOM_AVAILABLE_BINARY_DATA_MODES ?? 's3').includes('s3');

		if (isS3Selected || isS3Available) {
			const objectStore = Container.get(ObjectStoreService);
			await objectStore.init(externalStorage.s3);
		}

		await Container.get(BinaryDataService).init({
			mode: isS3Selected ? 's3' : 'default',
			availableModes: ['filesystem', 's3'],
			localStoragePath: this.instanceSettings.nodeloomFolder,
		});
	}

	protected async initLicense(): Promise<void> {
		this.license = Container.get(License);
		await this.license.init(this.instanceType);

		const { activationKey } = this.globalConfig.license;
		if (activationKey && this.instanceType === 'main') {
			await this.license.activate(activationKey);
		}
	}

	protected async exitWithCrash(message: string, error: unknown) {
		Container.get(ErrorReporter).error(new Error(message, { cause: error }), { level: 'fatal' });
		await new Promise((resolve) => setTimeout(resolve, 2000));
		process.exit(1);
	}

	static flags = {
		help: Flags.help({ char: 'h' }),
	};
}
