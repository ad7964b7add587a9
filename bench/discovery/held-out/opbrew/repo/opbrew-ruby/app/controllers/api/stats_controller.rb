module Api
  class StatsController < ApplicationController
    before_action :forward_dt

    def show
      conn = ActiveRecord::Base.connection
      render json: {
        products: Product.count,
        customers: conn.select_value('SELECT count(*) FROM customers'),
        orders: conn.select_value('SELECT count(*) FROM orders')
      }
    end
  end
end
