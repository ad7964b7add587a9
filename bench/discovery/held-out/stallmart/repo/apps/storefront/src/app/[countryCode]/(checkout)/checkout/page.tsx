import { notFound } from "next/navigation"
import { initiatePaymentSession, retrieveCart } from "@lib/data/cart"
import PaymentWrapper from "@modules/checkout/payment-wrapper"
import PlaceOrderButton from "@modules/checkout/place-order-button"

export default async function Checkout() {
  const cart = await retrieveCart()
  if (!cart) notFound()

  const session =
    cart.payment_collection?.payment_sessions?.find((s) => s.status === "pending") ??
    (await initiatePaymentSession()).payment_collection?.payment_sessions?.[0]

  return (
    <div className="content-container py-12">
      <h1 className="text-2xl mb-6">Checkout</h1>
      <PaymentWrapper clientSecret={session?.data?.client_secret as string | undefined}>
        <PlaceOrderButton clientSecret={session?.data?.client_secret as string | undefined} />
      </PaymentWrapper>
    </div>
  )
}
