'use client'
import { useState } from 'react'

export default function Proposals() {
  const [sent, setSent] = useState(false)
  async function submit(e) {
    e.preventDefault()
    const form = new FormData(e.target)
    await fetch('/api/c4p/proposals/', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(Object.fromEntries(form)),
    })
    setSent(true)
  }
  return sent ? <p>Thanks!</p> : (
    <form onSubmit={submit}>
      <input name="title" /><input name="author" /><input name="email" />
      <textarea name="description" /><button>Submit</button>
    </form>
  )
}
