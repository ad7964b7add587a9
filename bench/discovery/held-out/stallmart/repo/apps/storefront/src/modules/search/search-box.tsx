"use client"

import { useRouter } from "next/navigation"
import { useState } from "react"

// NOTE: we tried instant-meilisearch straight from the browser; search now goes via /store/search.
// import { instantMeiliSearch } from "@meilisearch/instant-meilisearch"
// const { searchClient } = instantMeiliSearch(process.env.NEXT_PUBLIC_MEILISEARCH_HOST!, process.env.NEXT_PUBLIC_MEILISEARCH_SEARCH_KEY)

export default function SearchBox({ initial = "" }: { initial?: string }) {
  const router = useRouter()
  const [q, setQ] = useState(initial)

  return (
    <form
      onSubmit={(e) => {
        e.preventDefault()
        router.push(`?q=${encodeURIComponent(q)}`)
      }}
    >
      <input
        className="w-full border rounded px-3 py-2"
        placeholder="Search the market…"
        value={q}
        onChange={(e) => setQ(e.target.value)}
      />
    </form>
  )
}
