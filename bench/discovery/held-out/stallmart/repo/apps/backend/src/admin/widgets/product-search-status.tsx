import { defineWidgetConfig } from "@medusajs/admin-sdk"
import { Button, Container, Heading, Text, toast } from "@medusajs/ui"
import { useState } from "react"

const ProductSearchWidget = () => {
  const [busy, setBusy] = useState(false)

  const reindex = async () => {
    setBusy(true)
    try {
      // same-origin call to the admin API of the server hosting this dashboard
      const res = await fetch(`/admin/search/reindex`, { method: "POST", credentials: "include" })
      if (!res.ok) throw new Error(await res.text())
      toast.success("Reindex queued")
    } catch (e) {
      toast.error("Reindex failed")
    } finally {
      setBusy(false)
    }
  }

  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between px-6 py-4">
        <Heading level="h2">Search index</Heading>
        <Button size="small" variant="secondary" isLoading={busy} onClick={reindex}>
          Reindex all
        </Button>
      </div>
      <Text className="px-6 py-4" size="small">
        Products are synced to search automatically after every change.
      </Text>
    </Container>
  )
}

export const config = defineWidgetConfig({
  zone: "product.list.before",
})

export default ProductSearchWidget
