import { S3Client, ListObjectsV2Command, GetObjectCommand, PutObjectCommand, ListBucketsCommand } from '@aws-sdk/client-s3';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import { QueryService, QueryResult, ConnectionTestResult } from '@panelsmith/common';

export default class S3QueryService implements QueryService {
  private client(options: Record<string, any>) {
    return new S3Client({
      region: options.region,
      endpoint: options.custom_endpoint_enabled ? options.endpoint : undefined,
      forcePathStyle: !!options.custom_endpoint_enabled,
      credentials: { accessKeyId: options.access_key, secretAccessKey: options.secret_key },
    });
  }

  async run(options: Record<string, any>, query: Record<string, any>): Promise<QueryResult> {
    const s3 = this.client(options);
    switch (query.operation) {
      case 'list_objects':
        return { status: 'ok', data: await s3.send(new ListObjectsV2Command({ Bucket: query.bucket, Prefix: query.prefix })) };
      case 'upload_object':
        return {
          status: 'ok',
          data: await s3.send(new PutObjectCommand({ Bucket: query.bucket, Key: query.key, Body: query.data, ContentType: query.content_type })),
        };
      case 'signed_url_for_get':
        return {
          status: 'ok',
          data: { url: await getSignedUrl(s3, new GetObjectCommand({ Bucket: query.bucket, Key: query.key }), { expiresIn: query.expires_in ?? 3600 }) },
        };
      default:
        throw new Error(`Unsupported S3 operation ${query.operation}`);
    }
  }

  async testConnection(options: Record<string, any>): Promise<ConnectionTestResult> {
    await this.client(options).send(new ListBucketsCommand({}));
    return { status: 'ok' };
  }
}
