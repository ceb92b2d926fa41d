export { entries, load } from '../../../../(site)/country/[iso3]/+page.server';
