import { Component, OnInit } from '@angular/core';
import { CatalogService, Product } from './services/catalog.service';
import { CartService, Cart } from './services/cart.service';

@Component({
  selector: 'tw-root',
  template: `
    <header><img src="assets/logo.svg" alt="" height="32"> Tidewater Outfitters</header>
    <main>
      <section class="products">
        <article *ngFor="let p of products">
          <h3>{{ p.name }}</h3>
          <p>{{ p.description }}</p>
          <p>{{ p.price | currency }} · {{ p.availability?.quantity ?? 'n/a' }} in {{ p.availability?.location }}</p>
          <button (click)="add(p)">Add to cart</button>
        </article>
      </section>
      <aside *ngIf="cart">
        <h2>Cart</h2>
        <div *ngFor="let i of cart.items">{{ i.quantity }} × {{ i.name }}</div>
        <strong>Total {{ cart.cartTotal | currency }}</strong>
      </aside>
    </main>
  `,
})
export class AppComponent implements OnInit {
  products: Product[] = [];
  cart?: Cart;

  constructor(private catalog: CatalogService, private carts: CartService) {}

  ngOnInit(): void {
    this.catalog.products().subscribe((p) => (this.products = p));
    this.carts.current().subscribe((c) => (this.cart = c));
  }

  add(p: Product): void {
    this.carts.add(p.itemId, 1).subscribe((c) => (this.cart = c));
  }
}
