export type Restrictions = {
	maxCaloriesPerSlice: number;
	mustBeVegetarian: boolean;
	excludedIngredients: string[];
	excludedTools: string[];
	maxNumberOfToppings: number;
	minNumberOfToppings: number;
};

export async function getQuote(): Promise<string> {
	const res = await fetch('/api/quotes');
	const json = await res.json();
	return json.quotes[Math.floor(Math.random() * json.quotes.length)];
}

export async function getPizza(r: Restrictions, token: string) {
	const res = await fetch('/api/pizza', {
		method: 'POST',
		headers: { 'Content-Type': 'application/json', Authorization: 'Token ' + token },
		body: JSON.stringify(r)
	});
	return res.json();
}

export async function ratePizza(pizzaId: number, stars: number, token: string) {
	return fetch('/api/ratings', {
		method: 'POST',
		headers: { 'Content-Type': 'application/json', Authorization: 'Token ' + token },
		body: JSON.stringify({ pizza_id: pizzaId, stars })
	});
}

export function openLiveFeed(onMessage: (m: string) => void): WebSocket {
	const proto = location.protocol === 'https:' ? 'wss' : 'ws';
	const ws = new WebSocket(`${proto}://${location.host}/ws`);
	ws.onmessage = (e) => onMessage(e.data);
	return ws;
}
