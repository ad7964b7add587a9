import Link from 'next/link';
import type { ReactNode } from 'react';

export default function Layout({ children }: { children: ReactNode }) {
  return (
    <>
      <header className="top">
        <Link href="/">Lattice Shop</Link>
        <nav>
          <Link href="/orders">Orders</Link>
          <Link href="/checkout">Cart</Link>
        </nav>
      </header>
      <main>{children}</main>
      <footer>© Latticeworks</footer>
    </>
  );
}
