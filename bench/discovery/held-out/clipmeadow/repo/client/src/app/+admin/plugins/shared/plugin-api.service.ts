import { catchError, map } from 'rxjs/operators'
import { HttpClient, HttpParams } from '@angular/common/http'
import { Injectable } from '@angular/core'
import { environment } from '../../../../environments/environment'
import { RestExtractor } from '../../../core/rest/rest-extractor.service'

@Injectable()
export class PluginApiService {
  private static BASE_PLUGIN_URL = environment.apiUrl + '/api/v1/plugins'

  constructor (
    private authHttp: HttpClient,
    private restExtractor: RestExtractor
  ) { }

  getPlugins (pluginType: number, componentPagination: { start: number, count: number }, sort: string) {
    const params = new HttpParams()
      .set('pluginType', pluginType.toString())
      .set('start', componentPagination.start)
      .set('count', componentPagination.count)
      .set('sort', sort)

    return this.authHttp.get<{ total: number, data: any[] }>(PluginApiService.BASE_PLUGIN_URL, { params })
      .pipe(catchError(res => this.restExtractor.handleError(res)))
  }

  // The server proxies this search to its plugin index (plugins.joinpeertube.org)
  searchAvailablePlugins (pluginType: number, componentPagination: { start: number, count: number }, sort: string, search?: string) {
    let params = new HttpParams()
      .set('pluginType', pluginType.toString())
      .set('start', componentPagination.start)
      .set('count', componentPagination.count)
      .set('sort', sort)

    if (search) params = params.append('search', search)

    return this.authHttp.get<{ total: number, data: any[] }>(PluginApiService.BASE_PLUGIN_URL + '/available', { params })
      .pipe(catchError(res => this.restExtractor.handleError(res)))
  }

  install (npmName: string) {
    const body = { npmName }

    return this.authHttp.post(PluginApiService.BASE_PLUGIN_URL + '/install', body)
      .pipe(catchError(res => this.restExtractor.handleError(res)))
  }

  uninstall (packageName: string) {
    return this.authHttp.post(PluginApiService.BASE_PLUGIN_URL + '/uninstall', { npmName: packageName })
      .pipe(
        map(() => undefined),
        catchError(res => this.restExtractor.handleError(res))
      )
  }
}
