import { createQueue } from "@server/queues/queue";

// Events emitted by API commands (documents.create, users.invite, ...) are
// pushed here by the web service and fanned out by the worker.
export const globalEventQueue = createQueue("globalEvents", {
  attempts: 5,
  backoff: { type: "exponential", delay: 1000 },
});

export const processorEventQueue = createQueue("processor", {
  attempts: 5,
  backoff: { type: "exponential", delay: 10 * 1000 },
});

export const websocketQueue = createQueue("websockets", {
  timeout: 10 * 1000,
});

export const taskQueue = createQueue("task", {
  attempts: 5,
  backoff: { type: "exponential", delay: 10 * 1000 },
});
