export const prerender = true;
// Pages are written as folder/index.html, which every static host serves, under any base path.
export const trailingSlash = 'always';
