const sendMail = jest.fn(async (message: any) => ({ messageId: "test-message", accepted: [message.to] }))
const verify = jest.fn(async () => true)

module.exports = {
  createTransport: jest.fn(() => ({ sendMail, verify })),
  getTestMessageUrl: jest.fn(() => "https://ethereal.email/message/test"),
  createTestAccount: jest.fn(async () => ({ user: "test", pass: "test", smtp: { host: "smtp.ethereal.email", port: 587 } })),
}
