# Copyright (C) 2012-2024 Zammad Foundation, https://zammad-foundation.org/

class Channel < ApplicationModel
  include Channel::Assets

  belongs_to :group, optional: true

  store :options
  store :preferences

  after_create   :email_address_check
  after_update   :email_address_check
  after_destroy  :email_address_check

  # fetch all accounts
  #
  #   Channel.fetch
  #
  def self.fetch
    channels = Channel.where('active = ? AND area LIKE ?', true, '%::Account')
    channels.each(&:fetch)
  end

  # fetch one account
  #
  #   channel = Channel.where(area: 'Email::Account').first
  #   channel.fetch
  #
  def fetch(force = false)
    adapter         = options[:adapter]
    adapter_options = options
    if options[:inbound] && options[:inbound][:adapter]
      adapter         = options[:inbound][:adapter]
      adapter_options = options[:inbound][:options]
    end

    refresh_xoauth2!

    driver_class    = self.class.driver_class(adapter)
    driver_instance = driver_class.new
    return if !force && !driver_instance.fetchable?(self)

    result = driver_instance.fetch(adapter_options, self)
    self.status_in   = result[:result]
    self.last_log_in = result[:notice]
    preferences[:last_fetch] = Time.zone.now
    save!
    true
  rescue => e
    error = "Can't use Channel::Driver::#{adapter.to_classname}: #{e.inspect}"
    Rails.logger.error error
    self.status_in = 'error'
    self.last_log_in = error
    preferences[:last_fetch] = Time.zone.now
    save!
    false
  end

  # send via account
  #
  #   channel = Channel.where(area: 'Email::Account').first
  #   channel.deliver(params, notification)
  #
  def deliver(params, notification = false)
    adapter         = options[:adapter]
    adapter_options = options
    if options[:outbound] && options[:outbound][:adapter]
      adapter         = options[:outbound][:adapter]
      adapter_options = options[:outbound][:options]
    end

    refresh_xoauth2!

    driver_class    = self.class.driver_class(adapter)
    driver_instance = driver_class.new
    result = driver_instance.send(adapter_options, params, notification)
    self.status_out   = 'ok'
    self.last_log_out = ''
    save!

    result
  end

  def self.driver_class(adapter)
    "::Channel::Driver::#{adapter.to_classname}".constantize
  end

  def refresh_xoauth2!
    true
  end

  private

  def email_address_check
    EmailAddress.channel_cleanup
  end
end
