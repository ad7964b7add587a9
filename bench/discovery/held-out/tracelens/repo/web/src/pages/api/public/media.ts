import type { NextApiRequest, NextApiResponse } from "next";
import { createHash } from "crypto";
import { z } from "zod";
import { StorageServiceFactory } from "@tracelens/shared/src/server";
import { env } from "@/src/env.mjs";
import { verifyAuthHeaderAndReturnScope } from "@/src/features/public-api/server/apiAuth";

const MediaRequest = z.object({
  traceId: z.string(),
  contentType: z.string(),
  contentLength: z.number().max(env.TRACELENS_S3_MEDIA_MAX_CONTENT_LENGTH),
  sha256Hash: z.string(),
  field: z.enum(["input", "output", "metadata"]),
});

const mediaStorage = () => {
  if (!env.TRACELENS_S3_MEDIA_UPLOAD_BUCKET) throw new Error("Media upload bucket is not configured");
  return StorageServiceFactory.getInstance({
    bucketName: env.TRACELENS_S3_MEDIA_UPLOAD_BUCKET,
    accessKeyId: env.TRACELENS_S3_MEDIA_UPLOAD_ACCESS_KEY_ID,
    secretAccessKey: env.TRACELENS_S3_MEDIA_UPLOAD_SECRET_ACCESS_KEY,
    endpoint: env.TRACELENS_S3_MEDIA_UPLOAD_ENDPOINT,
    region: env.TRACELENS_S3_MEDIA_UPLOAD_REGION,
    forcePathStyle: env.TRACELENS_S3_MEDIA_UPLOAD_FORCE_PATH_STYLE === "true",
  });
};

/**
 * Returns a presigned PUT URL; the SDK (or the browser) uploads the bytes directly to the
 * bucket. We HEAD the object first to de-duplicate by content hash.
 */
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method !== "POST") return res.status(405).end();
  const auth = await verifyAuthHeaderAndReturnScope(req.headers.authorization);
  if (!auth.validKey) return res.status(401).json({ message: auth.error });

  const body = MediaRequest.parse(req.body);
  const mediaId = createHash("sha256").update(`${auth.scope.projectId}${body.sha256Hash}`).digest("base64url").slice(0, 22);
  const ext = body.contentType.split("/")[1] ?? "bin";
  const path = `${env.TRACELENS_S3_MEDIA_UPLOAD_PREFIX}${auth.scope.projectId}/${mediaId}.${ext}`;

  const storage = mediaStorage();
  if (await storage.exists(path)) return res.status(200).json({ mediaId, uploadUrl: null });

  const uploadUrl = await storage.getSignedUploadUrl({ path, ttlSeconds: 3600, contentType: body.contentType });
  return res.status(201).json({ mediaId, uploadUrl });
}
