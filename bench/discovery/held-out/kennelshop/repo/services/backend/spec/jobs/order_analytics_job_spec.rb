require 'rails_helper'

RSpec.describe OrderAnalyticsJob, type: :job do
  let(:order) { create(:completed_order_with_totals) }

  it 'is enqueued on the analytics queue' do
    ActiveJob::Base.queue_adapter = :test
    expect { described_class.perform_later(order.id) }
      .to have_enqueued_job.on_queue('kennelshop_analytics')
  end

  it 'logs the completed order' do
    allow(Rails.logger).to receive(:info)
    described_class.perform_now(order.id)
    expect(Rails.logger).to have_received(:info).with(hash_including(order_number: order.number))
  end
end
