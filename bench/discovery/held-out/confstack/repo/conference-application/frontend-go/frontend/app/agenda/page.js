'use client'
import { useEffect, useState } from 'react'

export default function Agenda() {
  const [items, setItems] = useState([])
  useEffect(() => {
    fetch('/api/agenda/agenda-items/')
      .then((res) => res.json())
      .then((data) => setItems(data || []))
  }, [])
  return (
    <main>
      <h1>Agenda</h1>
      <ul>{items.map((i) => <li key={i.id}>{i.title} — {i.author}</li>)}</ul>
    </main>
  )
}
