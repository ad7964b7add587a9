import { Injectable } from '@angular/core';
import { HttpClient } from '@angular/common/http';
import { Observable, map } from 'rxjs';

import { environment } from '../environments/environment';

export interface TrackingEvent {
  description: string;
  expected: boolean;
}

export interface TrackedCargo {
  tracking_id: string;
  status_text: string;
  origin: string;
  destination: string;
  eta: string;
  next_expected_activity: string;
  arrival_deadline: string;
  events: TrackingEvent[] | null;
}

@Injectable({ providedIn: 'root' })
export class TrackingService {
  constructor(private http: HttpClient) {}

  track(id: string): Observable<TrackedCargo> {
    return this.http
      .get<{ cargo: TrackedCargo }>(`${environment.apiBase}/tracking/v1/cargos/${encodeURIComponent(id)}`)
      .pipe(map(r => r.cargo));
  }
}
