import { Config, Env, Nested } from '../decorators';

@Config
class S3BucketConfig {
	/** Name of the bucket to use for binary data */
	@Env('NODELOOM_EXTERNAL_STORAGE_S3_BUCKET_NAME')
	name: string = '';

	/** Region of the bucket, e.g. `eu-central-1` */
	@Env('NODELOOM_EXTERNAL_STORAGE_S3_BUCKET_REGION')
	region: string = '';
}

@Config
class S3CredentialsConfig {
	@Env('NODELOOM_EXTERNAL_STORAGE_S3_ACCESS_KEY')
	accessKey: string = '';

	@Env('NODELOOM_EXTERNAL_STORAGE_S3_ACCESS_SECRET')
	accessSecret: string = '';
}

@Config
class S3Config {
	/** Host of the S3-compatible endpoint, e.g. `s3.us-east-1.amazonaws.com` */
	@Env('NODELOOM_EXTERNAL_STORAGE_S3_HOST')
	host: string = '';

	@Env('NODELOOM_EXTERNAL_STORAGE_S3_PROTOCOL')
	protocol: 'http' | 'https' = 'https';

	@Nested
	bucket: S3BucketConfig;

	@Nested
	credentials: S3CredentialsConfig;
}

@Config
export class ExternalStorageConfig {
	@Nested
	s3: S3Config;
}
