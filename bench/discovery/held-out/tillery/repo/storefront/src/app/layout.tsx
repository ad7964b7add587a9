import type { Metadata } from 'next';
import Link from 'next/link';

export const metadata: Metadata = {
    title: 'Tillery Shop',
    description: 'Kitchen and garden goods',
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
    return (
        <html lang="en">
            <body>
                <header>
                    <Link href="/">Tillery Shop</Link>
                    <nav>
                        <Link href="/cart">Cart</Link>
                    </nav>
                </header>
                <main>{children}</main>
            </body>
        </html>
    );
}
