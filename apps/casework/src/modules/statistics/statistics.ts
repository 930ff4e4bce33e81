/**
 * The statistics tables as data (R49): cells keyed by their dimensions, the margins they publish,
 * the equations linking them (for the suppression), and the CSV rendering. Pure: no I/O.
 *
 * A cell with fewer dimensions is a margin: `{ measure: 'decisions', aidType: 'ris' }` is every RIS
 * decision of the period, whatever the outcome; `{ measure: 'decisions' }` is every decision.
 */
import { suppressSmallCells, type CountCell, type Equation } from './suppression.ts';

export type Dimensions = { measure: string } & Record<string, string>;

/** A published cell: `count` is null when suppressed. */
export type StatisticsCell = { dimensions: Dimensions; count: number | null; isSuppressed: boolean };

/** Every dimension a cell may have, in the order of the CSV columns. */
export const DIMENSIONS = ['measure', 'kind', 'month', 'aidType', 'outcome', 'onTime', 'purpose', 'status'] as const;

const keyOf = (dimensions: Dimensions): string => DIMENSIONS.map((name) => dimensions[name] ?? '').join('|');

export type TableBuilder = {
  /** Adds (or adds to) a cell. */
  add(dimensions: Dimensions, count: number): void;
  /** Records that `total` is the sum of `parts` (a margin, or a sum a reader could rebuild). */
  link(total: Dimensions, parts: readonly Dimensions[]): void;
  /**
   * A two-way table with its row and column margins and its grand total. `rowMargin`/`grand`
   * reuse the margins of another table when both count the same population (linked tables).
   */
  cross(options: {
    measure: string;
    rowDimension: string;
    columnDimension: string;
    rows: readonly string[];
    columns: readonly string[];
    count: (row: string, column: string) => number;
    rowMargin?: (row: string) => Dimensions;
    grand?: Dimensions;
  }): void;
  /** A one-way table with its total; `isTotalShared` when another one-way table of the same measure already added it. */
  single(options: {
    measure: string;
    dimension: string;
    values: readonly string[];
    count: (value: string) => number;
    isTotalShared?: boolean;
  }): void;
  /** Suppresses the small cells and their complements; `isSparse` leaves out the cells that are 0 (a missing cell is 0). */
  publish(threshold: number, options: { isSparse: boolean }): StatisticsCell[];
};

export function createTableBuilder(): TableBuilder {
  const cells = new Map<string, { dimensions: Dimensions; count: number }>();
  const equations: Equation[] = [];
  const builder: TableBuilder = {
    add(dimensions, count) {
      const key = keyOf(dimensions);
      const existing = cells.get(key);
      if (existing) existing.count += count;
      else cells.set(key, { dimensions, count });
    },
    link(total, parts) {
      equations.push({ total: keyOf(total), parts: parts.map(keyOf) });
    },
    cross({ measure, rowDimension, columnDimension, rows, columns, count, rowMargin, grand }) {
      const detail = (row: string, column: string): Dimensions => ({ measure, [rowDimension]: row, [columnDimension]: column });
      const marginOfRow = rowMargin ?? ((row: string): Dimensions => ({ measure, [rowDimension]: row }));
      const marginOfColumn = (column: string): Dimensions => ({ measure, [columnDimension]: column });
      const total = grand ?? { measure };
      for (const row of rows) for (const column of columns) builder.add(detail(row, column), count(row, column));
      if (!rowMargin)
        for (const row of rows)
          builder.add(
            marginOfRow(row),
            columns.reduce((sum, column) => sum + count(row, column), 0),
          );
      for (const column of columns)
        builder.add(
          marginOfColumn(column),
          rows.reduce((sum, row) => sum + count(row, column), 0),
        );
      if (!grand)
        builder.add(
          total,
          rows.reduce((sum, row) => sum + columns.reduce((inner, column) => inner + count(row, column), 0), 0),
        );
      for (const row of rows)
        builder.link(
          marginOfRow(row),
          columns.map((column) => detail(row, column)),
        );
      for (const column of columns)
        builder.link(
          marginOfColumn(column),
          rows.map((row) => detail(row, column)),
        );
      builder.link(total, rows.map(marginOfRow));
      builder.link(total, columns.map(marginOfColumn));
    },
    single({ measure, dimension, values, count, isTotalShared }) {
      for (const value of values) builder.add({ measure, [dimension]: value }, count(value));
      if (!isTotalShared)
        builder.add(
          { measure },
          values.reduce((sum, value) => sum + count(value), 0),
        );
      builder.link(
        { measure },
        values.map((value) => ({ measure, [dimension]: value })),
      );
    },
    publish(threshold, { isSparse }) {
      const list: CountCell[] = [...cells].map(([key, cell]) => ({ key, count: cell.count }));
      const { suppressed } = suppressSmallCells(list, equations, threshold);
      return [...cells]
        .filter(([, cell]) => !isSparse || cell.count > 0)
        .map(([key, cell]) =>
          suppressed.has(key)
            ? { dimensions: cell.dimensions, count: null, isSuppressed: true }
            : { dimensions: cell.dimensions, count: cell.count, isSuppressed: false },
        );
    },
  };
  return builder;
}

/** The months `YYYY-MM` from the month of `start` to the month of `end`, both included (UTC). */
export function monthsBetween(start: Date, end: Date): string[] {
  const months: string[] = [];
  let year = start.getUTCFullYear();
  let month = start.getUTCMonth();
  while (year < end.getUTCFullYear() || (year === end.getUTCFullYear() && month <= end.getUTCMonth())) {
    months.push(`${String(year).padStart(4, '0')}-${String(month + 1).padStart(2, '0')}`);
    month += 1;
    if (month === 12) {
      month = 0;
      year += 1;
    }
  }
  return months;
}

/**
 * One CSV field (RFC 4180): quoted when it holds a comma, a quote or a line break; a value that a
 * spreadsheet would run as a formula (`=`, `+`, `-`, `@`, tab, CR) is prefixed with a quote.
 */
export function csvField(value: string | number | null): string {
  if (value === null) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

const csvLine = (fields: readonly (string | number | null)[]) => `${fields.map(csvField).join(',')}\r\n`;

/** The column header and rows of the cells: one row per cell, an empty dimension means "all". */
function csvRows(cells: readonly StatisticsCell[], prefix: readonly string[] = []): string {
  return cells
    .map((cell) => csvLine([...prefix, ...DIMENSIONS.map((name) => cell.dimensions[name] ?? ''), cell.count, cell.isSuppressed ? 1 : 0]))
    .join('');
}

/**
 * The CPAS's CSV: comment lines (`#`) naming the institution (KBO and name), the period and the
 * threshold, then one row per cell. A suppressed cell has an empty count and `suppressed` = 1.
 */
export function renderStatisticsCsv(report: {
  institution: { kbo: string; name: string };
  from: string;
  to: string;
  smallCellThreshold: number;
  cells: readonly StatisticsCell[];
}): string {
  const comment = (text: string) => `# ${text.replace(/[\r\n]+/g, ' ')}\r\n`;
  return (
    comment('RSE statistics: aggregated counts, no personal data (R49)') +
    comment(`institution: ${report.institution.kbo} ${report.institution.name}`) +
    comment(`period: ${report.from.slice(0, 10)} to ${report.to.slice(0, 10)}`) +
    comment(
      `small-cell threshold: ${report.smallCellThreshold}; a suppressed cell has an empty count and suppressed=1; an empty dimension means all; a combination not listed is 0`,
    ) +
    csvLine([...DIMENSIONS, 'count', 'suppressed']) +
    csvRows(report.cells)
  );
}

/**
 * The federal layout: no comment lines, the institution and the quarter on every row, so that the
 * files of every CPAS can be concatenated and loaded as one table.
 */
export function renderFederalCsv(report: {
  institution: { kbo: string; name: string };
  year: number;
  quarter: number;
  smallCellThreshold: number;
  cells: readonly StatisticsCell[];
}): string {
  return (
    csvLine(['institutionKbo', 'institutionName', 'year', 'quarter', 'smallCellThreshold', ...DIMENSIONS, 'count', 'suppressed']) +
    csvRows(report.cells, [
      report.institution.kbo,
      report.institution.name,
      String(report.year),
      String(report.quarter),
      String(report.smallCellThreshold),
    ])
  );
}
