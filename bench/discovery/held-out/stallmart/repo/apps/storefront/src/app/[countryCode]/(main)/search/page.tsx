import { searchProducts } from "@lib/data/search"
import SearchBox from "@modules/search/search-box"

export default async function SearchPage({
  params,
  searchParams,
}: {
  params: { countryCode: string }
  searchParams: { q?: string }
}) {
  const q = searchParams.q ?? ""
  const { hits, count } = q ? await searchProducts(q) : { hits: [], count: 0 }

  return (
    <div className="content-container py-12">
      <SearchBox initial={q} />
      <p className="text-sm text-gray-500">{count} results</p>
      <ul>
        {hits.map((h) => (
          <li key={h.id}>
            <a href={`/${params.countryCode}/products/${h.handle}`}>{h.title}</a>
          </li>
        ))}
      </ul>
    </div>
  )
}
