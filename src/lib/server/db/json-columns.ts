import type Database from 'better-sqlite3';
import type { ColumnType, SqliteDatabase, SqliteStatement } from 'kysely';
import type { DB } from './schema';

/** The columns of a row type that are typed as JSON (written as text, read back parsed). */
type JsonColumnsOf<Row> = {
	[C in keyof Row]: Row[C] extends ColumnType<infer S, unknown, unknown>
		? [S] extends [string | number | null]
			? never
			: C
		: never;
}[keyof Row];

type JsonTables = {
	[T in keyof DB as [JsonColumnsOf<DB[T]>] extends [never] ? never : T]: {
		[C in JsonColumnsOf<DB[T]>]: true;
	};
};

/**
 * Every JSON column, by table; the types make the list complete. PostgreSQL stores them as
 * json (migration 0009), which pg parses; SQLite stores TEXT, which the driver below parses.
 */
export const JSON_COLUMNS: JsonTables = {
	assessments: { pins: true, result: true },
	answers: { value: true },
	suppliers: { pin: true, answers: true },
	workshops: { pins: true },
	assessment_changes: { changes: true }
};

const isJsonColumn = (table: string, column: string) =>
	Object.hasOwn(JSON_COLUMNS, table) &&
	Object.hasOwn(JSON_COLUMNS[table as keyof JsonTables], column);

type Statement = Database.Statement;

function parseRow(value: unknown, names: readonly string[]) {
	const row = value as Record<string, unknown>;
	for (const name of names) {
		const text = row[name];
		if (typeof text === 'string') row[name] = JSON.parse(text);
	}
	return row;
}

/**
 * Reads SQLite's JSON columns back parsed, as pg does PostgreSQL's: a result column is parsed
 * when SQLite names a JSON column as its origin, whatever its alias. An expression (a
 * coalesce, a max) has no origin and comes back as text, so select JSON columns plainly.
 */
function parsingJson(statement: Statement): SqliteStatement {
	if (!statement.reader) return statement;
	const names = statement
		.columns()
		.filter((c) => c.table !== null && c.column !== null && isJsonColumn(c.table, c.column))
		.map((c) => c.name);
	if (names.length === 0) return statement;
	return {
		reader: true,
		all: (parameters) => statement.all(parameters).map((row) => parseRow(row, names)),
		run: (parameters) => statement.run(parameters),
		*iterate(parameters) {
			for (const row of statement.iterate(parameters)) yield parseRow(row, names);
		}
	};
}

/** The database with each statement wrapped once, so a cached statement keeps its wrapper. */
export function withJsonColumns(db: {
	close(): void;
	prepare(sql: string): Statement;
}): SqliteDatabase {
	const wrapped = new WeakMap<Statement, SqliteStatement>();
	return {
		close: () => db.close(),
		prepare(sql) {
			const statement = db.prepare(sql);
			let wrapper = wrapped.get(statement);
			if (!wrapper) {
				wrapper = parsingJson(statement);
				wrapped.set(statement, wrapper);
			}
			return wrapper;
		}
	};
}
