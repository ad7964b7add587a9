import path from "path";
import { Readable } from "stream";
import {
  S3Client,
  DeleteObjectCommand,
  GetObjectCommand,
  ObjectCannedACL,
} from "@aws-sdk/client-s3";
import { Upload } from "@aws-sdk/lib-storage";
import "@aws-sdk/signature-v4-crt"; // https://github.com/aws/aws-sdk-js-v3#functionality-requiring-aws-common-runtime-crt
import { PresignedPostOptions, createPresignedPost } from "@aws-sdk/s3-presigned-post";
import { getSignedUrl } from "@aws-sdk/s3-request-presigner";
import env from "@server/env";
import Logger from "@server/logging/Logger";
import BaseStorage from "./BaseStorage";

export default class S3Storage extends BaseStorage {
  constructor() {
    super();

    this.client = new S3Client({
      bucketEndpoint: env.AWS_S3_ACCELERATE_URL ? true : false,
      forcePathStyle: env.AWS_S3_FORCE_PATH_STYLE,
      region: env.AWS_REGION,
      endpoint: this.getEndpoint(),
      credentials: {
        accessKeyId: env.AWS_ACCESS_KEY_ID || "",
        secretAccessKey: env.AWS_SECRET_ACCESS_KEY || "",
      },
    });
  }

  public async getPresignedPost(key: string, acl: string, maxUploadSize: number, contentType = "image") {
    const params: PresignedPostOptions = {
      Bucket: env.AWS_S3_UPLOAD_BUCKET_NAME as string,
      Key: key,
      Conditions: [
        ["content-length-range", 0, maxUploadSize],
        ["starts-with", "$Content-Type", contentType],
        ["starts-with", "$Cache-Control", ""],
      ],
      Fields: {
        "Content-Disposition": "attachment",
        key,
        acl,
      },
      Expires: 3600,
    };

    return createPresignedPost(this.client, params);
  }

  public getUploadUrl(isServerUpload?: boolean) {
    if (env.AWS_S3_ACCELERATE_URL && !isServerUpload) {
      return env.AWS_S3_ACCELERATE_URL;
    }
    const url = new URL(env.AWS_S3_UPLOAD_BUCKET_URL);
    if (url.hostname.startsWith(env.AWS_S3_UPLOAD_BUCKET_NAME + ".")) {
      return url.href;
    }
    return `${url.protocol}//${url.host}/${env.AWS_S3_UPLOAD_BUCKET_NAME}`;
  }

  public store = async ({ body, contentType, key, acl }: {
    body: Buffer | Uint8Array | string | Readable;
    contentLength?: number;
    contentType?: string;
    key: string;
    acl?: string;
  }) => {
    const upload = new Upload({
      client: this.client,
      params: {
        ACL: acl as ObjectCannedACL,
        Bucket: this.getBucket(),
        Key: key,
        ContentType: contentType,
        Body: body,
      },
    });
    await upload.done();

    const endpoint = this.getPublicEndpoint(true);
    return `${endpoint}/${key}`;
  };

  public async deleteFile(key: string) {
    await this.client.send(
      new DeleteObjectCommand({
        Bucket: this.getBucket(),
        Key: key,
      })
    );
  }

  public getSignedUrl = async (key: string, expiresIn = 60) => {
    const params = {
      Bucket: this.getBucket(),
      Key: key,
      Expires: expiresIn,
      ResponseContentDisposition: "attachment",
    };

    const url = await getSignedUrl(this.client, new GetObjectCommand(params), { expiresIn });
    return url;
  };

  public async getFileStream(key: string) {
    try {
      const item = await this.client.send(
        new GetObjectCommand({ Bucket: this.getBucket(), Key: key })
      );
      return item.Body as NodeJS.ReadableStream;
    } catch (err) {
      Logger.error("Error getting file stream from S3 ", err, { key });
    }
    return null;
  }

  private client: S3Client;

  private getEndpoint() {
    if (env.AWS_S3_ACCELERATE_URL) {
      return env.AWS_S3_ACCELERATE_URL;
    }
    // support old path-style S3 uploads and new virtual host uploads by
    // checking for the bucket name in the endpoint url.
    if (env.AWS_S3_UPLOAD_BUCKET_NAME) {
      const url = new URL(env.AWS_S3_UPLOAD_BUCKET_URL);
      if (url.hostname.startsWith(env.AWS_S3_UPLOAD_BUCKET_NAME + ".")) {
        url.hostname = url.hostname.replace(env.AWS_S3_UPLOAD_BUCKET_NAME + ".", "");
        return url.toString();
      }
    }
    return env.AWS_S3_UPLOAD_BUCKET_URL;
  }

  private getPublicEndpoint(isServerUpload?: boolean) {
    return path.join(this.getUploadUrl(isServerUpload));
  }

  private getBucket() {
    return env.AWS_S3_UPLOAD_BUCKET_NAME || "";
  }
}
