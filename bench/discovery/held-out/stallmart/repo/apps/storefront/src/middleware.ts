import { HttpTypes } from "@medusajs/types"
import { NextRequest, NextResponse } from "next/server"

const BACKEND_URL = process.env.MEDUSA_BACKEND_URL
const PUBLISHABLE_API_KEY = process.env.NEXT_PUBLIC_MEDUSA_PUBLISHABLE_KEY
const DEFAULT_REGION = process.env.NEXT_PUBLIC_DEFAULT_REGION || "de"

const regionMapCache = {
  regionMap: new Map<string, HttpTypes.StoreRegion>(),
  updated: Date.now(),
}

async function getRegionMap() {
  const { regionMap, updated } = regionMapCache
  if (!regionMap.keys().next().value || updated < Date.now() - 3600 * 1000) {
    // Edge runtime: the JS SDK is not available here, so call the store API directly.
    const { regions } = await fetch(`${BACKEND_URL}/store/regions`, {
      headers: { "x-publishable-api-key": PUBLISHABLE_API_KEY! },
      next: { revalidate: 3600, tags: ["regions"] },
    }).then((res) => res.json())

    regions.forEach((region: HttpTypes.StoreRegion) => {
      region.countries?.forEach((c) => regionMapCache.regionMap.set(c.iso_2 ?? "", region))
    })
    regionMapCache.updated = Date.now()
  }
  return regionMapCache.regionMap
}

export async function middleware(request: NextRequest) {
  const regionMap = await getRegionMap()
  const segment = request.nextUrl.pathname.split("/")[1]?.toLowerCase()
  if (segment && regionMap.has(segment)) {
    return NextResponse.next()
  }
  const vercelCountry = request.headers.get("x-vercel-ip-country")?.toLowerCase()
  const countryCode =
    (vercelCountry && regionMap.has(vercelCountry) && vercelCountry) ||
    (regionMap.has(DEFAULT_REGION) ? DEFAULT_REGION : regionMap.keys().next().value)

  const redirectUrl = `${request.nextUrl.origin}/${countryCode}${request.nextUrl.pathname}${request.nextUrl.search}`
  return NextResponse.redirect(redirectUrl, 307)
}

export const config = {
  matcher: ["/((?!api|_next/static|_next/image|favicon.ico|images|assets|png|svg|jpg|jpeg|gif|webp).*)"],
}
