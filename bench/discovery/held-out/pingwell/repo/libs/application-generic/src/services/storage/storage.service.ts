import { GetObjectCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';

export interface StorageConfig {
  bucket: string;
  region: string;
  /** Custom S3 endpoint (MinIO / localstack). Comes from S3_LOCAL_STACK. */
  endpoint?: string;
}

export class StorageService {
  private s3: S3Client;

  constructor(private cfg: StorageConfig) {
    this.s3 = new S3Client({
      region: cfg.region,
      endpoint: cfg.endpoint,
      forcePathStyle: Boolean(cfg.endpoint),
      // credentials from AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY via the default chain
    });
  }

  async uploadFile(key: string, file: Buffer, contentType: string) {
    await this.s3.send(new PutObjectCommand({ Bucket: this.cfg.bucket, Key: key, Body: file, ContentType: contentType }));
  }

  async getFile(key: string): Promise<Buffer> {
    const res = await this.s3.send(new GetObjectCommand({ Bucket: this.cfg.bucket, Key: key }));
    return Buffer.from(await res.Body!.transformToByteArray());
  }

  async getSignedUploadUrl(key: string, contentType: string) {
    return getSignedUrl(this.s3, new PutObjectCommand({ Bucket: this.cfg.bucket, Key: key, ContentType: contentType }), {
      expiresIn: 300,
    });
  }
}
