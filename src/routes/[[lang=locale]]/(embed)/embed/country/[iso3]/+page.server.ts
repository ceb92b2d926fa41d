export { entries, load } from '../../../../(site)/(reading)/country/[iso3]/+page.server';
