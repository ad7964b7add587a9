import type { GetServerSideProps } from 'next'
import Ad from '@components/common/Ad/Ad'
import { getAllProducts } from '@framework/api'

export const getServerSideProps: GetServerSideProps = async () => {
  const products = await getAllProducts()
  return { props: { products: products.data } }
}

export default function Home({ products }: { products: any[] }) {
  return (
    <main>
      <h1>Kennel Shop</h1>
      <Ad />
      <ul className="product-grid">
        {products.map((p) => (
          <li key={p.id}>
            <a href={`/product/${p.attributes.slug}`}>{p.attributes.name}</a>
            <span>{p.attributes.display_price}</span>
          </li>
        ))}
      </ul>
    </main>
  )
}
