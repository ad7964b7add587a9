# Copyright (C) 2012-2024 Zammad Foundation, https://zammad-foundation.org/

class EmailHelper
  class Probe

    # check inbound settings
    #
    #   result = EmailHelper::Probe.inbound(
    #     adapter: 'imap',
    #     options: {
    #       host: 'imap.example.com',
    #       port: 993,
    #       ssl: true,
    #       user: 'some@example.com',
    #       password: 'password',
    #       folder: 'some_folder', # optional im imap
    #     }
    #   )
    #
    def self.inbound(params)
      adapter = params[:adapter].downcase

      # validate adapter
      if !EmailHelper.available_driver[:inbound][adapter.to_sym]
        return {
          result:  'failed',
          message: "Unknown adapter '#{adapter}'",
        }
      end

      # connection test
      result_inbound = {}
      begin
        driver_class    = "Channel::Driver::#{adapter.to_classname}".constantize
        driver_instance = driver_class.new
        result_inbound  = driver_instance.fetch(params[:options], nil, 'check')
      rescue => e
        Rails.logger.debug { e }
        return {
          result:        'invalid',
          settings:      params,
          message:       e.message,
          message_human: translation(e.message),
          invalid_field: invalid_field(e.message),
        }
      end

      result_inbound
    end

    # check outbound settings
    #
    #   result = EmailHelper::Probe.outbound(
    #     {
    #       adapter: 'smtp',
    #       options: {
    #         host: 'smtp.example.com',
    #         port: 25,
    #         ssl: true,
    #         user: 'some@example.com',
    #         password: 'password',
    #       },
    #     },
    #     'sender_and_recipient_of_test_email@example.com',
    #     'subject of probe email',
    #   )
    #
    def self.outbound(params, email, subject = nil)
      adapter = params[:adapter].downcase

      # validate adapter
      if !EmailHelper.available_driver[:outbound][adapter.to_sym]
        return {
          result:  'failed',
          message: "Unknown adapter '#{adapter}'",
        }
      end

      # prepare test email
      mail = if subject
               {
                 from:    email,
                 to:      email,
                 subject: "Zammad Getting started Test Email #{subject}",
                 body:    "This is a test email from Zammad to check if email sending and receiving work correctly.\n\n#{subject}",
               }
             else
               {
                 from:    email,
                 to:      'verify-external-smtp-sending@discard.zammad.org',
                 subject: 'This is a Test Email',
                 body:    "This is a Test Email of Zammad to verify if Zammad can send emails to an external address.\n\nIf you see this email, you can ignore and delete it.",
               }
             end

      # test connection
      begin
        driver_class    = "Channel::Driver::#{adapter.to_classname}".constantize
        driver_instance = driver_class.new
        driver_instance.send(
          params[:options],
          mail,
        )
      rescue => e
        return {
          result:        'invalid',
          settings:      params,
          message:       e.message,
          message_human: translation(e.message),
          invalid_field: invalid_field(e.message),
        }
      end
      {
        result: 'ok',
      }
    end

    def self.invalid_field(message_backend)
      return { 'options::host' => true } if message_backend.match?(%r{getaddrinfo|Name or service not known}i)
      return { 'options::user' => true, 'options::password' => true } if message_backend.match?(%r{authentication|Incorrect username}i)

      {}
    end

    def self.translation(message_backend)
      message_backend
    end
  end
end
