import { HttpTypes } from "@medusajs/types"

export default function ProductGrid({
  products,
  countryCode,
}: {
  products: HttpTypes.StoreProduct[]
  countryCode: string
}) {
  return (
    <ul className="grid grid-cols-2 md:grid-cols-4 gap-6 mt-8">
      {products.map((p) => (
        <li key={p.id}>
          <a href={`/${countryCode}/products/${p.handle}`}>
            {p.thumbnail && <img src={p.thumbnail} alt={p.title} className="rounded" />}
            <span className="block mt-2">{p.title}</span>
          </a>
        </li>
      ))}
    </ul>
  )
}
