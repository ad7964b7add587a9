import React from 'react';
import { createRoot } from 'react-dom/client';

const App = () => (
	<div className="chatrelay-root">
		<header>ChatRelay</header>
		<main id="rooms" />
	</div>
);

createRoot(document.getElementById('react-root')!).render(<App />);
