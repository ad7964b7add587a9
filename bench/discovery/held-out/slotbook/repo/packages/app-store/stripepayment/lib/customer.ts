import stripe from "./server";

export async function retrieveOrCreateStripeCustomerByEmail(
  stripeAccountId: string,
  email: string,
  phoneNumber?: string | null
) {
  const customer = await stripe.customers.list(
    {
      email,
      limit: 1,
    },
    {
      stripeAccount: stripeAccountId,
    }
  );

  if (customer.data[0]?.id) {
    return customer.data[0];
  } else {
    const newCustomer = await stripe.customers.create(
      {
        email,
        phone: phoneNumber || undefined,
      },
      {
        stripeAccount: stripeAccountId,
      }
    );

    return newCustomer;
  }
}
