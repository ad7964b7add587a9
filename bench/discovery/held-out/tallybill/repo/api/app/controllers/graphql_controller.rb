# frozen_string_literal: true

class GraphqlController < ApplicationController
  include AuthenticableUser
  include OrganizationHeader

  rescue_from JWT::ExpiredSignature do
    render_graphql_error(code: "expired_jwt_token", status: 401)
  end

  def execute
    variables = prepare_variables(params[:variables])
    query = params[:query]
    operation_name = params[:operationName]
    context = {
      current_user:,
      current_organization:,
      request:,
      permissions: current_membership&.permissions_hash
    }

    result = TallybillApiSchema.execute(query, variables:, context:, operation_name:)
    render(json: result)
  end

  private

  def prepare_variables(variables_param)
    case variables_param
    when String then variables_param.present? ? JSON.parse(variables_param) || {} : {}
    when Hash then variables_param
    when ActionController::Parameters then variables_param.to_unsafe_hash
    when nil then {}
    else raise ArgumentError, "Unexpected parameter: #{variables_param}"
    end
  end
end
