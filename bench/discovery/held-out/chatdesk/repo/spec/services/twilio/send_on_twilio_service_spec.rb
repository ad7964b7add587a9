require 'rails_helper'

describe Twilio::SendOnTwilioService do
  subject(:outgoing_message_service) { described_class.new(message: message) }

  let(:twilio_client) { instance_double(Twilio::REST::Client) }
  let(:messages_double) { double }
  let(:message_record_double) { double }

  let!(:account) { create(:account) }
  let!(:twilio_sms) { create(:channel_twilio_sms, account: account, account_sid: 'ACxxxxxxxxxxxxxxxx', auth_token: 'placeholder') }
  let!(:twilio_inbox) { create(:inbox, channel: twilio_sms, account: account) }
  let!(:contact_inbox) { create(:contact_inbox, inbox: twilio_inbox, source_id: '+15555550100') }
  let(:conversation) { create(:conversation, contact_inbox: contact_inbox, inbox: twilio_inbox) }
  let(:message) { create(:message, message_type: 'outgoing', inbox: twilio_inbox, account: account, conversation: conversation) }

  before do
    allow(Twilio::REST::Client).to receive(:new).and_return(twilio_client)
    allow(twilio_client).to receive(:messages).and_return(messages_double)
  end

  it 'sends message to twilio' do
    allow(messages_double).to receive(:create).and_return(message_record_double)
    allow(message_record_double).to receive(:sid).and_return('SMxxxx')

    outgoing_message_service.perform
    expect(message.reload.source_id).to eq('SMxxxx')
  end
end
