import { Config, Env } from '../decorators';

@Config
export class LicenseConfig {
	/** License server URL to retrieve license. */
	@Env('NODELOOM_LICENSE_SERVER_URL')
	serverUrl: string = 'https://license.nodeloom.io/v1';

	/** Whether autorenewal for licenses is enabled. */
	@Env('NODELOOM_LICENSE_AUTO_RENEW_ENABLED')
	autoRenewalEnabled: boolean = true;

	/** Activation key to initialize license. */
	@Env('NODELOOM_LICENSE_ACTIVATION_KEY')
	activationKey: string = '';

	/** Tenant ID used by the license manager SDK, e.g. for self-hosted, sandbox, embed, cloud. */
	@Env('NODELOOM_LICENSE_TENANT_ID')
	tenantId: number = 1;

	@Env('NODELOOM_LICENSE_CERT')
	cert: string = '';
}
