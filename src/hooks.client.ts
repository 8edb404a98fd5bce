import type { ClientInit } from '@sveltejs/kit';
import { watchEarlyInput } from '$lib/client/early-input';

/** Runs before the page hydrates: remember what people typed while the script was loading. */
export const init: ClientInit = () => {
	watchEarlyInput();
};
