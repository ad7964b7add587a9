const response = (body: any, extra: any = {}) => () => ({
  promise: () => Promise.resolve({ Body: body, ...extra }),
})

function S3() {
  return {
    headBucket: jest.fn(response({})),
    createBucket: jest.fn(response({})),
    upload: jest.fn(response({}, { Location: "http://minio.test/bucket/key" })),
    getObject: jest.fn(response("test-body")),
    listObjects: jest.fn(response({}, { Contents: [] })),
    deleteObjects: jest.fn(response({})),
    getSignedUrl: jest.fn(() => "http://minio-service/bucket/key?X-Amz-Signature=abc"),
  }
}

module.exports = { S3 }
