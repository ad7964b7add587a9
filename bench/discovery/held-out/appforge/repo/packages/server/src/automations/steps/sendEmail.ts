import { sendSmtpEmail } from "../../utilities/workerRequests"

// The apps service never talks SMTP itself - the worker owns the SMTP config
export async function run(inputs: any) {
  const { to, from, subject, contents, cc, bcc } = inputs
  if (!to) {
    return { success: false, response: "No email address supplied" }
  }
  try {
    const response = await sendSmtpEmail({ to, from, subject, contents, cc, bcc, automation: true })
    return { success: true, response }
  } catch (err: any) {
    return { success: false, response: err.message }
  }
}
