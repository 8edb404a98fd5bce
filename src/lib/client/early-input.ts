/**
 * Keeps what a person typed or ticked before the page's script had loaded.
 *
 * The server sends a complete page, so people on a slow phone start filling in forms before
 * the JavaScript arrives. When it does, Svelte hydrates the page and sets every input's value
 * and checked state from the component's props, which wipes such early input (a radio button
 * ticked, an e-mail typed). `watchEarlyInput` runs before hydration and records every control
 * whose state differs from what the server sent, and every change after that until hydration;
 * `restoreEarlyInput` runs once the page is hydrated, puts each recorded state back and
 * announces it with `input` and `change` events, so bound state and autosave see it too.
 */

type Control = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;

type Recorded =
	| { kind: 'checked'; checked: boolean }
	| { kind: 'value'; value: string }
	| { kind: 'options'; selected: boolean[] };

const recorded = new Map<Control, Recorded>();
let watching = false;

function isControl(target: EventTarget | null): target is Control {
	return (
		target instanceof HTMLInputElement ||
		target instanceof HTMLTextAreaElement ||
		target instanceof HTMLSelectElement
	);
}

function isCheckable(control: Control): control is HTMLInputElement {
	return control instanceof HTMLInputElement && /^(checkbox|radio)$/.test(control.type);
}

function stateOf(control: Control): Recorded | null {
	if (
		control instanceof HTMLInputElement &&
		/^(hidden|file|submit|button|reset|image)$/.test(control.type)
	) {
		return null;
	}
	if (isCheckable(control)) return { kind: 'checked', checked: control.checked };
	if (control instanceof HTMLSelectElement) {
		return { kind: 'options', selected: [...control.options].map((o) => o.selected) };
	}
	return { kind: 'value', value: control.value };
}

function changedSinceServer(control: Control): boolean {
	if (isCheckable(control)) return control.checked !== control.defaultChecked;
	if (control instanceof HTMLSelectElement) {
		return [...control.options].some((o) => o.selected !== o.defaultSelected);
	}
	return control.value !== control.defaultValue;
}

function record(control: Control): void {
	const state = stateOf(control);
	if (state) recorded.set(control, state);
	// Ticking one radio button unticks the others of its group: they changed too.
	if (
		control instanceof HTMLInputElement &&
		control.type === 'radio' &&
		control.form &&
		control.name
	) {
		for (const other of control.form.querySelectorAll<HTMLInputElement>('input[type="radio"]')) {
			if (other !== control && other.name === control.name) {
				recorded.set(other, { kind: 'checked', checked: other.checked });
			}
		}
	}
}

function onEarlyChange(event: Event): void {
	if (isControl(event.target)) record(event.target);
}

/** Before hydration: what has been changed already, and listen for more. */
export function watchEarlyInput(root: ParentNode = document): void {
	for (const control of root.querySelectorAll<Control>('input, textarea, select')) {
		if (changedSinceServer(control)) record(control);
	}
	if (!watching) {
		document.addEventListener('input', onEarlyChange, true);
		document.addEventListener('change', onEarlyChange, true);
		watching = true;
	}
}

function differs(control: Control, state: Recorded): boolean {
	const now = stateOf(control);
	return JSON.stringify(now) !== JSON.stringify(state);
}

function apply(control: Control, state: Recorded): void {
	if (state.kind === 'checked' && control instanceof HTMLInputElement)
		control.checked = state.checked;
	else if (state.kind === 'value' && !(control instanceof HTMLSelectElement))
		control.value = state.value;
	else if (state.kind === 'options' && control instanceof HTMLSelectElement) {
		[...control.options].forEach((o, i) => (o.selected = state.selected[i] ?? false));
	}
}

/** After hydration: put back what hydration overwrote, and tell the page about early input. */
export function restoreEarlyInput(): void {
	document.removeEventListener('input', onEarlyChange, true);
	document.removeEventListener('change', onEarlyChange, true);
	watching = false;
	const entries = [...recorded].filter(([control]) => control.isConnected);
	recorded.clear();
	for (const [control, state] of entries) {
		if (differs(control, state)) apply(control, state);
	}
	for (const [control, state] of entries) {
		// A radio button that was unticked by another needs no event of its own.
		if (
			state.kind === 'checked' &&
			!state.checked &&
			isCheckable(control) &&
			control.type === 'radio'
		) {
			continue;
		}
		control.dispatchEvent(new Event('input', { bubbles: true }));
		control.dispatchEvent(new Event('change', { bubbles: true }));
	}
	document.documentElement.dataset.hydrated = '';
}
