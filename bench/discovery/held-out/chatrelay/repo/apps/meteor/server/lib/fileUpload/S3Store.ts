import { S3Client, PutObjectCommand, GetObjectCommand } from '@aws-sdk/client-s3';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';

import { settings } from '../../settings/cached';

export class S3Store {
	private client?: S3Client;

	private getClient(): S3Client {
		if (!this.client) {
			this.client = new S3Client({
				endpoint: settings.get<string>('FileUpload_S3_BucketURL') || undefined,
				region: settings.get<string>('FileUpload_S3_Region') || 'us-east-1',
				forcePathStyle: settings.get<boolean>('FileUpload_S3_ForcePathStyle'),
				credentials: {
					accessKeyId: settings.get<string>('FileUpload_S3_AWSAccessKeyId'),
					secretAccessKey: settings.get<string>('FileUpload_S3_AWSSecretAccessKey'),
				},
			});
		}
		return this.client;
	}

	private get bucket(): string {
		return settings.get<string>('FileUpload_S3_Bucket');
	}

	async put(key: string, body: Buffer, contentType: string): Promise<void> {
		await this.getClient().send(
			new PutObjectCommand({ Bucket: this.bucket, Key: key, Body: body, ContentType: contentType, ACL: settings.get('FileUpload_S3_Acl') || undefined }),
		);
	}

	async get(key: string): Promise<Buffer> {
		const res = await this.getClient().send(new GetObjectCommand({ Bucket: this.bucket, Key: key }));
		return Buffer.from(await res.Body!.transformToByteArray());
	}

	async getRedirectURL(key: string): Promise<string> {
		const expiresIn = settings.get<number>('FileUpload_S3_URLExpiryTimeSpan') || 120;
		return getSignedUrl(this.getClient(), new GetObjectCommand({ Bucket: this.bucket, Key: key }), { expiresIn });
	}
}

export const isS3Enabled = () => settings.get('FileUpload_Storage_Type') === 'AmazonS3';
