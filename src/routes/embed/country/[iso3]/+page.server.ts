export { entries, load } from '../../../country/[iso3]/+page.server';
