export type Item = {
	sku: string;
	description?: string;
	quantity: number;
};

export type OrderRecord = {
	id: string;
	customerId: string;
	status: string;
	receivedAt: string;
};

export type Fulfillment = {
	id: string;
	items: Item[];
	location: string;
	status: string;
	invoiceId?: string;
	shipmentStatus?: string;
};

export type OrderStatus = {
	id: string;
	customerId: string;
	status: string;
	fulfillments: Fulfillment[];
};

export type ShipmentRecord = {
	id: string;
	orderId: string;
	status: string;
	updatedAt: string;
};

export type FraudSettings = {
	limit: number;
	maintenanceMode: boolean;
};
