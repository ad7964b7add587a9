import Link from 'next/link';

import { shopApi } from '@/lib/shop-api';
import { ACTIVE_ORDER } from '@/lib/queries';

export const dynamic = 'force-dynamic';

export default async function CartPage() {
    const { activeOrder } = await shopApi<any>(ACTIVE_ORDER, {}, { revalidate: 0 });
    if (!activeOrder || activeOrder.lines.length === 0) {
        return <p>Your cart is empty.</p>;
    }
    return (
        <section>
            <h1>Cart</h1>
            <ul>
                {activeOrder.lines.map((line: any) => (
                    <li key={line.id}>
                        {line.quantity} × {line.productVariant.name}
                    </li>
                ))}
            </ul>
            <p>Total: {(activeOrder.totalWithTax / 100).toFixed(2)} {activeOrder.currencyCode}</p>
            <Link href="/checkout">Checkout</Link>
        </section>
    );
}
