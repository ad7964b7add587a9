import { listProducts } from "@lib/data/products"
import ProductGrid from "@modules/products/product-grid"

export default async function Home({ params: { countryCode } }: { params: { countryCode: string } }) {
  const { products } = await listProducts({ countryCode, limit: 8 })

  return (
    <div className="content-container py-12">
      <h1 className="text-3xl font-semibold text-stall-700">Fresh from the stalls</h1>
      <ProductGrid products={products} countryCode={countryCode} />
    </div>
  )
}
