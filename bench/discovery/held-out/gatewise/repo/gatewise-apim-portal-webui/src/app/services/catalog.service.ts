import { Injectable } from '@angular/core';
import { HttpClient } from '@angular/common/http';
import { Observable, switchMap } from 'rxjs';

export interface CatalogApi {
  id: string;
  name: string;
  description: string;
  entrypoints: string[];
}

@Injectable({ providedIn: 'root' })
export class CatalogService {
  constructor(private readonly http: HttpClient) {}

  list(): Observable<{ data: CatalogApi[] }> {
    return this.http
      .get<{ baseURL: string }>('assets/config.json')
      .pipe(switchMap((cfg) => this.http.get<{ data: CatalogApi[] }>(`${cfg.baseURL}/apis?size=20`)));
  }
}
