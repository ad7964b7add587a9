import { Injectable } from '@angular/core';
import { HttpClient } from '@angular/common/http';
import { Observable } from 'rxjs';
import { environment } from '../../environments/environment';

export interface Cart {
  cartId: string;
  items: { itemId: string; name: string; price: number; quantity: number }[];
  cartItemTotal: number;
  shippingTotal: number;
  cartItemPromoSavings: number;
  cartTotal: number;
}

const CART_KEY = 'tidewater.cartId';

@Injectable({ providedIn: 'root' })
export class CartService {
  private readonly cartId: string;

  constructor(private http: HttpClient) {
    this.cartId = localStorage.getItem(CART_KEY) ?? crypto.randomUUID();
    localStorage.setItem(CART_KEY, this.cartId);
  }

  current(): Observable<Cart> {
    return this.http.get<Cart>(`${environment.apiBase}/cart/${this.cartId}`);
  }

  add(itemId: string, quantity: number): Observable<Cart> {
    return this.http.post<Cart>(`${environment.apiBase}/cart/${this.cartId}/${itemId}/${quantity}`, {});
  }

  remove(itemId: string, quantity: number): Observable<Cart> {
    return this.http.delete<Cart>(`${environment.apiBase}/cart/${this.cartId}/${itemId}/${quantity}`);
  }

  checkout(details: { name: string; email: string; creditCard: string; expDate: string }): Observable<unknown> {
    return this.http.post(`${environment.apiBase}/cart/checkout/${this.cartId}`, details);
  }
}
