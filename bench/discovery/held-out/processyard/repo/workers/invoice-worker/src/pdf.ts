import PDFDocument from "pdfkit";
import type { QuillpayInvoice } from "./quillpay.js";

export function renderInvoicePdf(invoice: QuillpayInvoice, orderId: string): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({ size: "A4", margin: 50 });
    const chunks: Buffer[] = [];
    doc.on("data", (c: Buffer) => chunks.push(c));
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);

    doc.fontSize(20).text("Brightcart GmbH — Invoice", { align: "left" });
    doc.moveDown().fontSize(10).text(`Invoice ${invoice.number} · Order ${orderId}`);
    doc.moveDown();
    for (const line of invoice.lines) {
      doc.text(`${line.quantity} × ${line.description}`, { continued: true }).text(fmt(line.amount, invoice.currency), { align: "right" });
    }
    doc.moveDown().text(`VAT: ${fmt(invoice.tax, invoice.currency)}`, { align: "right" });
    doc.fontSize(12).text(`Total: ${fmt(invoice.total, invoice.currency)}`, { align: "right" });
    doc.end();
  });
}

function fmt(cents: number, currency: string): string {
  return new Intl.NumberFormat("de-DE", { style: "currency", currency }).format(cents / 100);
}
