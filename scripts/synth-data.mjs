#!/usr/bin/env node
/**
 * Synthetic datasets for the benchmark, written to a temporary folder (never committed):
 *   node scripts/synth-data.mjs OUT --scale 10     the real data, every kind about 10x larger
 *   node scripts/synth-data.mjs OUT --flows 1000   the real data plus 1,000 extra corridors in 2019 (stock)
 * Extra records cite real lines of the real documents, so validation does the same work per record.
 * Extra places ("Synthetic place N") sit on a grid over Asia, so their corridors can be drawn.
 */
import fs from 'node:fs';
import path from 'node:path';

const [out, flag, n] = process.argv.slice(2);
if (!out || !['--scale', '--flows'].includes(flag ?? '') || !(Number(n) > 0)) {
	console.error('usage: node scripts/synth-data.mjs OUT (--scale K | --flows N)');
	process.exit(2);
}
const count = Number(n);
const src = path.resolve('data');
const read = (f) => JSON.parse(fs.readFileSync(path.join(src, f), 'utf8'));
const write = (f, v) => fs.writeFileSync(path.join(out, f), JSON.stringify(v));

fs.rmSync(out, { recursive: true, force: true });
fs.mkdirSync(path.join(out, 'sources'), { recursive: true });
for (const f of fs.readdirSync(path.join(src, 'sources')))
	fs.copyFileSync(path.join(src, 'sources', f), path.join(out, 'sources', f));
fs.copyFileSync(path.join(src, 'CHANGELOG.md'), path.join(out, 'CHANGELOG.md'));
// The real presentations come along: their steps name real figures, which every synthetic set keeps.
fs.cpSync(path.join(src, 'presentations'), path.join(out, 'presentations'), { recursive: true });

const figures = read('figures.json');
const countries = read('countries.json');
const kinds = ['agreements', 'policies', 'organisations', 'events'];

/** Every language a place is named in (the data check wants each one). */
const nameLocales = Object.keys(countries.find((c) => c.names)?.names ?? {});

/**
 * A copy of a record under a new id. Its name, title and acronym change too: the data check rejects
 * two records with the same name as likely duplicates, as it should for real data.
 */
function copyOf(record, c) {
	const copy = { ...record, id: `${record.id}-x${c}` };
	for (const key of ['name', 'title'])
		if (typeof copy[key] === 'string') copy[key] = `${copy[key]} (copy ${c})`;
	if (typeof copy.acronym === 'string') copy.acronym = `${copy.acronym}-${c}`;
	return copy;
}

/** Extra places on a 1.5-degree grid from Pakistan to Japan, enough for `pairs` distinct corridors. */
function places(pairs) {
	const k = Math.max(2, Math.ceil((1 + Math.sqrt(1 + 4 * pairs)) / 2));
	return Array.from({ length: k }, (_, i) => ({
		code: `Q${String.fromCharCode(65 + (Math.floor(i / 26) % 26))}${String.fromCharCode(65 + (i % 26))}`,
		name: `Synthetic place ${i + 1}`,
		names: Object.fromEntries(nameLocales.map((l) => [l, `Synthetic place ${i + 1}`])),
		kind: 'country',
		role: 'other',
		aliases: [],
		anchor: [70 + (i % 50) * 1.5, 5 + Math.floor(i / 50) * 1.5],
		iso_numeric: null
	}));
}

function syntheticFigures(total, extraPlaces) {
	const template = figures.find((f) => f.id === 'ar2019-f052');
	const out = [];
	for (let i = 0; out.length < total; i++) {
		const a = extraPlaces[i % extraPlaces.length];
		const b = extraPlaces[(i + 1 + Math.floor(i / extraPlaces.length)) % extraPlaces.length];
		if (a.code === b.code) continue;
		out.push({
			...template,
			id: `synth-f${out.length + 1}`,
			origin: a.code,
			destination: b.code,
			year: 2019,
			measure: 'stock',
			value: 100 + ((out.length * 7919) % 1_000_000),
			description: 'Synthetic corridor for the benchmark.'
		});
	}
	return out;
}

if (flag === '--flows') {
	const extra = places(count);
	write('countries.json', [...countries, ...extra]);
	write('figures.json', [...figures, ...syntheticFigures(count, extra)]);
	for (const k of kinds) fs.copyFileSync(path.join(src, `${k}.json`), path.join(out, `${k}.json`));
} else {
	// Every kind grows by the factor: copies with new ids (figures on new corridors between new places).
	const extraFigures = figures.length * (count - 1);
	const extra = places(Math.ceil(extraFigures / 2));
	write('countries.json', [...countries, ...extra]);
	write('figures.json', [...figures, ...syntheticFigures(extraFigures, extra)]);
	for (const k of kinds) {
		const records = read(`${k}.json`);
		const copies = [];
		for (let c = 1; c < count; c++) for (const r of records) copies.push(copyOf(r, c));
		write(`${k}.json`, [...records, ...copies]);
	}
}
console.log(`Synthetic dataset (${flag} ${count}) written to ${out}`);
