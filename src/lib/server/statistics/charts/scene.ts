/**
 * Charts are drawn on the server as a plain description of shapes (a scene), which one
 * component renders as <svg>: no script is needed to see them, every value is also a
 * text label, and each level has its own pattern as well as its colour, so the charts
 * read without colour too. A suppressed group is a hatched mark with the word, never a
 * bar of any length.
 */

export type Fill =
	'low' | 'medium' | 'high' | 'possible_forced_labour' | 'flagged' | 'suppressed' | 'track';

export interface RectItem {
	kind: 'rect';
	x: number;
	y: number;
	width: number;
	height: number;
	fill: Fill;
	/** Read out on hover and by some screen readers: what the mark stands for. */
	title?: string;
}

export interface TextItem {
	kind: 'text';
	x: number;
	y: number;
	text: string;
	/** The full text when `text` is shortened to fit. */
	title?: string;
	anchor?: 'start' | 'middle' | 'end';
	bold?: boolean;
	small?: boolean;
	/** Drawn turned by -90 degrees (labels of narrow columns). */
	vertical?: boolean;
	/** Light text on a dark mark. */
	inverse?: boolean;
	/** What the label shows, so that tests can hold charts against tables. */
	data?: { row: string; field: string };
}

export interface LineItem {
	kind: 'line';
	x1: number;
	y1: number;
	x2: number;
	y2: number;
}

export type Item = RectItem | TextItem | LineItem;

export interface Scene {
	id: string;
	title: string;
	desc: string;
	width: number;
	height: number;
	legend: { fill: Fill; label: string }[];
	items: Item[];
}

/** Shortens a label to about `max` characters at a word boundary, with an ellipsis. */
export function shorten(text: string, max: number): string {
	if (text.length <= max) return text;
	const cut = text.slice(0, max - 1);
	const space = cut.lastIndexOf(' ');
	return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;—-]+$/, '')}…`;
}

/** Rough width of a text in the chart font, to decide whether a label fits inside a bar. */
export function textWidth(text: string, small = false): number {
	return text.length * (small ? 6.4 : 7.4);
}
