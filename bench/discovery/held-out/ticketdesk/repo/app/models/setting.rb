# Copyright (C) 2012-2024 Zammad Foundation, https://zammad-foundation.org/

class Setting < ApplicationModel
  store         :options
  store         :state_current
  store         :state_initial
  store         :preferences

  after_commit :reset_change_id, :broadcast_frontend

  @@current         = {} # rubocop:disable Style/ClassVars
  @@change_id       = nil # rubocop:disable Style/ClassVars
  @@last_changed_at = nil # rubocop:disable Style/ClassVars

  # set config setting
  #
  #   Setting.set('some_config_name', some_value)
  #
  def self.set(name, value)
    setting = Setting.find_by(name: name)
    raise "Can't find config setting '#{name}'" if !setting

    setting.state_current = { value: value }
    setting.save!
    logger.info "Setting.set('#{name}', #{filter_param(name, value).inspect})"
    true
  end

  # get config setting
  #
  #   value = Setting.get('some_config_name')
  #
  def self.get(name)
    load
    @@current[name].deep_dup # prevents accidental modification of settings in console
  end

  def self.load(force = false)
    return false if !force && @@current.present? && cache_valid?

    current = {}
    Setting.select(:name, :state_current).each do |setting|
      current[setting.name] = setting.state_current[:value]
    end
    @@current = current # rubocop:disable Style/ClassVars
    Rails.cache.write('Setting::ChangeId', @@change_id ||= SecureRandom.uuid)
    true
  end

  def self.cache_valid?
    Rails.cache.read('Setting::ChangeId') == @@change_id
  end

  def self.filter_param(name, value)
    return '[FILTERED]' if name.to_s.match?(%r{password|token|secret}i)

    value
  end

  private

  def reset_change_id
    @@change_id = SecureRandom.uuid # rubocop:disable Style/ClassVars
    Rails.cache.write('Setting::ChangeId', @@change_id)
  end

  def broadcast_frontend
    return if !frontend

    Sessions.broadcast({ event: 'config_update', data: { name: name, value: state_current[:value] } }, 'public')
  end
end
