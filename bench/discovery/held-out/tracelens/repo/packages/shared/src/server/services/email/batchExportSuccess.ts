import { getMailer } from "./mailer";

export async function sendBatchExportSuccessEmail(params: {
  receiverEmail: string;
  batchExportName: string;
  downloadLink: string; // presigned S3 URL
  userName?: string;
}) {
  const mailer = getMailer();
  if (!mailer) return;
  await mailer.transporter.sendMail({
    from: { address: mailer.from, name: "Tracelens" },
    to: params.receiverEmail,
    subject: `Your export "${params.batchExportName}" is ready`,
    html: `<p>Hi ${params.userName ?? ""}, your export is ready. <a href="${params.downloadLink}">Download</a> (link valid for 24h).</p>`,
  });
}
