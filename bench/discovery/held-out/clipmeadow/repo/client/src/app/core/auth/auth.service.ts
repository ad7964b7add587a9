import { Observable, ReplaySubject, Subject, throwError as observableThrowError } from 'rxjs'
import { catchError, map, mergeMap, share, tap } from 'rxjs/operators'
import { HttpClient, HttpHeaders, HttpParams } from '@angular/common/http'
import { Injectable } from '@angular/core'
import { Router } from '@angular/router'
import { environment } from '../../../environments/environment'
import { RestExtractor } from '../rest/rest-extractor.service'

interface UserLogin {
  access_token: string
  refresh_token: string
  token_type: string
}

@Injectable()
export class AuthService {
  private static BASE_CLIENT_URL = environment.apiUrl + '/api/v1/oauth-clients/local'
  private static BASE_TOKEN_URL = environment.apiUrl + '/api/v1/users/token'
  private static BASE_REVOKE_TOKEN_URL = environment.apiUrl + '/api/v1/users/revoke-token'
  private static BASE_USER_INFORMATION_URL = environment.apiUrl + '/api/v1/users/me'

  loginChangedSource: Observable<string>
  userInformationLoaded = new ReplaySubject<boolean>(1)

  private clientId: string
  private clientSecret: string
  private loginChanged: Subject<string>
  private refreshingTokenObservable: Observable<any>

  constructor (
    private http: HttpClient,
    private restExtractor: RestExtractor,
    private router: Router
  ) {
    this.loginChanged = new Subject<string>()
    this.loginChangedSource = this.loginChanged.asObservable()
  }

  loadClientCredentials () {
    // Fetch the client_id/client_secret
    this.http.get<{ client_id: string, client_secret: string }>(AuthService.BASE_CLIENT_URL)
      .pipe(catchError(res => this.restExtractor.handleError(res)))
      .subscribe({
        next: res => {
          this.clientId = res.client_id
          this.clientSecret = res.client_secret
        },
        error: err => console.error('Cannot retrieve OAuth Client credentials: %s.', err.message)
      })
  }

  login (options: { username: string, password: string, otpToken?: string }) {
    const { username, password, otpToken } = options

    const body = {
      client_id: this.clientId,
      client_secret: this.clientSecret,
      response_type: 'code',
      grant_type: 'password',
      scope: 'upload',
      username,
      password
    }

    let headers = new HttpHeaders().set('Content-Type', 'application/x-www-form-urlencoded')
    if (otpToken) headers = headers.set('x-peertube-otp', otpToken)

    return this.http.post<UserLogin>(AuthService.BASE_TOKEN_URL, new HttpParams({ fromObject: body }), { headers })
      .pipe(
        mergeMap(res => this.fetchUserInformation(res)),
        tap(() => this.loginChanged.next('logged-in')),
        catchError(res => this.restExtractor.handleError(res))
      )
  }

  logout () {
    this.http.post<{ redirectUrl?: string }>(AuthService.BASE_REVOKE_TOKEN_URL, {})
      .subscribe({
        next: res => {
          if (res.redirectUrl) window.location.href = res.redirectUrl
        },
        error: err => console.error(err)
      })

    this.loginChanged.next('logged-out')
    this.router.navigate([ '/' ])
  }

  refreshAccessToken (refreshToken: string) {
    if (this.refreshingTokenObservable) return this.refreshingTokenObservable

    const body = new HttpParams()
      .set('refresh_token', refreshToken)
      .set('client_id', this.clientId)
      .set('client_secret', this.clientSecret)
      .set('response_type', 'code')
      .set('grant_type', 'refresh_token')

    const headers = new HttpHeaders().set('Content-Type', 'application/x-www-form-urlencoded')

    this.refreshingTokenObservable = this.http.post<UserLogin>(AuthService.BASE_TOKEN_URL, body, { headers })
      .pipe(
        map(res => res),
        catchError(err => {
          this.refreshingTokenObservable = null
          return observableThrowError(() => err)
        }),
        share()
      )

    return this.refreshingTokenObservable
  }

  private fetchUserInformation (obj: UserLogin) {
    const headers = new HttpHeaders().set('Authorization', `${obj.token_type} ${obj.access_token}`)

    return this.http.get<any>(AuthService.BASE_USER_INFORMATION_URL, { headers })
      .pipe(map(res => ({ ...res, ...obj })))
  }
}
