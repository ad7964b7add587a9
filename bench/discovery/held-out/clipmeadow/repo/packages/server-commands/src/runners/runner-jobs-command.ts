import { omit } from '@peertube/peertube-core-utils'
import {
  AbortRunnerJobBody,
  AcceptRunnerJobBody,
  AcceptRunnerJobResult,
  ErrorRunnerJobBody,
  HttpStatusCode,
  RequestRunnerJobBody,
  RequestRunnerJobResult,
  RunnerJobSuccessBody,
  UpdateRunnerJobBody
} from '@peertube/peertube-models'
import { AbstractCommand, OverrideCommandOptions } from '../shared/abstract-command.js'

export class RunnerJobsCommand extends AbstractCommand {

  request (options: OverrideCommandOptions & RequestRunnerJobBody) {
    const path = '/api/v1/runners/jobs/request'

    return unwrapBody<RequestRunnerJobResult>(this.postBodyRequest({
      ...options,

      path,
      fields: { runnerToken: options.runnerToken },
      implicitToken: false,
      defaultExpectedStatus: HttpStatusCode.OK_200
    }))
  }

  accept (options: OverrideCommandOptions & AcceptRunnerJobBody & { jobUUID: string }) {
    const path = '/api/v1/runners/jobs/' + options.jobUUID + '/accept'

    return unwrapBody<AcceptRunnerJobResult>(this.postBodyRequest({
      ...options,

      path,
      fields: { runnerToken: options.runnerToken },
      implicitToken: false,
      defaultExpectedStatus: HttpStatusCode.OK_200
    })).then(({ job }) => ({ job: { ...job, jobToken: job.jobToken } }))
  }

  abort (options: OverrideCommandOptions & AbortRunnerJobBody & { jobUUID: string }) {
    const path = '/api/v1/runners/jobs/' + options.jobUUID + '/abort'

    return this.postBodyRequest({
      ...options,

      path,
      fields: omit(options, [ 'jobUUID', 'token', 'expectedStatus' ]),
      implicitToken: false,
      defaultExpectedStatus: HttpStatusCode.NO_CONTENT_204
    })
  }

  update (options: OverrideCommandOptions & UpdateRunnerJobBody & { jobUUID: string }) {
    const path = '/api/v1/runners/jobs/' + options.jobUUID + '/update'

    return this.postBodyRequest({
      ...options,

      path,
      fields: omit(options, [ 'jobUUID', 'token', 'expectedStatus' ]),
      implicitToken: false,
      defaultExpectedStatus: HttpStatusCode.NO_CONTENT_204
    })
  }

  error (options: OverrideCommandOptions & ErrorRunnerJobBody & { jobUUID: string }) {
    const path = '/api/v1/runners/jobs/' + options.jobUUID + '/error'

    return this.postBodyRequest({
      ...options,

      path,
      fields: omit(options, [ 'jobUUID', 'token', 'expectedStatus' ]),
      implicitToken: false,
      defaultExpectedStatus: HttpStatusCode.NO_CONTENT_204
    })
  }

  success (options: OverrideCommandOptions & RunnerJobSuccessBody & { jobUUID: string }) {
    const path = '/api/v1/runners/jobs/' + options.jobUUID + '/success'

    return this.postBodyRequest({
      ...options,

      path,
      fields: omit(options, [ 'jobUUID', 'token', 'expectedStatus' ]),
      implicitToken: false,
      defaultExpectedStatus: HttpStatusCode.NO_CONTENT_204
    })
  }
}

async function unwrapBody <T> (p: Promise<{ body: any }>): Promise<T> {
  const res = await p
  return res.body as T
}
