import { Component, OnInit } from '@angular/core';
import { ApiService, ApiSummary } from '../../services/api.service';

@Component({
  selector: 'gw-api-list',
  templateUrl: './api-list.component.html',
})
export class ApiListComponent implements OnInit {
  apis: ApiSummary[] = [];
  loading = true;

  constructor(private readonly apiService: ApiService) {}

  ngOnInit(): void {
    this.apiService.list().subscribe((apis) => {
      this.apis = apis;
      this.loading = false;
    });
  }

  start(api: ApiSummary): void {
    this.apiService.start(api.id).subscribe((updated) => (api.lifecycleState = updated.lifecycleState));
  }
}
