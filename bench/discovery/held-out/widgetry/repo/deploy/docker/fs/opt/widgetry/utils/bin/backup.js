// Manual admin command: `docker exec widgetry widgetryctl backup`.
// Not scheduled by supervisord/cron in the container.
const fs = require("fs");
const path = require("path");
const { execFileSync } = require("child_process");
require("dotenv").config({ path: "/widgetry-stacks/configuration/docker.env" });

const BACKUP_ROOT = "/widgetry-stacks/data/backup";

async function uploadToS3(archivePath) {
  const { S3Client, PutObjectCommand } = require("@aws-sdk/client-s3");
  const bucket = process.env.WIDGETRY_BACKUP_S3_BUCKET;
  if (!bucket) {
    console.log("WIDGETRY_BACKUP_S3_BUCKET is not set; keeping the archive locally only");
    return;
  }
  const client = new S3Client({ region: process.env.WIDGETRY_BACKUP_S3_REGION || "us-east-1" });
  await client.send(
    new PutObjectCommand({ Bucket: bucket, Key: path.basename(archivePath), Body: fs.createReadStream(archivePath) }),
  );
  console.log(`Uploaded ${archivePath} to s3://${bucket}`);
}

async function run(opts = {}) {
  const ts = new Date().toISOString().replace(/[:.]/g, "-");
  const workDir = path.join(BACKUP_ROOT, `widgetry-backup-${ts}`);
  fs.mkdirSync(workDir, { recursive: true });

  execFileSync("mongodump", [`--uri=${process.env.WIDGETRY_MONGODB_URI}`, `--archive=${workDir}/mongodb-data.gz`, "--gzip"], {
    stdio: "inherit",
  });
  fs.copyFileSync("/widgetry-stacks/configuration/docker.env", path.join(workDir, "docker.env"));

  const archive = `${workDir}.tar.gz`;
  execFileSync("tar", ["-czf", archive, "-C", BACKUP_ROOT, path.basename(workDir)]);
  fs.rmSync(workDir, { recursive: true, force: true });
  console.log(`Backup written to ${archive}`);

  if (opts.uploadToS3) {
    await uploadToS3(archive);
  }
}

module.exports = { run };
