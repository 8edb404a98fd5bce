/**
 * The vocabulary: the domain's codes in words (levels, bands, ILO indicators, risks,
 * priorities, sectors, voivodeships, size bands, roles, languages), answers in words, and
 * numbers and dates as the reader's language writes them. Browser pages and the server
 * (PDFs, statistics) use the same functions. The code lists themselves live in
 * src/lib/questionnaire/codes.ts.
 *
 * Code that every page or the questionnaire page loads (the root layout, the answer list)
 * imports the one file it needs, `./languages` or `./answers`, so that the browser is not
 * sent every name in three languages with it (the questionnaire page's 50 KB budget).
 */
export * from './answers';
export * from './format';
export * from './languages';
export * from './names';
