import { Readable } from "stream";
import { prisma } from "@tracelens/shared/src/db";
import {
  clickhouseClient,
  logger,
  sendBatchExportSuccessEmail,
  StorageServiceFactory,
} from "@tracelens/shared/src/server";
import { env } from "../../env";

export async function handleBatchExportJob({ projectId, batchExportId }: { projectId: string; batchExportId: string }) {
  if (env.TRACELENS_S3_BATCH_EXPORT_ENABLED !== "true" || !env.TRACELENS_S3_BATCH_EXPORT_BUCKET) {
    throw new Error("Batch export is enabled in the UI but TRACELENS_S3_BATCH_EXPORT_* is not configured");
  }
  const exportJob = await prisma.batchExport.update({ where: { id: batchExportId }, data: { status: "PROCESSING" } });

  const resultSet = await clickhouseClient({ request_timeout: 180_000 }).query({
    query: `SELECT * FROM traces FINAL WHERE project_id = {projectId: String} AND is_deleted = 0 ORDER BY timestamp DESC`,
    query_params: { projectId },
    format: "JSONEachRow",
  });
  const stream = Readable.from(
    (async function* () {
      for await (const rows of resultSet.stream()) for (const row of rows) yield row.text + "\n";
    })(),
  );

  const storage = StorageServiceFactory.getInstance({
    bucketName: env.TRACELENS_S3_BATCH_EXPORT_BUCKET,
    accessKeyId: env.TRACELENS_S3_BATCH_EXPORT_ACCESS_KEY_ID,
    secretAccessKey: env.TRACELENS_S3_BATCH_EXPORT_SECRET_ACCESS_KEY,
    endpoint: env.TRACELENS_S3_BATCH_EXPORT_ENDPOINT,
    region: env.TRACELENS_S3_BATCH_EXPORT_REGION,
    forcePathStyle: env.TRACELENS_S3_BATCH_EXPORT_FORCE_PATH_STYLE === "true",
  });
  const fileName = `${env.TRACELENS_S3_BATCH_EXPORT_PREFIX}${projectId}/${batchExportId}.jsonl`;
  const { signedUrl } = await storage.uploadFile({ fileName, fileType: "application/x-ndjson", data: stream });

  await prisma.batchExport.update({ where: { id: batchExportId }, data: { status: "COMPLETED", url: signedUrl } });

  const user = await prisma.user.findUnique({ where: { id: exportJob.userId } });
  if (user?.email) {
    await sendBatchExportSuccessEmail({
      receiverEmail: user.email,
      batchExportName: batchExportId,
      downloadLink: signedUrl,
      userName: user.name ?? undefined,
    });
  }

  // TODO(ops): re-enable once the Slack app is approved
  // if (process.env.SLACK_EXPORT_WEBHOOK_URL) {
  //   await fetch(process.env.SLACK_EXPORT_WEBHOOK_URL, {
  //     method: "POST",
  //     body: JSON.stringify({ text: `Export ${batchExportId} ready: ${env.NEXTAUTH_URL}/project/${projectId}` }),
  //   });
  // }

  logger.info(`Batch export ${batchExportId} completed`);
}
