import { EventEmitter } from "events"

/**
 * Test-only replacement for Bull. Never talks to Redis.
 */
export class InMemoryQueue extends EventEmitter {
  private readonly name: string
  private messages: any[] = []
  private runner: ((job: any) => Promise<any>) | undefined

  constructor(name: string, _opts?: any) {
    super()
    this.name = name
  }

  process(fn: (job: any) => Promise<any>) {
    this.runner = fn
  }

  async add(data: any, opts?: any) {
    const job = { id: this.messages.length + 1, data, opts, queue: this.name }
    this.messages.push(job)
    if (this.runner) {
      await this.runner(job)
      this.emit("completed", job)
    }
    return job
  }

  async clean() {
    return []
  }

  async close() {
    this.messages = []
  }
}
