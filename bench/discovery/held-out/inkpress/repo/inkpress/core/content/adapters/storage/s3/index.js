'use strict';

// Custom storage adapter: stores uploaded images in S3.
// Activated with storage.active = "s3" (config.production.json / storage__active=s3).
const StorageBase = require('@tryghost/storage-base');
const {S3Client, PutObjectCommand, HeadObjectCommand, DeleteObjectCommand, GetObjectCommand} = require('@aws-sdk/client-s3');
const path = require('path');
const fs = require('fs/promises');

const stripLeadingSlash = s => (s.indexOf('/') === 0 ? s.substring(1) : s);
const stripEndingSlash = s => (s.indexOf('/') === (s.length - 1) ? s.substring(0, s.length - 1) : s);

class S3Storage extends StorageBase {
    constructor(config = {}) {
        super(config);

        const {
            accessKeyId,
            secretAccessKey,
            assetHost,
            bucket,
            pathPrefix,
            region,
            endpoint,
            forcePathStyle,
            acl
        } = config;

        this.bucket = process.env.INKPRESS_STORAGE_ADAPTER_S3_PATH_BUCKET || bucket;
        this.region = process.env.AWS_REGION || region;
        this.pathPrefix = stripLeadingSlash(process.env.INKPRESS_STORAGE_ADAPTER_S3_PATH_PREFIX || pathPrefix || '');
        this.host = process.env.INKPRESS_STORAGE_ADAPTER_S3_ASSET_HOST || assetHost || `https://s3${this.region === 'us-east-1' ? '' : `.${this.region}`}.amazonaws.com/${this.bucket}`;
        this.acl = acl || 'public-read';

        this.s3 = new S3Client({
            region: this.region,
            endpoint: endpoint || undefined,
            forcePathStyle: Boolean(forcePathStyle),
            credentials: accessKeyId ? {accessKeyId, secretAccessKey} : undefined // fall back to AWS_* env / instance role
        });
    }

    async delete(fileName, targetDir) {
        const directory = targetDir || this.getTargetDir(this.pathPrefix);
        await this.s3.send(new DeleteObjectCommand({
            Bucket: this.bucket,
            Key: stripLeadingSlash(path.join(directory, fileName))
        }));
        return true;
    }

    async exists(fileName, targetDir) {
        try {
            await this.s3.send(new HeadObjectCommand({
                Bucket: this.bucket,
                Key: stripLeadingSlash(path.join(targetDir, fileName))
            }));
            return true;
        } catch (err) {
            return false;
        }
    }

    async save(image, targetDir) {
        const directory = targetDir || this.getTargetDir(this.pathPrefix);
        const fileName = await this.getUniqueFileName(image, directory);
        const body = await fs.readFile(image.path);

        await this.s3.send(new PutObjectCommand({
            ACL: this.acl,
            Body: body,
            Bucket: this.bucket,
            CacheControl: `max-age=${30 * 24 * 60 * 60}`,
            ContentType: image.type,
            Key: stripLeadingSlash(fileName)
        }));

        return `${stripEndingSlash(this.host)}/${stripLeadingSlash(fileName)}`;
    }

    serve() {
        return (req, res, next) => {
            this.s3.send(new GetObjectCommand({
                Bucket: this.bucket,
                Key: stripLeadingSlash(stripEndingSlash(this.pathPrefix) + req.path)
            })).then((output) => {
                res.set('Content-Type', output.ContentType);
                output.Body.pipe(res);
            }).catch(next);
        };
    }

    async read(options = {}) {
        let p = options.path || '';
        if (p.startsWith(this.host)) {
            p = p.substring(this.host.length);
        }
        const output = await this.s3.send(new GetObjectCommand({Bucket: this.bucket, Key: stripLeadingSlash(p)}));
        return Buffer.from(await output.Body.transformToByteArray());
    }
}

module.exports = S3Storage;
