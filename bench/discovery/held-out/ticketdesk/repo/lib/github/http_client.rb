# Copyright (C) 2012-2024 Zammad Foundation, https://zammad-foundation.org/

class GitHub
  class HttpClient < GraphQLClient
  end
end
