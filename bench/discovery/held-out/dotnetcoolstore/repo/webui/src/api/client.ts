import axios from "axios";
import { User } from "oidc-client-ts";

const API_URL = process.env.REACT_APP_API_URL ?? "http://localhost:5000";

function currentToken(): string | undefined {
  const key = `oidc.user:${process.env.REACT_APP_AUTHORITY}:${process.env.REACT_APP_CLIENT_ID}`;
  const raw = localStorage.getItem(key);
  return raw ? User.fromStorageString(raw).access_token : undefined;
}

export const api = axios.create({ baseURL: API_URL });

api.interceptors.request.use((cfg) => {
  const token = currentToken();
  if (token) cfg.headers.Authorization = `Bearer ${token}`;
  return cfg;
});

export interface Product {
  id: string;
  name: string;
  description: string;
  price: number;
  imageUrl: string;
  available: number;
}

export const catalogApi = {
  search: (q = "", page = 1) =>
    api.get<{ items: Product[]; total: number }>("/catalog/api/products", { params: { q, page } }).then((r) => r.data),
};

export const basketApi = {
  mine: () => api.get("/basket/api/carts/me").then((r) => r.data),
  addItem: (productId: string, quantity = 1) =>
    api.post("/basket/api/carts/me/items", { productId, quantity }).then((r) => r.data),
  checkout: () => api.put("/basket/api/carts/me/checkout").then((r) => r.data),
};

export const orderingApi = {
  mine: () => api.get("/ordering/api/orders/me").then((r) => r.data),
};
