# Copyright (C) 2012-2024 Zammad Foundation, https://zammad-foundation.org/

# clear old caches to start from scratch
Rails.cache.clear

# this is the __ordered__ list of seed files
%w[
  settings
  schedulers
  channels
].each do |seed|
  require Rails.root.join('db', 'seeds', "#{seed}.rb")
end
