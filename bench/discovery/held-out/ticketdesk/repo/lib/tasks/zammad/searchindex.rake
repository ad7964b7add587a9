# Copyright (C) 2012-2024 Zammad Foundation, https://zammad-foundation.org/

namespace :zammad do
  namespace :searchindex do
    desc 'Drop all search indexes'
    task drop: :environment do
      Models.indexable.each do |model|
        print "drop index #{model.name}..."
        SearchIndexBackend.remove(model.name)
        puts 'done'
      end
    end

    desc 'Create all search indexes'
    task create: :environment do
      SearchIndexBackend.info
      Models.indexable.each do |model|
        print "create index #{model.name}..."
        SearchIndexBackend.make_request_and_validate(SearchIndexBackend.build_url(type: model.name, with_pipeline: false), method: :put, data: { mappings: { dynamic: true } })
        puts 'done'
      end
    end

    desc 'Reload all data into search indexes'
    task reload: :environment do
      Models.indexable.each do |model|
        puts "reloading data for #{model.name}..."
        model.search_index_reload
      end
    end

    desc 'Full re-creation of all search indexes and re-indexing of all data'
    task rebuild: %i[environment drop create reload]
  end
end
