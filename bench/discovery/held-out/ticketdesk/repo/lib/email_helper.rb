# Copyright (C) 2012-2024 Zammad Foundation, https://zammad-foundation.org/

class EmailHelper

  def self.available_driver
    {
      inbound:  {
        imap: 'IMAP',
        pop3: 'POP3',
      },
      outbound: {
        smtp:     'SMTP - configure your own outgoing SMTP settings',
        sendmail: 'Local MTA (Sendmail/Postfix/Exim/...) - use server setup',
      },
    }
  end
end
