import { HttpStatusCode, RegisterRunnerBody, RegisterRunnerResult, UnregisterRunnerBody } from '@peertube/peertube-models'
import { AbstractCommand, OverrideCommandOptions } from '../shared/abstract-command.js'

export class RunnersCommand extends AbstractCommand {

  async register (options: OverrideCommandOptions & RegisterRunnerBody) {
    const path = '/api/v1/runners/register'

    const res = await this.postBodyRequest({
      ...options,

      path,
      fields: { name: options.name, description: options.description, registrationToken: options.registrationToken },
      implicitToken: false,
      defaultExpectedStatus: HttpStatusCode.OK_200
    })

    return res.body as RegisterRunnerResult
  }

  unregister (options: OverrideCommandOptions & UnregisterRunnerBody) {
    const path = '/api/v1/runners/unregister'

    return this.postBodyRequest({
      ...options,

      path,
      fields: { runnerToken: options.runnerToken },
      implicitToken: false,
      defaultExpectedStatus: HttpStatusCode.NO_CONTENT_204
    })
  }
}
