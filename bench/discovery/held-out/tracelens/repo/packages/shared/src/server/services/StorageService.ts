import {
  GetObjectCommand,
  HeadObjectCommand,
  PutObjectCommand,
  S3Client,
} from "@aws-sdk/client-s3";
import { getSignedUrl } from "@aws-sdk/s3-request-presigner";
import { Readable } from "stream";

export interface StorageService {
  uploadJson(path: string, body: unknown): Promise<void>;
  uploadFile(params: { fileName: string; fileType: string; data: Readable | string }): Promise<{ signedUrl: string }>;
  download(path: string): Promise<string>;
  getSignedUploadUrl(params: { path: string; ttlSeconds: number; contentType: string }): Promise<string>;
  exists(path: string): Promise<boolean>;
}

type S3Params = {
  bucketName: string;
  accessKeyId?: string;
  secretAccessKey?: string;
  endpoint?: string;
  region?: string;
  forcePathStyle: boolean;
};

class S3StorageService implements StorageService {
  private client: S3Client;
  private bucketName: string;

  constructor(params: S3Params) {
    // Without explicit credentials the SDK falls back to the default chain (IRSA, instance profile).
    const credentials =
      params.accessKeyId && params.secretAccessKey
        ? { accessKeyId: params.accessKeyId, secretAccessKey: params.secretAccessKey }
        : undefined;
    this.client = new S3Client({
      credentials,
      endpoint: params.endpoint,
      region: params.region,
      forcePathStyle: params.forcePathStyle,
    });
    this.bucketName = params.bucketName;
  }

  async uploadJson(path: string, body: unknown) {
    await this.client.send(
      new PutObjectCommand({ Bucket: this.bucketName, Key: path, Body: JSON.stringify(body), ContentType: "application/json" }),
    );
  }

  async uploadFile({ fileName, fileType, data }: { fileName: string; fileType: string; data: Readable | string }) {
    await this.client.send(new PutObjectCommand({ Bucket: this.bucketName, Key: fileName, Body: data, ContentType: fileType }));
    const signedUrl = await getSignedUrl(this.client, new GetObjectCommand({ Bucket: this.bucketName, Key: fileName }), {
      expiresIn: 60 * 60 * 24,
    });
    return { signedUrl };
  }

  async download(path: string) {
    const res = await this.client.send(new GetObjectCommand({ Bucket: this.bucketName, Key: path }));
    return (await res.Body?.transformToString()) ?? "";
  }

  async getSignedUploadUrl({ path, ttlSeconds, contentType }: { path: string; ttlSeconds: number; contentType: string }) {
    return getSignedUrl(
      this.client,
      new PutObjectCommand({ Bucket: this.bucketName, Key: path, ContentType: contentType }),
      { expiresIn: ttlSeconds },
    );
  }

  async exists(path: string) {
    try {
      await this.client.send(new HeadObjectCommand({ Bucket: this.bucketName, Key: path }));
      return true;
    } catch {
      return false;
    }
  }
}

export class StorageServiceFactory {
  static getInstance(params: S3Params): StorageService {
    return new S3StorageService(params);
  }
}
