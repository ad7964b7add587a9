import { useEffect, useState } from "react";
import { basketApi, catalogApi, Product } from "../api/client";

export default function ProductList() {
  const [items, setItems] = useState<Product[]>([]);
  const [q, setQ] = useState("");

  useEffect(() => {
    catalogApi.search(q).then((r) => setItems(r.items));
  }, [q]);

  return (
    <section>
      <input placeholder="Search gear…" value={q} onChange={(e) => setQ(e.target.value)} />
      <ul className="products">
        {items.map((p) => (
          <li key={p.id}>
            <img src={p.imageUrl} alt={p.name} />
            <h3>{p.name}</h3>
            <span>${p.price.toFixed(2)}</span>
            <small>{p.available > 0 ? `${p.available} in stock` : "out of stock"}</small>
            <button disabled={p.available === 0} onClick={() => basketApi.addItem(p.id)}>
              Add to cart
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
