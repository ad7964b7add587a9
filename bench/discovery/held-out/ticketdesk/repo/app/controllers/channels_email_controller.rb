# Copyright (C) 2012-2024 Zammad Foundation, https://zammad-foundation.org/

class ChannelsEmailController < ApplicationController
  prepend_before_action :authenticate_and_authorize!

  def index
    assets = {}
    account_channel_ids = []
    Channel.order(:id).each do |channel|
      if channel.area == 'Email::Account'
        account_channel_ids.push channel.id
        assets = channel.assets(assets)
      end
    end
    render json: {
      account_channel_ids: account_channel_ids,
      assets:              assets,
    }
  end

  def probe
    # probe settings based on email and password
    result = EmailHelper::Probe.inbound(params[:inbound].to_h.deep_symbolize_keys)
    if result[:result] == 'ok'
      result = EmailHelper::Probe.outbound(params[:outbound].to_h.deep_symbolize_keys, params[:email])
      result[:setting] = { inbound: params[:inbound].to_h, outbound: params[:outbound].to_h }
    end

    # verify if user+host already exists
    if result[:result] == 'ok' && account_duplicate?(result)
      render json: { result: 'duplicate' }
      return
    end

    render json: result
  end

  def outbound
    render json: EmailHelper::Probe.outbound(params, params[:email])
  end

  def inbound
    # verify if user+host already exists
    return if account_duplicate?({ setting: { inbound: params } }, params[:channel_id])

    render json: EmailHelper::Probe.inbound(params)
  end

  def verify
    params.permit!

    email = params[:email] || params[:meta][:email]
    email = email.downcase
    channel_id = params[:channel_id]

    # verify if user+host already exists
    return if channel_id.blank? && account_duplicate?(params)

    subject = "##{SecureRandom.hex(10)}"

    # send verify email
    result = EmailHelper::Probe.outbound(params[:outbound], email, subject)
    if result[:result] != 'ok'
      render json: result
      return
    end

    # fetch verify email
    result = nil
    3.times do
      sleep 5
      result = Channel::Driver::Imap.new.fetch(params[:inbound][:options], nil, 'verify', subject)
      break if result[:result] == 'ok'
    end

    if result&.dig(:result) != 'ok'
      render json: { result: 'invalid', message: __('Verification Email not found in mailbox.') }
      return
    end

    channel = Channel.find_or_initialize_by(id: channel_id)
    channel.update!(
      area:          'Email::Account',
      options:       {
        inbound:  params[:inbound].to_h,
        outbound: params[:outbound].to_h,
      },
      group_id:      params[:group_id] || Group.first.id,
      last_log_in:   nil,
      last_log_out:  nil,
      status_in:     'ok',
      status_out:    'ok',
      active:        true,
    )

    render json: { result: 'ok' }
  end

  private

  def account_duplicate?(result, channel_id = nil)
    Channel.where(area: 'Email::Account').where.not(id: channel_id).any? do |channel|
      next false if !channel.options[:inbound] || !channel.options[:inbound][:options]

      channel.options[:inbound][:options][:host] == result.dig(:setting, :inbound, :options, :host) &&
        channel.options[:inbound][:options][:user] == result.dig(:setting, :inbound, :options, :user)
    end
  end
end
