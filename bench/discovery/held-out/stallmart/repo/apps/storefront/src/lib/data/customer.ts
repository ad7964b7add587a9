"use server"

import { sdk } from "@lib/config"
import { revalidateTag } from "next/cache"
import { getAuthHeaders, removeAuthToken, setAuthToken } from "./cookies"

export async function getCustomer() {
  return sdk.store.customer
    .retrieve({}, { next: { tags: ["customer"] }, ...getAuthHeaders() })
    .then(({ customer }) => customer)
    .catch(() => null)
}

export async function login(_state: unknown, formData: FormData) {
  const email = formData.get("email") as string
  const password = formData.get("password") as string
  try {
    const token = await sdk.auth.login("customer", "emailpass", { email, password })
    setAuthToken(typeof token === "string" ? token : "")
    revalidateTag("customer")
  } catch (error: any) {
    return error.toString()
  }
}

export async function signout() {
  await sdk.auth.logout()
  removeAuthToken()
  revalidateTag("customer")
}
