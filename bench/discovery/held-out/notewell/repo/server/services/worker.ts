import Logger from "@server/logging/Logger";
import { setResource, addTags } from "@server/logging/tracer";
import { traceFunction } from "@server/logging/tracing";
import { PluginManager, Hook } from "@server/utils/PluginManager";
import {
  globalEventQueue,
  processorEventQueue,
  websocketQueue,
  taskQueue,
} from "../queues";
import processors from "../queues/processors";
import tasks from "../queues/tasks";

export default function init() {
  // This queue processes the global event bus
  globalEventQueue
    .process(traceFunction({ serviceName: "notewell-worker", spanName: "process", isRoot: true })(
      async function (job) {
        const event = job.data;
        let errored = false;

        // Global events always fan out to each of the processors
        for (const name in processors) {
          const ProcessorClass = processors[name];
          if (name === "WebsocketsProcessor") {
            // websockets are a special case on their own queue
            await websocketQueue.add(job.data, { removeOnComplete: true });
            continue;
          }
          if (ProcessorClass.applicableEvents.includes(event.name) ||
              ProcessorClass.applicableEvents.includes("*")) {
            await processorEventQueue.add({ event, name }, { removeOnComplete: true });
          }
        }

        for (const plugin of PluginManager.getHooks(Hook.Processor)) {
          const PluginProcessor = plugin.value;
          if (PluginProcessor.applicableEvents.includes(event.name)) {
            await processorEventQueue.add({ event, name: PluginProcessor.name }, { removeOnComplete: true });
          }
        }
        return errored;
      }
    ));

  // Jobs for individual processors are processed here
  processorEventQueue.process(async function (job) {
    const { event, name } = job.data;
    const ProcessorClass = processors[name] ?? PluginManager.getProcessor(name);
    if (!ProcessorClass) {
      throw new Error(`Received event for processor that isn't registered (${name})`);
    }
    setResource(`Processor.${name}`);
    addTags({ event });
    const processor = new ProcessorClass();
    try {
      await processor.perform(event);
    } catch (err) {
      Logger.error(`Error processing ${event.name} in ${name}`, err, { event });
      throw err;
    }
  });

  // Jobs for async tasks are processed here
  taskQueue.process(async function (job) {
    const { name, props } = job.data;
    const TaskClass = tasks[name] ?? PluginManager.getTask(name);
    if (!TaskClass) {
      throw new Error(`Task is not registered: ${name}`);
    }
    setResource(`Task.${name}`);
    const task = new TaskClass();
    await task.perform(props);
  });

  websocketQueue.process(async function (job) {
    const WebsocketsProcessor = processors.WebsocketsProcessor;
    await new WebsocketsProcessor().perform(job.data);
  });
}
