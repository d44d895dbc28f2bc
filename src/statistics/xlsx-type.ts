/** The media type of an XLSX workbook (here, so the API names it without loading the spreadsheet libraries). */
export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
