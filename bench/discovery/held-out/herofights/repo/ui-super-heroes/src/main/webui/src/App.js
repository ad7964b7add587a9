import { useEffect, useState } from "react"
import { getFights, getRandomFighters, getRandomLocation, narrateFight, startFight } from "./shared/api/fight-service"

export default function App() {
  const [fighters, setFighters] = useState(null)
  const [location, setLocation] = useState(null)
  const [fights, setFights] = useState([])
  const [narration, setNarration] = useState("")

  const refresh = async () => {
    setFighters(await getRandomFighters())
    setLocation(await getRandomLocation())
    setNarration("")
  }

  useEffect(() => {
    refresh()
    getFights().then(setFights)
  }, [])

  const fight = async () => {
    const result = await startFight(fighters, location)
    setFights([result, ...fights])
    setNarration(await narrateFight({ ...result, location }))
  }

  if (!fighters) return <p>Loading…</p>

  return (
    <main>
      <h1>Legends Arena</h1>
      <section>
        <h2>{fighters.hero.name} vs {fighters.villain.name}</h2>
        {location && <p>at {location.name}</p>}
        <button onClick={refresh}>New fighters</button>
        <button onClick={fight}>Fight!</button>
        {narration && <blockquote>{narration}</blockquote>}
      </section>
      <table>
        <tbody>
          {fights.map(f => (
            <tr key={f.id}><td>{f.winnerName}</td><td>{f.loserName}</td><td>{f.location?.name}</td></tr>
          ))}
        </tbody>
      </table>
    </main>
  )
}
