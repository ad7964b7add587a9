const esc = (s: string) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

export function orderConfirmationEmail(order: { id: string; total_cents: number; currency: string; customer: { display_name?: string } }) {
  const name = esc(order.customer.display_name ?? 'there');
  return `<h1>Thanks, ${name}!</h1><p>We received order <b>${order.id}</b> for ${(order.total_cents / 100).toFixed(2)} ${order.currency.toUpperCase()}.</p>`;
}

export function refundEmail(order: { id: string; total_cents: number; currency: string }) {
  return `<p>Your refund for order ${order.id} (${(order.total_cents / 100).toFixed(2)} ${order.currency.toUpperCase()}) has been issued.</p>`;
}

export function welcomeEmail(customer: { display_name: string | null }) {
  return `<h1>Welcome${customer.display_name ? ', ' + esc(customer.display_name) : ''}!</h1>`;
}
