class ApplicationRecord < ActiveRecord::Base
  self.abstract_class = true
  include Events::Types

  before_validation :validates_column_content_length

  private

  def validates_column_content_length
    self.class.columns.each do |column|
      next unless column.type == :string

      value = self[column.name]
      errors.add(column.name.to_sym, 'is too long') if value.present? && value.length > 255
    end
  end
end
