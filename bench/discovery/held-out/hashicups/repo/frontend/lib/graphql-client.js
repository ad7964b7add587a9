// Browser-side GraphQL client. NEXT_PUBLIC_API_URL is baked into the bundle and is a
// relative path ("/api"); nginx routes it to public-api.
const API_URL = process.env.NEXT_PUBLIC_API_URL || '/api';

export async function gql(query, variables = {}) {
  const res = await fetch(API_URL, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = await res.json();
  if (body.errors) throw new Error(body.errors[0].message);
  return body.data;
}

export function placeOrder(items) {
  return gql(
    'mutation($items: [OrderItemInput!]!) { placeOrder(items: $items) { id total } }',
    { items },
  ).then((d) => d.placeOrder);
}

export function pay(details) {
  return gql('mutation($d: PaymentDetails!) { pay(details: $d) { id message } }', { d: details })
    .then((d) => d.pay);
}
