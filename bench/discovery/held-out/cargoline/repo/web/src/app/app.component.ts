import { Component } from '@angular/core';

@Component({
  selector: 'cl-root',
  template: `
    <nav class="navbar">
      <span class="brand">cargoline</span>
      <a routerLink="/booking" routerLinkActive="active">Booking</a>
      <a routerLink="/tracking" routerLinkActive="active">Tracking</a>
      <a routerLink="/handling" routerLinkActive="active">Handling</a>
    </nav>
    <main><router-outlet></router-outlet></main>
  `,
})
export class AppComponent {}
