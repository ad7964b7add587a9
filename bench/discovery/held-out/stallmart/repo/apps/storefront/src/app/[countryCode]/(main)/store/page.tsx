import { listProducts } from "@lib/data/products"
import ProductGrid from "@modules/products/product-grid"

type Props = { params: { countryCode: string }; searchParams: { page?: string } }

export default async function StorePage({ params, searchParams }: Props) {
  const page = Number(searchParams.page || 1)
  const { products, nextPage } = await listProducts({ countryCode: params.countryCode, page })
  return (
    <div className="content-container py-12">
      <ProductGrid products={products} countryCode={params.countryCode} />
      {nextPage && <a href={`?page=${nextPage}`}>Next page</a>}
    </div>
  )
}
