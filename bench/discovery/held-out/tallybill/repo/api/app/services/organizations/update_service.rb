# frozen_string_literal: true

module Organizations
  class UpdateService < BaseService
    def initialize(organization:, params:)
      @organization = organization
      @params = params
      super
    end

    def call
      organization.email = params[:email] if params.key?(:email)
      organization.legal_name = params[:legal_name] if params.key?(:legal_name)
      organization.timezone = params[:timezone] if params.key?(:timezone)
      organization.email_settings = params[:email_settings] if params.key?(:email_settings)

      handle_base64_logo if params.key?(:logo)

      organization.save!
      result.organization = organization
      result
    rescue ActiveRecord::RecordInvalid => e
      result.record_validation_failure!(record: e.record)
    end

    private

    attr_reader :organization, :params

    # Uploads the logo straight to the configured Active Storage service (S3/MinIO in production).
    def handle_base64_logo
      return if params[:logo].blank?

      base64_data = params[:logo].split(",")
      data = base64_data.second
      decoded_base_64_data = Base64.decode64(data)

      organization.logo.attach(
        io: StringIO.new(decoded_base_64_data),
        filename: "logo",
        content_type: base64_data.first.split(";").first.split(":").second
      )
    end
  end
end
