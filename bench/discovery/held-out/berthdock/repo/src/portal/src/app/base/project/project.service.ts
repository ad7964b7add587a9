import { Injectable } from '@angular/core';
import { HttpClient, HttpParams } from '@angular/common/http';
import { Observable, throwError as observableThrowError } from 'rxjs';
import { catchError, map } from 'rxjs/operators';

export const CURRENT_BASE_HREF = '/api/v2.0';

export interface Project {
    project_id: number;
    name: string;
    repo_count?: number;
    metadata?: { [key: string]: string };
}

export const HTTP_JSON_OPTIONS = {
    headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
};

@Injectable({ providedIn: 'root' })
export class ProjectService {
    private readonly projectsEndpoint = `${CURRENT_BASE_HREF}/projects`;

    constructor(private http: HttpClient) {}

    listProjects(name?: string, page = 1, pageSize = 15): Observable<Project[]> {
        let params = new HttpParams()
            .set('page', page.toString())
            .set('page_size', pageSize.toString());
        if (name) {
            params = params.set('name', name);
        }
        return this.http
            .get<Project[]>(this.projectsEndpoint, { params })
            .pipe(catchError(error => observableThrowError(error)));
    }

    getProject(projectId: number | string): Observable<Project> {
        return this.http
            .get<Project>(`${this.projectsEndpoint}/${projectId}`, HTTP_JSON_OPTIONS)
            .pipe(catchError(error => observableThrowError(error)));
    }

    createProject(name: string, isPublic: boolean, storageLimit: number): Observable<any> {
        return this.http
            .post(
                this.projectsEndpoint,
                JSON.stringify({
                    project_name: name,
                    metadata: { public: isPublic ? 'true' : 'false' },
                    storage_limit: storageLimit,
                }),
                HTTP_JSON_OPTIONS
            )
            .pipe(catchError(error => observableThrowError(error)));
    }

    scanArtifact(projectName: string, repo: string, digest: string): Observable<any> {
        const repoName = encodeURIComponent(encodeURIComponent(repo));
        return this.http
            .post(`${this.projectsEndpoint}/${projectName}/repositories/${repoName}/artifacts/${digest}/scan`, {})
            .pipe(map(res => res), catchError(error => observableThrowError(error)));
    }
}
