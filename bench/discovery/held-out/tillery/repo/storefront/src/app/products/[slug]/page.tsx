import { notFound } from 'next/navigation';
import { revalidatePath } from 'next/cache';

import { shopApi } from '@/lib/shop-api';
import { ADD_TO_CART, GET_PRODUCT } from '@/lib/queries';

export default async function ProductPage({ params }: { params: { slug: string } }) {
    const { product } = await shopApi<any>(GET_PRODUCT, { slug: params.slug }, { tags: ['catalog'] });
    if (!product) notFound();

    async function addToCart(formData: FormData) {
        'use server';
        await shopApi(ADD_TO_CART, { variantId: formData.get('variantId'), quantity: 1 });
        revalidatePath('/cart');
    }

    return (
        <article>
            <h1>{product.name}</h1>
            {product.featuredAsset && <img src={product.featuredAsset.preview} alt={product.name} />}
            <div dangerouslySetInnerHTML={{ __html: product.description }} />
            <form action={addToCart}>
                <select name="variantId">
                    {product.variants.map((v: any) => (
                        <option key={v.id} value={v.id}>
                            {v.name} – {(v.priceWithTax / 100).toFixed(2)} {v.currencyCode}
                        </option>
                    ))}
                </select>
                <button type="submit">Add to cart</button>
            </form>
            <section>
                <h2>Reviews ({product.reviews.totalItems})</h2>
                {product.reviews.items.map((r: any) => (
                    <blockquote key={r.id}>
                        <strong>{r.summary}</strong> ({r.rating}/5) — {r.authorName}
                        <p>{r.body}</p>
                    </blockquote>
                ))}
            </section>
        </article>
    );
}
