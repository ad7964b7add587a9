import type { YardClient } from "@processyard/sdk/engine";
import pino from "pino";
import { createInvoiceForCharge } from "../quillpay.js";
import { renderInvoicePdf } from "../pdf.js";
import { storeInvoicePdf } from "../storage.js";

const log = pino({ name: "generate-invoice" });

interface InvoiceVars {
  orderId: string;
  chargeId: string;
}

export function registerGenerateInvoice(yard: YardClient) {
  return yard.createWorker<InvoiceVars>({
    taskType: "brightcart.generate-invoice",
    maxJobsToActivate: 10,
    timeout: 120_000,
    taskHandler: async (job) => {
      const { orderId, chargeId } = job.variables;
      log.info({ orderId, key: job.key }, "generating invoice");
      const invoice = await createInvoiceForCharge(chargeId, orderId);
      const pdf = await renderInvoicePdf(invoice, orderId);
      const invoiceUrl = await storeInvoicePdf(orderId, invoice.number, pdf);
      return job.complete({ invoiceId: invoice.id, invoiceNumber: invoice.number, invoiceUrl });
    },
  });
}
