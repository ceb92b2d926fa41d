// Every page is prerendered: the site is a folder of static files that any server (or a laptop) can host.
export const prerender = true;
export const trailingSlash = 'never';
