'use client'
import { useEffect, useState } from 'react'

export default function BackOffice() {
  const [proposals, setProposals] = useState([])
  const [notifications, setNotifications] = useState([])
  const [events, setEvents] = useState([])
  const [features, setFeatures] = useState({ eventsEnabled: true })

  useEffect(() => {
    fetch('/api/features/').then((r) => r.json()).then(setFeatures)
    fetch('/api/c4p/proposals/?status=PENDING').then((r) => r.json()).then((d) => setProposals(d || []))
    fetch('/api/notifications/notifications/').then((r) => r.json()).then((d) => setNotifications(d || []))
    fetch('/api/events/').then((r) => r.json()).then((d) => setEvents(d || []))
  }, [])

  function decide(id, approved) {
    fetch(`/api/c4p/proposals/${id}/decide/`, { method: 'POST', body: JSON.stringify({ approved }) })
  }

  return (
    <main>
      <h2>Review Proposals</h2>
      {proposals.map((p) => (
        <div key={p.id}>{p.title}
          <button onClick={() => decide(p.id, true)}>Approve</button>
          <button onClick={() => decide(p.id, false)}>Reject</button>
        </div>
      ))}
      <h2>Notifications</h2>
      {notifications.map((n) => <div key={n.id}>{n.emailTo}: {n.title}</div>)}
      {features.eventsEnabled && (<><h2>Events</h2>{events.map((e) => <div key={e.id}>{e.type}</div>)}</>)}
    </main>
  )
}
