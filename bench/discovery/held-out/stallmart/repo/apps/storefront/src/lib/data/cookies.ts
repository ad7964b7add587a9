import "server-only"
import { cookies } from "next/headers"

export const getAuthHeaders = (): { authorization: string } | {} => {
  const token = cookies().get("_stallmart_jwt")?.value
  return token ? { authorization: `Bearer ${token}` } : {}
}

export const setAuthToken = (token: string) => {
  cookies().set("_stallmart_jwt", token, {
    maxAge: 60 * 60 * 24 * 7,
    httpOnly: true,
    sameSite: "strict",
    secure: process.env.NODE_ENV === "production",
  })
}

export const removeAuthToken = () => {
  cookies().set("_stallmart_jwt", "", { maxAge: -1 })
}

export const getCartId = () => cookies().get("_stallmart_cart_id")?.value

export const setCartId = (cartId: string) => {
  cookies().set("_stallmart_cart_id", cartId, {
    maxAge: 60 * 60 * 24 * 7,
    httpOnly: true,
    sameSite: "strict",
    secure: process.env.NODE_ENV === "production",
  })
}
