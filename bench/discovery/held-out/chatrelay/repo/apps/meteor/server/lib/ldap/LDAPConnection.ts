import ldap from 'ldapjs';

import { settings } from '../../settings/cached';

export class LDAPConnection {
	private client?: ldap.Client;

	get enabled(): boolean {
		return settings.get('LDAP_Enable') === true;
	}

	connect(): Promise<void> {
		if (!this.enabled) {
			return Promise.resolve();
		}
		const host = settings.get<string>('LDAP_Host') || 'ldap.corp.example.com';
		const port = settings.get<number>('LDAP_Port') || 389;
		this.client = ldap.createClient({ url: `ldap://${host}:${port}`, timeout: 5000 });
		return new Promise((resolve, reject) => {
			this.client!.bind(settings.get('LDAP_Authentication_UserDN'), settings.get('LDAP_Authentication_Password'), (err) =>
				err ? reject(err) : resolve(),
			);
		});
	}

	disconnect(): void {
		this.client?.unbind();
	}
}
