module Api
  class ProductsController < ApplicationController
    before_action :forward_dt

    def index
      render json: Product.select(:id, :sku, :name, :stock, :selling_price)
    end

    def show
      render json: Product.find(params[:id])
    end
  end
end
