# frozen_string_literal: true

module StripeStub
  def stub_stripe_customer_creation(id: "cus_123456")
    stub_request(:post, "https://api.stripe.com/v1/customers")
      .to_return(status: 200, body: {id:, object: "customer"}.to_json)
  end
end

RSpec.configure { |c| c.include StripeStub }
