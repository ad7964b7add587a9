import { S3Client, PutObjectCommand } from '@aws-sdk/client-s3';
import { getModel } from '@chatrelay/models';
import type { Collection } from 'mongodb';

type Setting = { _id: string; value: any };

// The storage target is not configured on this service: it reads the same FileUpload_S3_*
// settings the main app persisted in MongoDB (seeded via OVERWRITE_SETTING_* on the app).
async function loadS3Settings() {
	const Settings = getModel<Collection<Setting>>('settings');
	const docs = await Settings.find({ _id: { $regex: /^FileUpload_S3_/ } }).toArray();
	return Object.fromEntries(docs.map((d) => [d._id, d.value])) as Record<string, any>;
}

export async function uploadPdf(key: string, body: Buffer): Promise<string> {
	const s = await loadS3Settings();
	const client = new S3Client({
		endpoint: s.FileUpload_S3_BucketURL,
		region: s.FileUpload_S3_Region || 'us-east-1',
		forcePathStyle: Boolean(s.FileUpload_S3_ForcePathStyle),
		credentials: { accessKeyId: s.FileUpload_S3_AWSAccessKeyId, secretAccessKey: s.FileUpload_S3_AWSSecretAccessKey },
	});
	await client.send(new PutObjectCommand({ Bucket: s.FileUpload_S3_Bucket, Key: key, Body: body, ContentType: 'application/pdf' }));
	return key;
}
