import Logger from "@server/logging/Logger";
import mailer from "@server/emails/mailer";
import * as templates from "@server/emails/templates";
import BaseTask, { TaskPriority } from "./BaseTask";

type Props = {
  templateName: string;
  props: Record<string, any> & { to: string };
};

export default class EmailTask extends BaseTask<Props> {
  public async perform({ templateName, props }: Props) {
    const EmailClass = templates[templateName as keyof typeof templates];
    if (!EmailClass) {
      throw new Error(`Email task "${templateName}" template does not exist.`);
    }

    const email = new EmailClass(props);
    const { subject, html, text } = await email.render();

    Logger.info("email", `Sending ${templateName} to ${props.to}`);
    await mailer.sendMail({
      to: props.to,
      subject,
      html,
      text,
    });
  }

  public get options() {
    return { priority: TaskPriority.Normal, attempts: 5 };
  }
}
