import type { SubmitFunction } from '@sveltejs/kit';

/**
 * For a form that redirects back to its own page after success: empty it, since the
 * page stays mounted and would otherwise keep what was typed (passwords included).
 */
export const resetOnRedirect: SubmitFunction =
	() =>
	async ({ formElement, result, update }) => {
		if (result.type === 'redirect') formElement.reset();
		await update();
	};
