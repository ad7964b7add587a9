import { Column, Row } from '@react-email/components';

import { BaseEmail } from 'src/components/BaseEmail';
import { CallToAction } from 'src/components/CallToAction';
import { MainText } from 'src/components/MainText';
import { Title } from 'src/components/Title';
import { WhatIsRapport } from 'src/components/WhatIsRapport';

type SendInviteLinkEmailProps = {
  link: string;
  workspace: { name: string | undefined; logo: string | undefined };
  sender: { email: string; firstName: string; lastName: string };
  serverUrl: string;
};

export const SendInviteLinkEmail = ({
  link,
  workspace,
  sender,
}: SendInviteLinkEmailProps) => {
  return (
    <BaseEmail width={333}>
      <Title value="Join your team on Rapport" />
      <MainText>
        {sender.firstName} ({sender.email}) has invited you to join a
        workspace called <b>{workspace.name}</b>
        <br />
      </MainText>
      <Row>
        <Column>
          <CallToAction href={link} value="Accept invite" />
        </Column>
      </Row>
      <WhatIsRapport />
    </BaseEmail>
  );
};

export default SendInviteLinkEmail;
