import type { Locale } from '../../questionnaire/schema';
import { m } from '../../paraglide/messages';
import type { StatTable } from './tables';
import { presentTable, shownText, type PresentedCell, type Shown } from './present';

/** A CSV field: quoted when it must be, and never read as a formula by a spreadsheet. */
function field(text: string): string {
	const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
	return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

const line = (fields: string[]) => fields.map(field).join(',');

/** A number as the CSV holds it: shares without the % sign, which the header carries. */
function csvValue(s: Shown, locale?: Locale): string {
	return s.kind === 'share' ? String(s.value) : shownText(s, { locale });
}

/**
 * Exactly the table the screen shows, one line per cell, under a header of comment lines
 * that states the threshold, the suppression and rounding rules and what the shares are.
 */
export function tableCsv(table: StatTable, share: string | null, locale?: Locale): string {
	const o = { locale };
	const p = presentTable(table, share, o);
	const percent = (label: string) => m.stats_csv_share_unit({ share: label }, o);
	const header = [
		m.stats_csv_title({ table: p.caption }, o),
		m.stats_rule_threshold({ min: table.min }, o),
		m.stats_rule_secondary({}, o),
		m.stats_rule_rounding({}, o),
		m.stats_rule_units({}, o),
		m.stats_rule_identifiers({}, o),
		p.sharesOf,
		m.stats_csv_suppressed_note({}, o)
	].map((text) => `# ${text.replace(/[\r\n]+/g, ' ')}`);

	const body: string[] = [];
	if (!p.twoWay) {
		const [count, ...shares] = p.columns;
		body.push(line([p.rowHeader, count, ...shares.map(percent)]));
		for (const row of p.rows) {
			body.push(line([row.label, ...(row.cells as Shown[]).map((c) => csvValue(c, locale))]));
		}
	} else {
		const head = [p.rowHeader, p.colHeader ?? '', m.stats_organisations({}, o)];
		body.push(line(p.shareLabel ? [...head, percent(p.shareLabel)] : head));
		for (const row of p.rows) {
			(row.cells as PresentedCell[]).forEach((c, j) => {
				const values = [csvValue(c.count, locale)];
				if (c.share) values.push(csvValue(c.share, locale));
				body.push(line([row.label, p.columns[j], ...values]));
			});
		}
	}
	return [...header, ...body].join('\r\n') + '\r\n';
}
