# Copyright (C) 2012-2024 Zammad Foundation, https://zammad-foundation.org/

class Channel::Driver::Smtp

  # send message via SMTP
  #
  #   instance = Channel::Driver::Smtp.new
  #   instance.send(
  #     {
  #       host:                 'some.host',
  #       port:                 25,
  #       enable_starttls_auto: true, # optional
  #       openssl_verify_mode:  'none', # optional
  #       user:                 'someuser',
  #       password:             'somepass'
  #       authentication:       nil, # nil, autodetection - to use certain schema use 'plain', 'login', 'xoauth2' or 'cram_md5'
  #     },
  #     mail_attributes,
  #     notification
  #   )
  #
  def send(options, attr, notification = false)
    # return if we run import mode
    return if Setting.get('import_mode')

    # set smtp defaults
    if !options.key?(:port) || options[:port].blank?
      options[:port] = 25
    end

    if !options.key?(:domain)
      # set fqdn, if local fqdn - use domain of sender
      fqdn = Setting.get('fqdn')
      if fqdn =~ %r{(localhost|\.local^|\.loc^)}i && (attr['from'] || attr[:from])
        domain = Mail::Address.new(attr['from'] || attr[:from]).domain
        fqdn = domain if domain
      end
      options[:domain] = fqdn
    end

    if !options.key?(:enable_starttls_auto)
      options[:enable_starttls_auto] = true
    end

    ssl = options[:ssl].nil? ? options[:port].to_i == 465 : options[:ssl]

    smtp_params = {
      openssl_verify_mode:  options[:ssl_verify] == false ? 'none' : 'peer',
      address:              options[:host],
      port:                 options[:port],
      domain:               options[:domain],
      enable_starttls_auto: options[:enable_starttls_auto],
      ssl:                  ssl,
      open_timeout:         30,
      read_timeout:         30,
    }

    # set smtp authentication if user or password is present
    if options[:user].present?
      smtp_params[:user_name]      = options[:user]
      smtp_params[:password]       = options[:password]
      smtp_params[:authentication] = options[:authentication]
    end

    mail = Channel::EmailBuild.build(attr, notification)
    mail.delivery_method :smtp, smtp_params
    mail.deliver
  end
end
