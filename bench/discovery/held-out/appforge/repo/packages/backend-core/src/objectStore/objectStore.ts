import AWS from "aws-sdk"
import fs from "fs"
import { extname } from "path"
import env from "../environment"

const STATE = { bucketCreationPromises: {} as Record<string, Promise<any> | undefined> }
const CONTENT_TYPE_MAP: Record<string, string> = {
  txt: "text/plain",
  html: "text/html",
  css: "text/css",
  js: "application/javascript",
  json: "application/json",
  gz: "application/gzip",
  svg: "image/svg+xml",
}

export function sanitizeKey(input: string) {
  return sanitizeBucket(input).replace(/\\/g, "/")
}

export function sanitizeBucket(input: string) {
  return input.replace(/_/g, "-").toLowerCase()
}

/**
 * Gets a connection to the object store using the S3 SDK.
 * When self hosted this points at MinIO, in the cloud at AWS S3.
 */
export function ObjectStore(bucket: string, opts: { presigning?: boolean } = {}) {
  const config: AWS.S3.ClientConfiguration = {
    s3ForcePathStyle: true,
    signatureVersion: "v4",
    apiVersion: "2006-03-01",
    accessKeyId: env.MINIO_ACCESS_KEY,
    secretAccessKey: env.MINIO_SECRET_KEY,
    region: env.AWS_REGION || "eu-west-1",
  }
  if (bucket) {
    config.params = { Bucket: sanitizeBucket(bucket) }
  }
  if (env.MINIO_ENABLED && env.MINIO_URL) {
    if (opts.presigning && env.MINIO_ENABLED) {
      // IMPORTANT: dummy endpoint, presigned urls are rewritten to go via the proxy
      config.endpoint = "minio-service"
    } else {
      config.endpoint = env.MINIO_URL
    }
  }
  return new AWS.S3(config)
}

export async function makeSureBucketExists(client: AWS.S3, bucketName: string) {
  bucketName = sanitizeBucket(bucketName)
  try {
    await client.headBucket({ Bucket: bucketName }).promise()
  } catch (err: any) {
    const promises = STATE.bucketCreationPromises
    if (err.statusCode === 404 || err.statusCode === 403) {
      if (!promises[bucketName]) {
        promises[bucketName] = client.createBucket({ Bucket: bucketName }).promise()
      }
      await promises[bucketName]
      delete promises[bucketName]
    } else {
      throw new Error("Unable to write to object store bucket.")
    }
  }
}

export async function upload({
  bucket: bucketName,
  filename,
  path,
  type,
  metadata,
}: {
  bucket: string
  filename: string
  path: string
  type?: string
  metadata?: Record<string, string>
}) {
  const extension = extname(filename).replace(".", "")
  const objectStore = ObjectStore(bucketName)
  await makeSureBucketExists(objectStore, bucketName)
  const config: AWS.S3.PutObjectRequest = {
    Bucket: sanitizeBucket(bucketName),
    Key: sanitizeKey(filename),
    Body: fs.createReadStream(path),
    ContentType: type || CONTENT_TYPE_MAP[extension.toLowerCase()],
  }
  if (metadata) {
    config.Metadata = metadata
  }
  return objectStore.upload(config).promise()
}

export async function streamUpload(bucketName: string, filename: string, stream: any, extra = {}) {
  const objectStore = ObjectStore(bucketName)
  await makeSureBucketExists(objectStore, bucketName)
  const params = {
    Bucket: sanitizeBucket(bucketName),
    Key: sanitizeKey(filename),
    Body: stream,
    ...extra,
  }
  return objectStore.upload(params).promise()
}

export async function retrieve(bucketName: string, filepath: string) {
  const objectStore = ObjectStore(bucketName)
  const params = { Bucket: sanitizeBucket(bucketName), Key: sanitizeKey(filepath) }
  const response = await objectStore.getObject(params).promise()
  return response.Body
}

export function getPresignedUrl(bucketName: string, key: string, durationSeconds = 3600) {
  const objectStore = ObjectStore(bucketName, { presigning: true })
  const signedUrl = objectStore.getSignedUrl("getObject", {
    Bucket: sanitizeBucket(bucketName),
    Key: sanitizeKey(key),
    Expires: durationSeconds,
  })
  // strip the dummy host so the browser goes through the proxy
  const url = new URL(signedUrl)
  return `/files/signed${url.pathname}${url.search}`
}

export async function deleteFolder(bucketName: string, folder: string) {
  const client = ObjectStore(bucketName)
  const listed = await client
    .listObjects({ Bucket: sanitizeBucket(bucketName), Prefix: folder })
    .promise()
  if (!listed.Contents?.length) return
  await client
    .deleteObjects({
      Bucket: sanitizeBucket(bucketName),
      Delete: { Objects: listed.Contents.map(c => ({ Key: c.Key! })) },
    })
    .promise()
}
