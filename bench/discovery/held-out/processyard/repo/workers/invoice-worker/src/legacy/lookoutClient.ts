// Before the engine carried invoiceUrl as a variable we polled Lookout for
// completed instances. Kept for reference; not imported anywhere.
//
// const LOOKOUT_URL = process.env.LOOKOUT_URL ?? "http://lookout:8080";
//
// export async function findCompletedOrders(since: string) {
//   const res = await fetch(`${LOOKOUT_URL}/v1/process-instances/search`, {
//     method: "POST",
//     headers: { "Content-Type": "application/json" },
//     body: JSON.stringify({ filter: { bpmnProcessId: "order-fulfilment", state: "COMPLETED" }, size: 100 }),
//   });
//   return res.json();
// }

export {};
