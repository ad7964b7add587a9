// Server-side only: used from getServerSideProps. Talks to public-api directly,
// not through nginx, using the in-cluster address.
const PUBLIC_API_URL = process.env.PUBLIC_API_URL || 'http://localhost:8080';

async function query(q, variables = {}) {
  const res = await fetch(`${PUBLIC_API_URL}/api`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ query: q, variables }),
  });
  if (!res.ok) {
    throw new Error(`public-api responded ${res.status}`);
  }
  const body = await res.json();
  if (body.errors && body.errors.length) {
    throw new Error(body.errors.map((e) => e.message).join('; '));
  }
  return body.data;
}

export async function fetchMenu() {
  const data = await query('{ coffees { id name teaser price image } }');
  return data.coffees;
}

export async function fetchCoffee(id) {
  const data = await query(
    'query($id: Int!) { coffee(id: $id) { id name description price image ingredients { name quantity unit } } }',
    { id: Number(id) },
  );
  return data.coffee;
}
