import { CompleteMultipartUploadCommandOutput, DeleteObjectCommand, GetObjectCommand, PutObjectCommand, PutObjectCommandInput } from '@aws-sdk/client-s3'
import { Upload } from '@aws-sdk/lib-storage'
import { createReadStream } from 'fs'
import { logger } from '../../../helpers/logger.js'
import { CONFIG } from '../../../initializers/config.js'
import { getClient } from './client.js'

type BucketInfo = {
  BUCKET_NAME: string
  PREFIX?: string
}

async function storeObject (options: {
  inputPath: string
  objectStorageKey: string
  bucketInfo: BucketInfo
  isPrivate: boolean
}): Promise<string> {
  const { inputPath, objectStorageKey, bucketInfo, isPrivate } = options

  logger.debug('Uploading file %s to %s%s in bucket %s', inputPath, bucketInfo.PREFIX, objectStorageKey, bucketInfo.BUCKET_NAME)

  const fileStream = createReadStream(inputPath)

  return uploadToStorage({ objectStorageKey, content: fileStream, bucketInfo, isPrivate })
}

async function removeObject (objectStorageKey: string, bucketInfo: BucketInfo) {
  const command = new DeleteObjectCommand({
    Bucket: bucketInfo.BUCKET_NAME,
    Key: buildKey(objectStorageKey, bucketInfo)
  })

  const client = await getClient()
  return client.send(command)
}

async function createObjectReadStream (options: { key: string, bucketInfo: BucketInfo, rangeHeader?: string }) {
  const { key, bucketInfo, rangeHeader } = options

  const command = new GetObjectCommand({
    Bucket: bucketInfo.BUCKET_NAME,
    Key: buildKey(key, bucketInfo),
    Range: rangeHeader
  })

  const client = await getClient()
  const response = await client.send(command)

  return { response, stream: response.Body as NodeJS.ReadableStream }
}

function buildKey (key: string, bucketInfo: BucketInfo) {
  return (bucketInfo.PREFIX ?? '') + key
}

async function uploadToStorage (options: {
  content: NodeJS.ReadableStream
  objectStorageKey: string
  bucketInfo: BucketInfo
  isPrivate: boolean
}) {
  const { content, objectStorageKey, bucketInfo, isPrivate } = options

  const input: PutObjectCommandInput = {
    Body: content as any,
    Bucket: bucketInfo.BUCKET_NAME,
    Key: buildKey(objectStorageKey, bucketInfo),
    ACL: isPrivate ? CONFIG.OBJECT_STORAGE.UPLOAD_ACL.PRIVATE as any : CONFIG.OBJECT_STORAGE.UPLOAD_ACL.PUBLIC as any
  }

  const parallelUploads3 = new Upload({
    client: await getClient(),
    queueSize: 4,
    partSize: CONFIG.OBJECT_STORAGE.MAX_SINGLE_PART_UPLOAD_SIZE,
    leavePartsOnError: false,
    params: input
  })

  const response = (await parallelUploads3.done()) as CompleteMultipartUploadCommandOutput
  if (!response.Bucket) {
    const message = `Error uploading ${objectStorageKey} to bucket ${bucketInfo.BUCKET_NAME}`
    logger.error(message, { response })
    throw new Error(message)
  }

  return response.Location
}

async function putSmallObject (key: string, body: string, bucketInfo: BucketInfo) {
  const client = await getClient()
  return client.send(new PutObjectCommand({ Bucket: bucketInfo.BUCKET_NAME, Key: buildKey(key, bucketInfo), Body: body }))
}

export { storeObject, removeObject, createObjectReadStream, putSmallObject, BucketInfo }
