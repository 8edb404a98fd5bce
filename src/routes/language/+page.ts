import { redirect } from '@sveltejs/kit';

// The switcher posts here; a plain visit has nothing to show.
export const load = () => redirect(307, '/');
