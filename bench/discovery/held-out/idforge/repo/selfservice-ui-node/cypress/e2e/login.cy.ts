// Copyright © 2023 Idforge Corp
// SPDX-License-Identifier: Apache-2.0
describe("login", () => {
  const base = Cypress.env("UI_URL") || "http://127.0.0.1:4455"

  it("redirects to the identity login flow", () => {
    cy.visit(base + "/login")
    cy.location("search").should("contain", "flow=")
    cy.get('input[name="identifier"]').should("exist")
  })

  it("shows an error for unknown credentials", () => {
    cy.visit(base + "/login")
    cy.get('input[name="identifier"]').type("nobody@example.org")
    cy.get('input[name="password"]').type("not-a-real-password")
    cy.get('button[value="password"]').click()
    cy.contains("credentials are invalid")
  })
})
