import { Injectable } from '@angular/core';
import { HttpClient } from '@angular/common/http';
import { Observable } from 'rxjs';

export interface ApiSummary {
  id: string;
  name: string;
  version: string;
  lifecycleState: 'STARTED' | 'STOPPED';
}

@Injectable({ providedIn: 'root' })
export class ApiService {
  private readonly baseURL: string = (window as any).__GATEWISE_CONSTANTS__.baseURL;

  constructor(private readonly http: HttpClient) {}

  list(): Observable<ApiSummary[]> {
    return this.http.get<ApiSummary[]>(`${this.baseURL.replace('/management/', '/management/v2/')}apis`);
  }

  start(apiId: string): Observable<ApiSummary> {
    return this.http.post<ApiSummary>(`${this.baseURL}apis/${apiId}/_start`, {});
  }
}
