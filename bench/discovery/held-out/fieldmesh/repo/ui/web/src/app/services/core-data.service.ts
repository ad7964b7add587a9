import { Injectable } from '@angular/core';
import { HttpClient, HttpHeaders, HttpParams } from '@angular/common/http';
import { Observable } from 'rxjs';

// The browser talks only to the UI server it was loaded from; the server proxies /core-data/
// to core-data (see ui/res/configuration.yaml Clients.core-data).
const CORE_DATA_BASE = '/core-data/api/v3';
const JWT_KEY = 'FIELDMESH_USER_JWT';

export interface MultiEventsResponse {
  apiVersion: string;
  statusCode: number;
  totalCount: number;
  events: FieldmeshEvent[];
}

export interface FieldmeshEvent {
  id: string;
  deviceName: string;
  profileName: string;
  sourceName: string;
  origin: number;
  readings: { resourceName: string; value: string; valueType: string; units?: string }[];
}

@Injectable({ providedIn: 'root' })
export class CoreDataService {
  constructor(private http: HttpClient) {}

  private headers(): HttpHeaders {
    // Secure mode: the operator's JWT (issued via the secret store) is forwarded by the UI server.
    const jwt = window.sessionStorage.getItem(JWT_KEY) ?? '';
    return new HttpHeaders({ Authorization: `Bearer ${jwt}` });
  }

  allEventsPagination(offset: number, limit: number): Observable<MultiEventsResponse> {
    const params = new HttpParams().set('offset', offset).set('limit', limit);
    return this.http.get<MultiEventsResponse>(`${CORE_DATA_BASE}/event/all`, { headers: this.headers(), params });
  }

  eventsByDeviceName(name: string, limit = 20): Observable<MultiEventsResponse> {
    const params = new HttpParams().set('limit', limit);
    return this.http.get<MultiEventsResponse>(`${CORE_DATA_BASE}/event/device/name/${encodeURIComponent(name)}`, {
      headers: this.headers(),
      params
    });
  }

  eventCountByDevice(name: string): Observable<{ Count: number }> {
    return this.http.get<{ Count: number }>(`${CORE_DATA_BASE}/event/count/device/name/${encodeURIComponent(name)}`, {
      headers: this.headers()
    });
  }
}
