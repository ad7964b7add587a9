import nock from "nock";
import { beforeAll, describe, expect, it } from "vitest";

beforeAll(() => {
  process.env.QUILLPAY_API_KEY = "qp_test";
  process.env.INVOICE_BUCKET = "test-bucket";
});

describe("createInvoiceForCharge", () => {
  it("posts the charge id to Quillpay", async () => {
    const scope = nock("https://api.quillpay.com")
      .post("/v3/invoices", (body) => body.charge === "ch_1")
      .reply(200, { id: "in_1", number: "BC-0001", charge: "ch_1", currency: "EUR", total: 1000, tax: 160, lines: [] });

    const { createInvoiceForCharge } = await import("../src/quillpay.js");
    const invoice = await createInvoiceForCharge("ch_1", "A-1");

    expect(invoice.number).toBe("BC-0001");
    scope.done();
  });
});
