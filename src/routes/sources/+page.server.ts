import { getDataset } from '$lib/server/dataset';

export function load() {
	return { sources: getDataset().sources };
}
