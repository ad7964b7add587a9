import type { GetServerSideProps } from 'next'
import { getProduct } from '@framework/api'

export const getServerSideProps: GetServerSideProps = async ({ params }) => {
  const product = await getProduct(params!.slug as string)
  return { props: { product: product.data } }
}

export default function ProductPage({ product }: { product: any }) {
  return (
    <article>
      <h1>{product.attributes.name}</h1>
      <p>{product.attributes.description}</p>
      <strong>{product.attributes.display_price}</strong>
    </article>
  )
}
