import { Injectable } from '@angular/core';
import { HttpClient } from '@angular/common/http';
import { Observable } from 'rxjs';
import { environment } from '../../environments/environment';

export interface Product {
  itemId: string;
  name: string;
  description: string;
  price: number;
  availability?: { quantity: number; location: string; link: string } | null;
}

@Injectable({ providedIn: 'root' })
export class CatalogService {
  constructor(private http: HttpClient) {}

  products(): Observable<Product[]> {
    return this.http.get<Product[]>(`${environment.apiBase}/products`);
  }
}
