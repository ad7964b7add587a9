// ***********************************************
// Custom commands for the payrouter API
// ***********************************************

import { defaultErrorHandler, getValueByKey } from "../e2e/configs/Payment/Utils";

Cypress.Commands.add("merchantCreateCallTest", (merchantCreateBody, globalState) => {
  const randomMerchantId = "merchant_" + Math.random().toString(36).slice(2, 10);
  merchantCreateBody.merchant_id = randomMerchantId;

  cy.request({
    method: "POST",
    url: `${globalState.get("baseUrl")}/accounts`,
    headers: {
      "Content-Type": "application/json",
      Accept: "application/json",
      "api-key": globalState.get("adminApiKey"),
    },
    body: merchantCreateBody,
    failOnStatusCode: false,
  }).then((response) => {
    expect(response.headers["content-type"]).to.include("application/json");
    expect(response.body.merchant_id).to.equal(randomMerchantId);
    globalState.set("merchantId", response.body.merchant_id);
    globalState.set("publishableKey", response.body.publishable_key);
  });
});

Cypress.Commands.add("createPaymentIntentTest", (createPaymentBody, req_data, res_data, authentication_type, capture_method, globalState) => {
  createPaymentBody.currency = req_data.currency;
  createPaymentBody.authentication_type = authentication_type;
  createPaymentBody.capture_method = capture_method;

  cy.request({
    method: "POST",
    url: `${globalState.get("baseUrl")}/payments`,
    headers: {
      "Content-Type": "application/json",
      Accept: "application/json",
      "api-key": globalState.get("apiKey"),
    },
    failOnStatusCode: false,
    body: createPaymentBody,
  }).then((response) => {
    if (response.status === 200) {
      globalState.set("paymentAmount", createPaymentBody.amount);
      globalState.set("paymentID", response.body.payment_id);
      globalState.set("clientSecret", response.body.client_secret);
      expect(response.body.status).to.equal(res_data.body.status);
    } else {
      defaultErrorHandler(response, res_data);
    }
  });
});

Cypress.Commands.add("retrievePaymentCallTest", (globalState) => {
  const payment_id = globalState.get("paymentID");
  cy.request({
    method: "GET",
    url: `${globalState.get("baseUrl")}/payments/${payment_id}?force_sync=true`,
    headers: {
      "Content-Type": "application/json",
      "api-key": globalState.get("apiKey"),
    },
    failOnStatusCode: false,
  }).then((response) => {
    expect(response.body.payment_id).to.equal(payment_id);
    expect(getValueByKey(response.body, "amount")).to.equal(globalState.get("paymentAmount"));
  });
});
