import { api } from '@chatrelay/core-services';
import { startBroker } from '@chatrelay/network-broker';

import { MeteorService } from './meteor/service';
import { UploadService } from './upload/service';
import { MessageService } from './messages/service';

const { TRANSPORTER, DISABLE_MICROSERVICES } = process.env;

// When TRANSPORTER is set (nats://...) the app joins the Moleculer network so that
// ee/apps/* services can call `meteor.*` / `upload.*` actions and receive broadcasts.
if (TRANSPORTER && DISABLE_MICROSERVICES !== 'true') {
	const broker = startBroker({ nodeID: `chatrelay-${process.env.INSTANCE_IP || 'app'}` });
	api.setBroker(broker);
}

api.registerService(new MeteorService());
api.registerService(new UploadService());
api.registerService(new MessageService());
