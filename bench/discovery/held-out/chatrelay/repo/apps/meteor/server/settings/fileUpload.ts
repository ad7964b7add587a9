import { settingsRegistry } from './registry';

export const createFileUploadSettings = () =>
	settingsRegistry.addGroup('FileUpload', function () {
		this.add('FileUpload_Enabled', true, { type: 'boolean', public: true });
		this.add('FileUpload_MaxFileSize', 104857600, { type: 'int', public: true });
		this.add('FileUpload_Storage_Type', 'GridFS', {
			type: 'select',
			values: [
				{ key: 'GridFS', i18nLabel: 'GridFS' },
				{ key: 'AmazonS3', i18nLabel: 'AmazonS3' },
				{ key: 'FileSystem', i18nLabel: 'FileSystem' },
			],
		});
		this.section('Amazon S3', function () {
			this.add('FileUpload_S3_Bucket', '', { type: 'string' });
			this.add('FileUpload_S3_Acl', '', { type: 'string' });
			this.add('FileUpload_S3_AWSAccessKeyId', '', { type: 'string', secret: true });
			this.add('FileUpload_S3_AWSSecretAccessKey', '', { type: 'string', secret: true });
			this.add('FileUpload_S3_BucketURL', '', { type: 'string' });
			this.add('FileUpload_S3_Region', '', { type: 'string' });
			this.add('FileUpload_S3_ForcePathStyle', false, { type: 'boolean' });
			this.add('FileUpload_S3_URLExpiryTimeSpan', 120, { type: 'int' });
		});
	});
