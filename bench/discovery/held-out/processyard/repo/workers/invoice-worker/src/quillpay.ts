import { config } from "./config.js";

export interface QuillpayInvoiceLine {
  description: string;
  amount: number;
  quantity: number;
}

export interface QuillpayInvoice {
  id: string;
  number: string;
  charge: string;
  currency: string;
  total: number;
  tax: number;
  lines: QuillpayInvoiceLine[];
}

const baseUrl = config.QUILLPAY_BASE_URL.replace(/\/$/, "");

async function call<T>(path: string, init: RequestInit = {}): Promise<T> {
  const res = await fetch(`${baseUrl}${path}`, {
    ...init,
    headers: {
      Authorization: `Bearer ${config.QUILLPAY_API_KEY}`,
      "Quillpay-Version": "2025-06-01",
      "Content-Type": "application/json",
      ...(init.headers ?? {}),
    },
    signal: AbortSignal.timeout(10_000),
  });
  if (!res.ok) {
    throw new Error(`Quillpay ${init.method ?? "GET"} ${path} failed: ${res.status} ${await res.text()}`);
  }
  return (await res.json()) as T;
}

export function createInvoiceForCharge(chargeId: string, orderId: string): Promise<QuillpayInvoice> {
  return call<QuillpayInvoice>(`/v3/invoices`, {
    method: "POST",
    body: JSON.stringify({ charge: chargeId, metadata: { orderId }, auto_finalize: true }),
  });
}
