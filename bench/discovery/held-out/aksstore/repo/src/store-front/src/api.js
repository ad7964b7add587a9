// All calls go through the same origin; nginx (or the vite dev proxy) forwards them.
const ORDERS = '/api/orders'
const PRODUCTS = '/api/products'

export async function listProducts () {
  const res = await fetch(`${PRODUCTS}/`)
  if (!res.ok) throw new Error(`products: ${res.status}`)
  return res.json()
}

export async function getProduct (id) {
  const res = await fetch(`${PRODUCTS}/${id}`)
  if (!res.ok) throw new Error(`product ${id}: ${res.status}`)
  return res.json()
}

export async function submitOrder (order) {
  const res = await fetch(`${ORDERS}/`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(order)
  })
  if (res.status !== 201) throw new Error(`order: ${res.status}`)
}
