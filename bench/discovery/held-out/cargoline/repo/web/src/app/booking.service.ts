import { Injectable } from '@angular/core';
import { HttpClient } from '@angular/common/http';
import { Observable, map } from 'rxjs';

import { environment } from '../environments/environment';

export interface Leg {
  voyage_number: string;
  from: string;
  to: string;
  load_time: string;
  unload_time: string;
}

export interface Cargo {
  tracking_id: string;
  origin: string;
  destination: string;
  arrival_deadline: string;
  misrouted: boolean;
  routed: boolean;
  legs?: Leg[];
}

export interface Location {
  locode: string;
  name: string;
}

@Injectable({ providedIn: 'root' })
export class BookingService {
  private readonly base = `${environment.apiBase}/booking/v1`;

  constructor(private http: HttpClient) {}

  cargos(): Observable<Cargo[]> {
    return this.http.get<{ cargos?: Cargo[] }>(`${this.base}/cargos`).pipe(map(r => r.cargos ?? []));
  }

  cargo(id: string): Observable<Cargo> {
    return this.http.get<{ cargo: Cargo }>(`${this.base}/cargos/${id}`).pipe(map(r => r.cargo));
  }

  locations(): Observable<Location[]> {
    return this.http.get<{ locations: Location[] }>(`${this.base}/locations`).pipe(map(r => r.locations));
  }

  book(origin: string, destination: string, deadline: Date): Observable<string> {
    return this.http
      .post<{ tracking_id: string }>(`${this.base}/cargos`, {
        origin,
        destination,
        arrival_deadline: deadline.toISOString(),
      })
      .pipe(map(r => r.tracking_id));
  }

  requestRoutes(id: string): Observable<{ legs: Leg[] }[]> {
    return this.http
      .get<{ routes?: { legs: Leg[] }[] }>(`${this.base}/cargos/${id}/request_routes`)
      .pipe(map(r => r.routes ?? []));
  }

  assignToRoute(id: string, itinerary: { legs: Leg[] }): Observable<unknown> {
    return this.http.post(`${this.base}/cargos/${id}/assign_to_route`, itinerary);
  }

  changeDestination(id: string, destination: string): Observable<unknown> {
    return this.http.post(`${this.base}/cargos/${id}/change_destination`, { destination });
  }
}
