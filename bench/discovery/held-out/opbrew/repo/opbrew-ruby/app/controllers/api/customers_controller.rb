module Api
  class CustomersController < ApplicationController
    def index
      render json: ActiveRecord::Base.connection.select_all('SELECT id, full_name, city FROM customers').to_a
    end
  end
end
