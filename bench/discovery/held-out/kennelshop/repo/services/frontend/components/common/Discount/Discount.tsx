import { useEffect, useState } from 'react'

type Discount = { id: number; name: string; code: string; value: number }

const discountPath = process.env.NEXT_PUBLIC_DISCOUNTS_ROUTE

export default function DiscountBanner() {
  const [discount, setDiscount] = useState<Discount | null>(null)

  useEffect(() => {
    fetch(`${discountPath}/discount`)
      .then((res) => res.json())
      .then((data: Discount[]) => {
        if (data.length) setDiscount(data[Math.floor(Math.random() * data.length)])
      })
      .catch((err) => console.error('Failed to load discounts', err))
  }, [])

  if (!discount) return null

  return (
    <div className="discount-banner">
      Use code <strong>{discount.code}</strong> for {discount.value}% off your pup's next treat!
    </div>
  )
}
