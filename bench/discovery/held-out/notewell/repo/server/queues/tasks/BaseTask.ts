import { JobOptions } from "bull";
import { taskQueue } from "../";

export enum TaskPriority {
  Background = 40,
  Low = 30,
  Normal = 20,
  High = 10,
}

export default abstract class BaseTask<T extends Record<string, any>> {
  /**
   * Schedule this task type to be processed asynchronously by a worker.
   * Called from the web service (API handlers) and from within the worker.
   */
  public static schedule<T extends BaseTask<any>>(
    this: { new (): T },
    props: Parameters<T["perform"]>[0],
    options?: JobOptions
  ) {
    return taskQueue.add(
      { name: this.name, props },
      { ...options, priority: TaskPriority.Normal }
    );
  }

  public abstract perform(props: T): Promise<any>;
}
