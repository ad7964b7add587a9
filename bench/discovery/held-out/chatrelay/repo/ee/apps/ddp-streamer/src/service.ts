import { api } from '@chatrelay/core-services';
import { getConnection, registerServiceModels } from '@chatrelay/models';
import { startBroker } from '@chatrelay/network-broker';

(async () => {
	// MONGO_URL is read by @chatrelay/models
	const db = await getConnection();

	registerServiceModels(db);

	api.setBroker(startBroker());

	// need to import service after models are registered
	const { DDPStreamer } = await import('./DDPStreamer');

	api.registerService(new DDPStreamer());
})();
