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

/** The months `YYYY-MM` from the month of the day `from` to the month of the day `to`, both included. */
export function monthsBetween(from: string, to: string): string[] {
  const months: string[] = [];
  let year = Number(from.slice(0, 4));
  let month = Number(from.slice(5, 7)) - 1;
  const endYear = Number(to.slice(0, 4));
  const endMonth = Number(to.slice(5, 7)) - 1;
  while (year < endYear || (year === endYear && month <= endMonth)) {
    months.push(`${String(year).padStart(4, '0')}-${String(month + 1).padStart(2, '0')}`);
    month += 1;
    if (month === 12) {
      month = 0;
      year += 1;
    }
  }
  return months;
}

/** A period of statistics: calendar days in Brussels, both included (`YYYY-MM-DD`). */
export type StatisticsDays = { from: string; to: string };

/** The default period: the last 30 days, today included — 30 calendar days, labelled as counted. */
export const DEFAULT_PERIOD_DAYS = 30;

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const isDay = (value: string) => {
  const match = DAY.exec(value);
  if (!match) return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().slice(0, 10) === value;
};

/** `day` moved by `days` calendar days. */
export const shiftDay = (day: string, days: number): string =>
  new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/**
 * The days a statistics query covers: `from`/`to` as given (both included); without `to`, today
 * (in Brussels); without `from`, the 30 days ending on `to`. The page shows exactly these days, and
 * the counts are of exactly these days: the earlier default ran from "now minus 30×24 h", so the
 * label's first day was only partly counted (5 requests shown where the day's 6 were received).
 * Undefined when a date is not a calendar date or `from` is after `to`.
 */
export function statisticsDays(from: string | undefined, to: string | undefined, today: string): StatisticsDays | undefined {
  const last = to ?? today;
  const first = from ?? shiftDay(last, -(DEFAULT_PERIOD_DAYS - 1));
  if (!isDay(first) || !isDay(last) || first > last) return undefined;
  return { from: first, to: last };
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
  period: StatisticsDays;
  from: string;
  to: string;
  smallCellThreshold: number;
  cells: readonly StatisticsCell[];
}): string {
  const comment = (text: string) => `# ${text.replace(/[\r\n]+/g, ' ')}\r\n`;
  return (
    comment('RSE statistics: aggregated counts, no personal data (R49)') +
    comment(`institution: ${report.institution.kbo} ${report.institution.name}`) +
    comment(`period: ${report.period.from} to ${report.period.to}`) +
    comment(
      `small-cell threshold: ${report.smallCellThreshold}; a suppressed cell has an empty count and suppressed=1; ` +
        `an empty dimension means all; a combination not listed is 0`,
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
