import { api } from '@chatrelay/core-services';
import { getConnection, registerServiceModels } from '@chatrelay/models';
import { startBroker } from '@chatrelay/network-broker';
import polka from 'polka';

const PORT = process.env.PORT || 3031;

(async () => {
	// MONGO_URL is read by @chatrelay/models
	const db = await getConnection(5);

	registerServiceModels(db);

	api.setBroker(startBroker());

	// need to import service after models are registered
	const { Presence } = await import('./Presence');

	api.registerService(new Presence());

	polka()
		.get('/health', async function (_req, res) {
			res.end('ok');
		})
		.listen(PORT);
})();
