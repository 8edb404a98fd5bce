/**
 * Fills the `{name}` placeholders of a label; an unknown placeholder stays as it is.
 * Numbers, shares and dates are written by the vocabulary (src/lib/vocabulary/format.ts),
 * as on the pages.
 */
export function fill(template: string, values: Record<string, string | number>): string {
	return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
		name in values ? String(values[name]) : whole
	);
}
