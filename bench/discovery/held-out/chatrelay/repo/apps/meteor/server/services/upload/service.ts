import { ServiceClassInternal } from '@chatrelay/core-services';

import { S3Store } from '../../lib/fileUpload/S3Store';

export class UploadService extends ServiceClassInternal {
	protected name = 'upload';

	private store = new S3Store();

	async uploadFile({ buffer, details }: { buffer: Buffer; details: { name: string; type: string; rid: string } }) {
		const key = `${details.rid}/${Date.now()}-${details.name}`;
		await this.store.put(key, buffer, details.type);
		return { key, url: await this.store.getRedirectURL(key) };
	}

	async getFileBuffer({ key }: { key: string }): Promise<Buffer> {
		return this.store.get(key);
	}
}
