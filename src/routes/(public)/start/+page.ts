import { redirect } from '@sveltejs/kit';

// The home page's button posts here; a plain visit has nothing to show.
export const load = () => redirect(307, '/');
