import { Component, OnInit } from '@angular/core';
import { CatalogApi, CatalogService } from './services/catalog.service';

@Component({
  selector: 'gw-portal-root',
  template: `
    <header><h1>Gatewise Developer Portal</h1></header>
    <main>
      <article *ngFor="let api of apis">
        <h2>{{ api.name }}</h2>
        <p>{{ api.description }}</p>
        <code *ngFor="let e of api.entrypoints">{{ e }}</code>
      </article>
    </main>
  `,
})
export class AppComponent implements OnInit {
  apis: CatalogApi[] = [];

  constructor(private readonly catalog: CatalogService) {}

  ngOnInit(): void {
    this.catalog.list().subscribe((res) => (this.apis = res.data));
  }
}
