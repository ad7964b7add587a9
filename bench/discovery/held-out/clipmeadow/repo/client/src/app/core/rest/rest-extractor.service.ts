import { throwError as observableThrowError } from 'rxjs'
import { Injectable } from '@angular/core'
import { Router } from '@angular/router'
import { HttpErrorResponse } from '@angular/common/http'

@Injectable()
export class RestExtractor {

  constructor (private router: Router) { }

  applyToResultListData <T, A, U> (result: { total: number, data: T[] }, fun: (data: T, arg?: A) => U, arg?: A) {
    const data: T[] = result.data

    return {
      total: result.total,
      data: data.map(d => fun.call(this, d, arg))
    }
  }

  handleError (err: any) {
    const errorMessage = this.buildErrorMessage(err)

    const errorObj: { message: string, status: string, body: string } = {
      message: errorMessage,
      status: undefined,
      body: undefined
    }

    if (err.status) {
      errorObj.status = err.status
      errorObj.body = err.error
    }

    return observableThrowError(() => errorObj)
  }

  redirectTo404IfNotFound (obj: { status: number }, type: 'video' | 'other', status = [ 404 ]) {
    if (obj?.status && status.includes(obj.status)) {
      this.router.navigate([ '/404' ], { state: { type, obj }, skipLocationChange: true })
    }

    return observableThrowError(() => obj)
  }

  private buildErrorMessage (err: any) {
    if (err instanceof HttpErrorResponse && err.error) {
      return err.error.detail || err.error.error || err.message
    }

    return err?.message ?? 'Unknown server error'
  }
}
