import { ProductCard } from '@/components/ProductCard';
import { shopApi } from '@/lib/shop-api';
import { SEARCH_PRODUCTS } from '@/lib/queries';

export default async function HomePage() {
    const data = await shopApi<any>(
        SEARCH_PRODUCTS,
        { input: { take: 24, groupByProduct: true } },
        { tags: ['catalog'] },
    );
    return (
        <section>
            <h1>Featured products</h1>
            <div className="grid">
                {data.search.items.map((item: any) => (
                    <ProductCard key={item.productId} item={item} />
                ))}
            </div>
        </section>
    );
}
