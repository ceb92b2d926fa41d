import { getDataset } from '$lib/server/dataset';

export const load = () => ({
	presentations: getDataset().presentations.map(({ id, title, description, steps }) => ({
		id,
		title,
		description,
		steps: steps.length
	}))
});
