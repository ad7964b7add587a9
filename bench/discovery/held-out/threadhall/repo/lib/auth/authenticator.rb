# frozen_string_literal: true

module Auth
  class Result
    attr_accessor :user, :name, :username, :email, :email_valid, :extra_data, :failed, :failed_reason
  end

  class Authenticator
    def name
      raise NotImplementedError
    end

    def enabled?
      raise NotImplementedError
    end

    def after_authenticate(auth_options)
      raise NotImplementedError
    end

    def register_middleware(omniauth)
      raise NotImplementedError
    end
  end
end
