import Link from "next/link";

import { executeGraphQL } from "@/lib/graphql";

const ProductListQuery = /* GraphQL */ `
  query ProductList($channel: String!, $first: Int!) {
    products(channel: $channel, first: $first) {
      edges {
        node { id name slug thumbnail(size: 512) { url alt } }
      }
    }
  }
`;

type ProductListResult = {
  products: { edges: { node: { id: string; name: string; slug: string; thumbnail?: { url: string; alt?: string } } }[] };
};

export const metadata = { title: "Cartwell Storefront" };

export default async function Page() {
  const data = await executeGraphQL<ProductListResult, { channel: string; first: number }>(
    ProductListQuery,
    {
      variables: { channel: process.env.NEXT_PUBLIC_DEFAULT_CHANNEL ?? "default-channel", first: 12 },
      revalidate: 60,
    },
  );

  return (
    <ul className="grid grid-cols-3 gap-8">
      {data.products.edges.map(({ node }) => (
        <li key={node.id}>
          <Link href={`/products/${node.slug}`}>
            {node.thumbnail && <img src={node.thumbnail.url} alt={node.thumbnail.alt ?? ""} />}
            <h2>{node.name}</h2>
          </Link>
        </li>
      ))}
    </ul>
  );
}
