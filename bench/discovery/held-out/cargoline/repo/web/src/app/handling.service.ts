import { Injectable } from '@angular/core';
import { HttpClient } from '@angular/common/http';
import { Observable } from 'rxjs';

import { environment } from '../environments/environment';

export type HandlingEventType = 'Receive' | 'Load' | 'Unload' | 'Customs' | 'Claim';

export interface Incident {
  tracking_id: string;
  location: string;
  voyage?: string;
  event_type: HandlingEventType;
  completion_time: string;
}

@Injectable({ providedIn: 'root' })
export class HandlingService {
  constructor(private http: HttpClient) {}

  register(incident: Incident): Observable<unknown> {
    return this.http.post(`${environment.apiBase}/handling/v1/incidents`, incident);
  }
}
