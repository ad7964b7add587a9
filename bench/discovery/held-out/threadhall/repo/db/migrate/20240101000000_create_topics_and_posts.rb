# frozen_string_literal: true

class CreateTopicsAndPosts < ActiveRecord::Migration[7.1]
  def change
    create_table :topics do |t|
      t.string :title, null: false
      t.integer :user_id
      t.integer :category_id
      t.boolean :visible, default: true, null: false
      t.integer :like_count, default: 0, null: false
      t.datetime :bumped_at
      t.datetime :deleted_at
      t.integer :deleted_by_id
      t.timestamps
    end

    create_table :posts do |t|
      t.integer :topic_id, null: false
      t.integer :user_id
      t.integer :post_number, null: false
      t.text :raw, null: false
      t.text :cooked
      t.datetime :baked_at
      t.integer :baked_version
      t.timestamps
    end
    add_index :posts, %i[topic_id post_number], unique: true
  end
end
