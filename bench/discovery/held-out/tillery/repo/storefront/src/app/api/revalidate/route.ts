import { revalidateTag } from 'next/cache';
import { NextRequest, NextResponse } from 'next/server';

/** Called by the server's StorefrontRevalidatePlugin when catalog data changes. */
export async function POST(req: NextRequest) {
    if (req.headers.get('x-revalidate-secret') !== process.env.REVALIDATE_SECRET) {
        return NextResponse.json({ message: 'Invalid secret' }, { status: 401 });
    }
    const { tags = [] } = (await req.json()) as { tags?: string[] };
    for (const tag of tags) {
        revalidateTag(tag);
    }
    return NextResponse.json({ revalidated: true, tags, now: Date.now() });
}
