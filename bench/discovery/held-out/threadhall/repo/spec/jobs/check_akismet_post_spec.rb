# frozen_string_literal: true

RSpec.describe Jobs::CheckAkismetPost do
  fab!(:post)

  before do
    SiteSetting.akismet_enabled = true
    SiteSetting.akismet_api_key = "testkey"
  end

  it "marks spam posts for review" do
    stub_request(:post, "https://testkey.rest.akismet.com/1.1/comment-check").to_return(status: 200, body: "true")
    described_class.new.execute(post_id: post.id, user_ip: "1.2.3.4")
    expect(post.reload.custom_fields["AKISMET_STATE"]).to eq("spam")
  end

  it "leaves ham alone" do
    stub_request(:post, "https://testkey.rest.akismet.com/1.1/comment-check").to_return(status: 200, body: "false")
    described_class.new.execute(post_id: post.id, user_ip: "1.2.3.4")
    expect(post.reload.custom_fields["AKISMET_STATE"]).to eq("ham")
  end
end
