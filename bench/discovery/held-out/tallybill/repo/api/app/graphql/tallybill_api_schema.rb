# frozen_string_literal: true

class TallybillApiSchema < GraphQL::Schema
  mutation(Types::MutationType)
  query(Types::QueryType)

  use GraphQL::Dataloader
  max_depth 25
  max_complexity 300

  def self.resolve_type(_abstract_type, obj, _ctx)
    "Types::#{obj.class.name}Object".safe_constantize
  end
end
