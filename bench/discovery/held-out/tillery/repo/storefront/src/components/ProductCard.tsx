import Link from 'next/link';

export function ProductCard({ item }: { item: any }) {
    const price =
        'value' in item.priceWithTax
            ? (item.priceWithTax.value / 100).toFixed(2)
            : `${(item.priceWithTax.min / 100).toFixed(2)}+`;
    return (
        <Link href={`/products/${item.slug}`} className="card">
            {item.productAsset && <img src={`${item.productAsset.preview}?preset=medium`} alt={item.productName} />}
            <h3>{item.productName}</h3>
            <span>
                {price} {item.currencyCode}
            </span>
        </Link>
    );
}
