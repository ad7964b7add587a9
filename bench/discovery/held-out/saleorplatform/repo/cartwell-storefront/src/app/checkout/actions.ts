"use server";

import { cookies } from "next/headers";

import { executeGraphQL } from "@/lib/graphql";

const CheckoutCreateMutation = /* GraphQL */ `
  mutation CheckoutCreate($channel: String!, $email: String) {
    checkoutCreate(channel: $channel, email: $email) { token }
  }
`;

const CheckoutCompleteMutation = /* GraphQL */ `
  mutation CheckoutComplete($token: UUID!, $paymentData: JSONString) {
    checkoutComplete(token: $token, paymentData: $paymentData) { orderId confirmationNeeded }
  }
`;

export async function createCheckout(email?: string) {
  const { checkoutCreate } = await executeGraphQL<any, { channel: string; email?: string }>(
    CheckoutCreateMutation,
    {
      variables: { channel: process.env.NEXT_PUBLIC_DEFAULT_CHANNEL ?? "default-channel", email },
      cache: "no-store",
    },
  );
  cookies().set("checkoutId", checkoutCreate.token, { secure: true, sameSite: "lax" });
  return checkoutCreate.token as string;
}

export async function completeCheckout(paymentMethodId: string) {
  const token = cookies().get("checkoutId")?.value;
  if (!token) throw new Error("No checkout in progress");
  const { checkoutComplete } = await executeGraphQL<any, any>(CheckoutCompleteMutation, {
    variables: { token, paymentData: JSON.stringify({ token: paymentMethodId }) },
    cache: "no-store",
  });
  return checkoutComplete;
}
