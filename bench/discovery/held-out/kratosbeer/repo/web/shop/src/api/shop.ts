import axios from 'axios'

const http = axios.create({
  baseURL: import.meta.env.VITE_API_BASE ?? '/api/v1',
  timeout: 8000,
})

http.interceptors.request.use((cfg) => {
  const token = localStorage.getItem('hopstore.token')
  if (token) cfg.headers.Authorization = `Bearer ${token}`
  return cfg
})

export interface Beer {
  id: number
  name: string
  description: string
  price: number
  images: string[]
}

export interface CartItem {
  itemId: number
  quantity: number
}

export const login = async (username: string, password: string) => {
  const { data } = await http.post<{ token: string }>('/login', { username, password })
  localStorage.setItem('hopstore.token', data.token)
  return data.token
}

export const register = (username: string, password: string, email: string) =>
  http.post<{ id: number }>('/register', { username, password, email })

export const listBeers = (pageNum = 0, pageSize = 20) =>
  http.get<{ results: Beer[] }>('/catalog/beers', { params: { pageNum, pageSize } }).then((r) => r.data.results)

export const getBeer = (id: number) => http.get<{ beer: Beer }>(`/catalog/beers/${id}`).then((r) => r.data.beer)

export const getCart = () => http.get<{ items: CartItem[] }>('/cart').then((r) => r.data.items)

export const addToCart = (itemId: number, quantity = 1) =>
  http.post<{ items: CartItem[] }>('/cart', { itemId, quantity }).then((r) => r.data.items)

export const checkout = (addressId: number) =>
  http.post<{ orderId: number; total: number }>('/orders', { addressId }).then((r) => r.data)

export const payOrder = (orderId: number, paymentMethod: string) =>
  http.post<{ status: string; clientSecret: string }>(`/orders/${orderId}/pay`, { paymentMethod }).then((r) => r.data)
