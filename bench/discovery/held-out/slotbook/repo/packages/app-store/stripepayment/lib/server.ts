import Stripe from "stripe";

export type StripePaymentData = Stripe.Response<Stripe.PaymentIntent> & {
  stripe_publishable_key: string;
  stripeAccount: string;
};

export type StripeSetupIntentData = {
  setupIntent: Stripe.Response<Stripe.SetupIntent>;
  paymentIntent?: StripePaymentData;
};

const stripePrivateKey = process.env.STRIPE_PRIVATE_KEY || "";

const stripe = new Stripe(stripePrivateKey, {
  apiVersion: "2020-08-27",
});

export default stripe;
