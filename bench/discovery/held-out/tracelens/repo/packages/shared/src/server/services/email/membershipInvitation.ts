import { getMailer } from "./mailer";

export async function sendMembershipInvitationEmail(params: {
  to: string;
  inviterName: string;
  orgName: string;
  baseUrl: string; // NEXTAUTH_URL of the web app, only used to render the link
}) {
  const mailer = getMailer();
  if (!mailer) return;
  const link = `${params.baseUrl}/auth/sign-up?targetPath=%2Forganization`;
  await mailer.transporter.sendMail({
    from: { address: mailer.from, name: "Tracelens" },
    to: params.to,
    subject: `${params.inviterName} invited you to join "${params.orgName}" on Tracelens`,
    html: `<p>${params.inviterName} invited you to <b>${params.orgName}</b>.</p><p><a href="${link}">Accept invitation</a></p>`,
  });
}
