import { useEffect, useState } from 'react'
import { datadogRum } from '@datadog/browser-rum'

type Advertisement = { id: number; name: string; url: string; path: string }

const adsPath = process.env.NEXT_PUBLIC_ADS_ROUTE

export default function Ad() {
  const [ad, setAd] = useState<Advertisement | null>(null)
  const [loading, setLoading] = useState(false)

  async function getRandomAd() {
    setLoading(true)
    try {
      const res = await fetch(`${adsPath}/ads`)
      const data: Advertisement[] = await res.json()
      const index = Math.floor(Math.random() * data.length)
      setAd(data[index])
    } catch (e) {
      datadogRum.addError(e)
    } finally {
      setLoading(false)
    }
  }

  useEffect(() => {
    getRandomAd()
  }, [])

  if (loading || !ad) return <div className="ad-placeholder">Loading ad…</div>

  return (
    <a href={ad.url} className="ad-banner">
      <img src={`${adsPath}/banners/${ad.path}`} alt={ad.name} />
    </a>
  )
}
