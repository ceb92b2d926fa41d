import { mapData } from '$lib/server/mapData';

export const load = () => mapData();
