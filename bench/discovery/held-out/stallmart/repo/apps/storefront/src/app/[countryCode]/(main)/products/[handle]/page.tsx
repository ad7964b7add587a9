import { notFound } from "next/navigation"
import { getRegion } from "@lib/data/regions"
import { getProductByHandle } from "@lib/data/products"
import AddToCart from "@modules/products/add-to-cart"

type Props = { params: { countryCode: string; handle: string } }

export default async function ProductPage({ params }: Props) {
  const region = await getRegion(params.countryCode)
  if (!region) notFound()
  const product = await getProductByHandle(params.handle, region.id)
  if (!product) notFound()

  return (
    <div className="content-container grid grid-cols-2 gap-8 py-12">
      {product.thumbnail && <img src={product.thumbnail} alt={product.title} />}
      <div>
        <h1 className="text-2xl">{product.title}</h1>
        <p>{product.description}</p>
        <AddToCart variants={product.variants ?? []} countryCode={params.countryCode} />
      </div>
    </div>
  )
}
