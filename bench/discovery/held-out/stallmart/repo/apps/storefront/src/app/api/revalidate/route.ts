import { revalidateTag } from "next/cache"
import { NextRequest, NextResponse } from "next/server"

// Called by ops scripts after bulk catalogue changes.
export async function POST(req: NextRequest) {
  if (req.nextUrl.searchParams.get("secret") !== process.env.REVALIDATE_SECRET) {
    return NextResponse.json({ message: "Invalid secret" }, { status: 401 })
  }
  const tags = (req.nextUrl.searchParams.get("tags") ?? "products").split(",")
  tags.forEach((t) => revalidateTag(t))
  return NextResponse.json({ revalidated: tags, now: Date.now() })
}
