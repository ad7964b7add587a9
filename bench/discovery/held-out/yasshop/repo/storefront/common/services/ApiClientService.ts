// Browser-side API client. All calls are relative: the page is served by storefront-bff, which
// relays them (with the user's access token) to the API gateway.
const API_BASE_PATH = process.env.NEXT_PUBLIC_API_BASE_PATH ?? '/api';

export type ProductThumbnail = {
  id: number;
  name: string;
  slug: string;
  price: number;
  thumbnailUrl: string;
};

export type CartItem = { productId: number; quantity: number };

async function request<T>(method: string, endpoint: string, body?: unknown): Promise<T> {
  const res = await fetch(`${API_BASE_PATH}${endpoint}`, {
    method,
    headers: body ? { 'Content-Type': 'application/json' } : undefined,
    body: body ? JSON.stringify(body) : undefined,
    credentials: 'same-origin',
  });
  if (res.status === 401) {
    window.location.href = '/oauth2/authorization/api-client';
    throw new Error('Unauthenticated');
  }
  if (!res.ok) {
    throw new Error(`${method} ${endpoint} failed: ${res.status}`);
  }
  return res.status === 204 ? (undefined as T) : ((await res.json()) as T);
}

export const getFeaturedProducts = (pageNo = 0) =>
  request<ProductThumbnail[]>('GET', `/product/storefront/products/list-featured?pageNo=${pageNo}`);

export const searchProducts = (keyword: string) =>
  request<ProductThumbnail[]>('GET', `/search/storefront/search_product?keyword=${encodeURIComponent(keyword)}`);

export const getCart = () => request<CartItem[]>('GET', '/cart/storefront/cart-items');

export const addToCart = (item: CartItem) => request<CartItem>('POST', '/cart/storefront/cart-items', item);

export const placeOrder = (order: unknown) => request<{ id: number }>('POST', '/order/storefront/orders', order);

export const initPaypalPayment = (orderId: number, totalPrice: number) =>
  request<{ id: string; approveUrl: string }>('POST', '/payment-paypal/init-payment', {
    orderId,
    totalPrice,
    currency: 'USD',
  });

export const getCurrentUser = async () => {
  const res = await fetch('/authentication', { credentials: 'same-origin' });
  return res.json();
};

// Old direct call kept for reference — the storefront no longer talks to services directly.
// export const getProductDirect = (slug: string) =>
//   fetch(`http://api.bramble.local/product/storefront/products/${slug}`).then((r) => r.json());
