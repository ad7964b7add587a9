import { HttpClient, HttpParams } from '@angular/common/http'
import { Injectable } from '@angular/core'
import { Observable } from 'rxjs'
import { environment } from 'src/environments/environment.prod'

export interface Document {
  id: number
  title: string
  content?: string
  tags?: number[]
  correspondent?: number
}

@Injectable({ providedIn: 'root' })
export class DocumentService {
  private baseUrl = environment.apiBaseUrl + 'documents/'

  constructor(private http: HttpClient) {}

  list(page = 1): Observable<{ results: Document[] }> {
    return this.http.get<{ results: Document[] }>(this.baseUrl, {
      params: new HttpParams().set('page', page),
    })
  }

  uploadDocument(formData: FormData) {
    return this.http.post(this.baseUrl + 'post_document/', formData, {
      reportProgress: true,
      observe: 'events',
    })
  }

  bulkEdit(ids: number[], method: string, args: any) {
    return this.http.post(this.baseUrl + 'bulk_edit/', {
      documents: ids,
      method: method,
      parameters: args,
    })
  }

  getSuggestions(id: number) {
    return this.http.get(this.baseUrl + `${id}/suggestions/`)
  }

  emailDocument(id: number, addresses: string, subject: string, message: string) {
    return this.http.post(this.baseUrl + `${id}/email/`, { addresses, subject, message })
  }
}
