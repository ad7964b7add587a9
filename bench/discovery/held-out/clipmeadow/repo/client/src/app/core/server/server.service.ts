import { Observable, of, Subject } from 'rxjs'
import { first, map, share, shareReplay, switchMap, tap } from 'rxjs/operators'
import { HttpClient } from '@angular/common/http'
import { Injectable } from '@angular/core'
import { environment } from '../../../environments/environment'

@Injectable()
export class ServerService {
  private static BASE_SERVER_URL = environment.apiUrl + '/api/v1/server/'
  private static BASE_CONFIG_URL = environment.apiUrl + '/api/v1/config/'
  private static BASE_VIDEO_URL = environment.apiUrl + '/api/v1/videos/'

  configReloaded = new Subject<any>()

  private configObservable: Observable<any>
  private videoCategoriesObservable: Observable<any>

  private config: any

  constructor (private http: HttpClient) {
  }

  getServerStats () {
    return this.http.get<any>(ServerService.BASE_SERVER_URL + 'stats')
  }

  getConfig () {
    if (this.config) return of(this.config)

    if (!this.configObservable) {
      this.configObservable = this.http.get<any>(ServerService.BASE_CONFIG_URL)
        .pipe(
          tap(config => { this.config = config }),
          tap(config => this.configReloaded.next(config)),
          share()
        )
    }

    return this.configObservable
  }

  getVideoCategories () {
    if (!this.videoCategoriesObservable) {
      this.videoCategoriesObservable = this.http.get<{ [id: number]: string }>(ServerService.BASE_VIDEO_URL + 'categories')
        .pipe(
          map(data => Object.keys(data).map(id => ({ id: +id, label: data[id] }))),
          shareReplay()
        )
    }

    return this.videoCategoriesObservable.pipe(first())
  }

  getAbout () {
    return this.getConfig().pipe(switchMap(() => this.http.get<any>(ServerService.BASE_CONFIG_URL + 'about')))
  }
}
