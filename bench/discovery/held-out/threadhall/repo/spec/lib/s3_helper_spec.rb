# frozen_string_literal: true

RSpec.describe S3Helper do
  let(:client) { Aws::S3::Client.new(stub_responses: true, region: "us-east-1") }

  before do
    GlobalSetting.stubs(:s3_region).returns("us-east-1")
  end

  it "splits bucket and folder" do
    helper = S3Helper.new("threadhall-test-bucket/uploads", "", client: client)
    expect(helper.s3_bucket_name).to eq("threadhall-test-bucket")
    expect(helper.s3_bucket_folder_path).to eq("uploads")
  end

  it "uploads to the folder" do
    helper = S3Helper.new("threadhall-test-bucket/uploads", "", client: client)
    client.stub_responses(:put_object, { etag: '"abc"' })
    path, etag = helper.upload(file_from_fixtures("logo.png"), "original/1X/a.png")
    expect(path).to eq("uploads/original/1X/a.png")
  end
end
