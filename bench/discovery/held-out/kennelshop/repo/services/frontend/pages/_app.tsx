import type { AppProps } from 'next/app'
import { useEffect } from 'react'
import { initDatadog } from '@lib/datadog-rum'
import DiscountBanner from '@components/common/Discount/Discount'

export default function KennelShopApp({ Component, pageProps }: AppProps) {
  useEffect(() => {
    initDatadog()
  }, [])

  return (
    <>
      <DiscountBanner />
      <Component {...pageProps} />
    </>
  )
}
