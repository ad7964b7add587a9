import { EventEmitter } from 'events';

class StreamerCentralClass extends EventEmitter {
	public instances: Record<string, unknown> = {};
}

export const StreamerCentral = new StreamerCentralClass();
StreamerCentral.setMaxListeners(0);
