import React, { useEffect, useState } from 'react';

import getTriggered, { Alert } from './api/alerts/getTriggered';
import getServices, { ServicesItem } from './api/traces/getServices';

export default function App(): JSX.Element {
	const [services, setServices] = useState<ServicesItem[]>([]);
	const [alerts, setAlerts] = useState<Alert[]>([]);

	useEffect(() => {
		const end = Date.now() * 1e6;
		getServices(end - 15 * 60 * 1e9, end).then(setServices).catch(console.error);
		getTriggered({}).then(setAlerts).catch(console.error);
	}, []);

	return (
		<main>
			<h1>Tracewell</h1>
			<p>{alerts.length} alerts firing</p>
			<ul>
				{services.map((s) => (
					<li key={s.serviceName}>
						{s.serviceName}: p99 {(s.p99 / 1e6).toFixed(1)} ms, {s.numErrors}/{s.numCalls} errors
					</li>
				))}
			</ul>
		</main>
	);
}
