import { basename, join } from 'path'
import { CONFIG } from '../../initializers/config.js'
import { storeObject, removeObject, createObjectReadStream } from './shared/object-storage-helpers.js'

function generateHLSObjectStorageKey (playlist: { getStringType (): string, Video: { uuid: string } }, filename: string) {
  return join(playlist.Video.uuid, filename)
}

function generateWebVideoObjectStorageKey (filename: string) {
  return filename
}

async function storeHLSFileFromFilename (playlist: any, filename: string) {
  return storeObject({
    inputPath: join(playlist.getDirectory(), filename),
    objectStorageKey: generateHLSObjectStorageKey(playlist, filename),
    bucketInfo: CONFIG.OBJECT_STORAGE.HLS,
    isPrivate: playlist.Video.hasPrivateStaticPath()
  })
}

async function storeWebVideoFile (video: any, file: any) {
  return storeObject({
    inputPath: video.getFilePath(file),
    objectStorageKey: generateWebVideoObjectStorageKey(file.filename),
    bucketInfo: CONFIG.OBJECT_STORAGE.WEB_VIDEOS,
    isPrivate: video.hasPrivateStaticPath()
  })
}

function removeWebVideoObjectStorage (file: { filename: string }) {
  return removeObject(generateWebVideoObjectStorageKey(file.filename), CONFIG.OBJECT_STORAGE.WEB_VIDEOS)
}

function getWebVideoFileReadStream (options: { filename: string, rangeHeader: string }) {
  const { filename, rangeHeader } = options
  return createObjectReadStream({
    key: generateWebVideoObjectStorageKey(basename(filename)),
    bucketInfo: CONFIG.OBJECT_STORAGE.WEB_VIDEOS,
    rangeHeader
  })
}

export { storeHLSFileFromFilename, storeWebVideoFile, removeWebVideoObjectStorage, getWebVideoFileReadStream }
