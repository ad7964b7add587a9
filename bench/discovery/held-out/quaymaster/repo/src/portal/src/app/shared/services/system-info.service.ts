import { Injectable } from '@angular/core';
import { HttpClient } from '@angular/common/http';
import { Observable, throwError as observableThrowError } from 'rxjs';
import { catchError } from 'rxjs/operators';
import { CURRENT_BASE_HREF, HTTP_GET_OPTIONS } from '../units/utils';
import { SystemInfo } from './interface';

const SYSTEM_INFO_URL = CURRENT_BASE_HREF + '/systeminfo';
const CA_DOWNLOAD_URL = CURRENT_BASE_HREF + '/systeminfo/getcert';

/**
 * Get system information from quaymaster core (relative to the page origin,
 * routed by the nginx proxy).
 */
@Injectable({
    providedIn: 'root',
})
export class SystemInfoService {
    constructor(private http: HttpClient) {}

    getSystemInfo(): Observable<SystemInfo> {
        return this.http
            .get(SYSTEM_INFO_URL, HTTP_GET_OPTIONS)
            .pipe(catchError(error => observableThrowError(error)));
    }

    getCaDownloadUrl(): string {
        return CA_DOWNLOAD_URL;
    }
}
