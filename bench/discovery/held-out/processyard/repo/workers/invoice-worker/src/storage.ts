import { PutObjectCommand, GetObjectCommand, S3Client } from "@aws-sdk/client-s3";
import { getSignedUrl } from "@aws-sdk/s3-request-presigner";
import { config } from "./config.js";

const s3 = new S3Client({ region: config.AWS_REGION });

export async function storeInvoicePdf(orderId: string, invoiceNumber: string, pdf: Buffer): Promise<string> {
  const key = `invoices/${new Date().getUTCFullYear()}/${orderId}/${invoiceNumber}.pdf`;
  await s3.send(
    new PutObjectCommand({
      Bucket: config.INVOICE_BUCKET,
      Key: key,
      Body: pdf,
      ContentType: "application/pdf",
      ServerSideEncryption: "aws:kms",
    }),
  );
  return getSignedUrl(s3, new GetObjectCommand({ Bucket: config.INVOICE_BUCKET, Key: key }), { expiresIn: 7 * 24 * 3600 });
}
