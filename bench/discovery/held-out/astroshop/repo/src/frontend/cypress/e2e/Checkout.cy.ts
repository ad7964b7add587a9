describe('Checkout Flow', () => {
  beforeEach(() => {
    cy.intercept('POST', '/api/cart*').as('addToCart');
    cy.intercept('POST', '/api/checkout*').as('placeOrder');
    cy.visit('/');
  });

  it('should create an order with two items', () => {
    cy.get('[data-cy=product-card]').first().click();
    cy.get('[data-cy=product-add-to-cart]').click();
    cy.wait('@addToCart');
    cy.location('href').should('match', /\/cart$/);

    cy.get('[data-cy=checkout-place-order]').click();
    cy.wait('@placeOrder');
    cy.get('[data-cy=checkout-item]').should('have.length.at.least', 1);
  });
});
