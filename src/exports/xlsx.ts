// The workbook export: every table of a report as a sheet (header row bold and kept in view), and an "About"
// sheet first saying what the workbook was made from and what a row of each sheet is. Cells keep their types:
// numbers and booleans stay numbers and booleans, an empty cell is empty.
import writeXlsxFile, { type Cell, type Row, type Sheet } from 'write-excel-file/node';
import type { CsvValue } from './csv.js';
import { argumentWords, type Provenance } from './provenance.js';
import type { ReportTable } from './tables.js';

export const XLSX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const ABOUT_SHEET = 'About';

/** Excel refuses a cell of more than 32,767 characters; no source text comes near, but a joined cell could. */
const MAX_CELL = 32_767;

function cell(value: CsvValue): Cell {
  if (value === null) return null;
  if (typeof value === 'string' && value.length > MAX_CELL) return `${value.slice(0, MAX_CELL - 1)}…`;
  return value;
}

const bold = (value: string): Cell => ({ value, fontWeight: 'bold' });

function tableSheet(table: ReportTable): Sheet<never> {
  const data: Row[] = [table.columns.map(bold), ...table.rows.map((row) => row.map(cell))];
  return { sheet: table.sheet, data, stickyRowsCount: 1, columns: table.columns.map(() => ({ width: 18 })) };
}

/** The About sheet: label/value lines, the lists with their digests, and the sheets with what a row of each is. */
function aboutSheet(provenance: Provenance, tables: ReportTable[]): Sheet<never> {
  const data: Row[] = [
    [bold('Concordance export'), provenance.report],
    [bold('Generated at'), provenance.generatedAt],
    [bold('Data version'), provenance.dataVersion],
    [null],
    [bold('Argument'), bold('Value')],
    ...Object.entries(provenance.arguments).map(([name, value]): Row => [name, argumentWords(name, value)]),
    [null],
    [bold('List'), bold('Title'), bold('Version'), bold('sha256')],
    ...provenance.lists.map((list): Row => [list.id, list.title, list.version, list.sha256]),
    [null],
    [bold('Sheet'), bold('Rows'), bold('One row is')],
    ...tables.map((table): Row => [table.sheet, table.rows.length, table.row]),
  ];
  return { sheet: ABOUT_SHEET, data, columns: [{ width: 24 }, { width: 40 }, { width: 40 }, { width: 66 }] };
}

export async function workbook(provenance: Provenance, tables: ReportTable[]): Promise<Buffer> {
  return writeXlsxFile([aboutSheet(provenance, tables), ...tables.map(tableSheet)]).toBuffer();
}
