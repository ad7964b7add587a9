import { notFound } from "next/navigation";

import { executeGraphQL } from "@/lib/graphql";

const ProductDetailsQuery = /* GraphQL */ `
  query ProductDetails($slug: String!, $channel: String!) {
    product(slug: $slug, channel: $channel) {
      id
      name
      description
      variants { id name pricing { price { gross { amount currency } } } }
    }
  }
`;

export default async function ProductPage({ params }: { params: { slug: string } }) {
  const { product } = await executeGraphQL<any, { slug: string; channel: string }>(
    ProductDetailsQuery,
    {
      variables: {
        slug: decodeURIComponent(params.slug),
        channel: process.env.NEXT_PUBLIC_DEFAULT_CHANNEL ?? "default-channel",
      },
      revalidate: 60,
    },
  );
  if (!product) {
    notFound();
  }
  return (
    <section>
      <h1>{product.name}</h1>
      <ul>
        {product.variants.map((v: any) => (
          <li key={v.id}>
            {v.name} — {v.pricing?.price?.gross.amount} {v.pricing?.price?.gross.currency}
          </li>
        ))}
      </ul>
    </section>
  );
}
