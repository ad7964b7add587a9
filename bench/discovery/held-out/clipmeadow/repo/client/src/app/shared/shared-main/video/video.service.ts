import { Observable } from 'rxjs'
import { catchError, map } from 'rxjs/operators'
import { HttpClient, HttpParams } from '@angular/common/http'
import { Injectable } from '@angular/core'
import { environment } from '../../../../environments/environment'
import { RestExtractor } from '../../../core/rest/rest-extractor.service'

export type CommonVideoParams = {
  videoPagination?: { currentPage: number, itemsPerPage: number }
  sort: string
  nsfwPolicy?: string
  search?: string
}

@Injectable()
export class VideoService {
  static BASE_VIDEO_URL = environment.apiUrl + '/api/v1/videos'
  static BASE_FEEDS_URL = environment.apiUrl + '/feeds/videos.'
  static BASE_SUBSCRIPTION_FEEDS_URL = environment.apiUrl + '/feeds/subscriptions.'

  constructor (
    private authHttp: HttpClient,
    private restExtractor: RestExtractor
  ) {}

  getVideoViewUrl (uuid: string) {
    return `${VideoService.BASE_VIDEO_URL}/${uuid}/views`
  }

  getVideo (options: { videoId: string }): Observable<any> {
    return this.authHttp.get<any>(`${VideoService.BASE_VIDEO_URL}/${options.videoId}`)
      .pipe(catchError(err => this.restExtractor.handleError(err)))
  }

  updateVideo (video: { id: number, name: string, description?: string }) {
    const body = {
      name: video.name,
      description: video.description
    }

    return this.authHttp.put(`${VideoService.BASE_VIDEO_URL}/${video.id}`, body)
      .pipe(catchError(err => this.restExtractor.handleError(err)))
  }

  listMyVideos (options: { start: number, count: number, search?: string }) {
    let params = new HttpParams().set('start', options.start).set('count', options.count)
    if (options.search) params = params.set('search', options.search)

    return this.authHttp.get<{ total: number, data: any[] }>(environment.apiUrl + '/api/v1/users/me/videos', { params })
      .pipe(catchError(err => this.restExtractor.handleError(err)))
  }

  getVideos (parameters: CommonVideoParams): Observable<{ total: number, data: any[] }> {
    let params = new HttpParams().set('sort', parameters.sort)

    if (parameters.videoPagination) {
      const { currentPage, itemsPerPage } = parameters.videoPagination
      params = params.set('start', (currentPage - 1) * itemsPerPage).set('count', itemsPerPage)
    }
    if (parameters.nsfwPolicy) params = params.set('nsfw', parameters.nsfwPolicy)
    if (parameters.search) params = params.set('search', parameters.search)

    return this.authHttp
      .get<{ total: number, data: any[] }>(VideoService.BASE_VIDEO_URL, { params })
      .pipe(
        map(result => this.restExtractor.applyToResultListData(result, v => v)),
        catchError(err => this.restExtractor.handleError(err))
      )
  }

  addView (uuid: string, currentTime: number) {
    return this.authHttp.post(this.getVideoViewUrl(uuid), { currentTime })
  }

  removeVideo (id: number | string) {
    return this.authHttp.delete(`${VideoService.BASE_VIDEO_URL}/${id}`)
      .pipe(catchError(err => this.restExtractor.handleError(err)))
  }
}
