# Copyright (C) 2012-2024 Zammad Foundation, https://zammad-foundation.org/

class CreateBase < ActiveRecord::Migration[4.2]
  def up
    create_table :sessions do |t|
      t.string :session_id,  null: false
      t.boolean :persistent, null: true
      t.text :data
      t.timestamps limit: 3, null: false
    end
    add_index :sessions, :session_id, unique: true
    add_index :sessions, :updated_at

    create_table :settings do |t|
      t.string :title,          limit: 200,  null: false
      t.string :name,           limit: 200,  null: false
      t.string :area,           limit: 100,  null: false
      t.string :description,    limit: 2000, null: false
      t.string :options,        limit: 2000, null: true
      t.text :state_current,    limit: 200.kilobytes + 1, null: true
      t.string :state_initial,  limit: 2000, null: true
      t.boolean :frontend,                   null: false
      t.text :preferences,      limit: 200.kilobytes + 1, null: true
      t.timestamps limit: 3, null: false
    end
    add_index :settings, [:name], unique: true
    add_index :settings, [:area]

    create_table :channels do |t|
      t.references :group, null: true
      t.string :area,         limit: 100,  null: false
      t.text :options,        limit: 500.kilobytes + 1, null: true
      t.boolean :active,                   null: false, default: true
      t.text :preferences,    limit: 500.kilobytes + 1, null: true
      t.string :last_log_in,  limit: 5000, null: true
      t.string :last_log_out, limit: 5000, null: true
      t.string :status_in,    limit: 100,  null: true
      t.string :status_out,   limit: 100,  null: true
      t.timestamps limit: 3, null: false
    end

    create_table :schedulers do |t|
      t.string :name,           limit: 250,  null: false
      t.string :method,         limit: 250,  null: false
      t.integer :period,                     null: true
      t.integer :running,                    null: false, default: false
      t.timestamp :last_run,    limit: 3,    null: true
      t.integer :prio,                       null: false
      t.string :pid,            limit: 250,  null: true
      t.string :status,         limit: 250,  null: true
      t.string :error_message,               null: true
      t.boolean :active,                     null: false, default: false
      t.integer :updated_by_id,              null: false
      t.integer :created_by_id,              null: false
      t.timestamps limit: 3, null: false
    end

    create_table :delayed_jobs do |t|
      t.integer :priority, default: 0
      t.integer :attempts, default: 0
      t.text :handler
      t.text :last_error
      t.datetime :run_at, limit: 3
      t.datetime :locked_at, limit: 3
      t.datetime :failed_at, limit: 3
      t.string :locked_by
      t.string :queue
      t.timestamps limit: 3, null: false
    end
    add_index :delayed_jobs, %i[priority run_at], name: 'delayed_jobs_priority'
  end
end
