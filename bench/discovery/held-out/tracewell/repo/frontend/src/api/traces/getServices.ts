import axios from '..';

export interface ServicesItem {
	serviceName: string;
	p99: number;
	avgDuration: number;
	numCalls: number;
	numErrors: number;
}

const getServices = async (start: number, end: number): Promise<ServicesItem[]> => {
	const response = await axios.post<{ data: ServicesItem[] }>('/services', { start, end });
	return response.data.data;
};

export default getServices;
