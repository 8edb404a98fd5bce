/**
 * The vocabulary: the domain's codes in words (levels, bands, ILO indicators, risks,
 * priorities, sectors, voivodeships, size bands, roles), answers in words, and numbers and
 * dates as the reader's language writes them. Browser pages and the server (PDFs,
 * statistics) use the same functions. The code lists themselves live in
 * src/lib/questionnaire/codes.ts.
 */
export * from './answers';
export * from './format';
export * from './names';
