import { AxiosAlertManagerInstance } from '..';

export interface Alert {
	labels: Record<string, string>;
	annotations: Record<string, string>;
	startsAt: string;
	status: { state: 'active' | 'suppressed' | 'unprocessed' };
}

export interface GetTriggeredProps {
	active?: boolean;
	silenced?: boolean;
	inhibited?: boolean;
}

const getTriggered = async ({
	active = true,
	silenced = false,
	inhibited = false,
}: GetTriggeredProps): Promise<Alert[]> => {
	const response = await AxiosAlertManagerInstance.get<Alert[]>('/alerts', {
		params: { active, silenced, inhibited },
	});
	return response.data;
};

export default getTriggered;
