import { redirect } from '@sveltejs/kit';

// Logging out changes state, so only the menu's form (a POST) does it.
export const load = () => redirect(307, '/');
