/**
 * Statistical disclosure control of the statistics tables (R49: "any statistics exported to
 * authorities MUST be aggregated (no NISS), with small-cell suppression"). Pure: no I/O.
 *
 * A table is a set of counted cells and a set of equations `total = Σ parts` — every margin the
 * tables publish, and every sum a reader could rebuild because two tables share a margin (linked
 * tables: the deadline compliance of the decisions of an aid type adds up to the decisions of that
 * aid type). The rules:
 *
 * 1. Primary suppression: every cell with `0 < count < threshold` is suppressed.
 * 2. A 0 is published. It names nobody, and a table that only lists the combinations that occur
 *    tells the same by omission. Hence every suppressed cell is known to be at least 1.
 * 3. Secondary (complementary) suppression, repeated until nothing changes:
 *    - no equation may have exactly one suppressed cell (it would be the total minus the rest);
 *    - in an equation whose total is published, the suppressed parts must add up to more than their
 *      number (else each is exactly 1, since each is at least 1);
 *    - no suppressed cell may be determined by the whole system of equations (an exact linear audit:
 *      a cell is determined when its column is independent of the other suppressed cells' columns).
 *    The complement chosen is the smallest published non-zero part of the equation (least
 *    information lost), else its total.
 *
 * What this does not claim: interval protection beyond the bounds above (an attacker may still
 * narrow a suppressed cell to a range, never to one value) and protection against outside knowledge.
 */

/** Coefficients are 0 and ±1 and the tables small; a tolerance absorbs the rounding of the elimination. */
const EPSILON = 1e-9;

export type CountCell = { key: string; count: number };

/** `total = Σ parts`, by cell key. A key missing from the cells counts as a published 0. */
export type Equation = { total: string; parts: readonly string[] };

export type SuppressionResult = {
  /** Every suppressed cell (primary and complementary). */
  suppressed: ReadonlySet<string>;
  /** The cells below the threshold; kept internal: telling them apart would narrow the others. */
  primary: ReadonlySet<string>;
};

export function suppressSmallCells(cells: readonly CountCell[], equations: readonly Equation[], threshold: number): SuppressionResult {
  if (!Number.isInteger(threshold) || threshold < 1)
    throw new RangeError(`The small-cell threshold must be a positive integer, got ${threshold}`);
  const counts = new Map<string, number>();
  for (const cell of cells) {
    if (!Number.isInteger(cell.count) || cell.count < 0) throw new RangeError(`A count must be a non-negative integer (cell ${cell.key})`);
    counts.set(cell.key, cell.count);
  }
  const countOf = (key: string) => counts.get(key) ?? 0;
  const primary = new Set(cells.filter((cell) => cell.count > 0 && cell.count < threshold).map((cell) => cell.key));
  const suppressed = new Set(primary);

  /** Suppresses one more cell of the equation; false when none is left to suppress. */
  const complement = (equation: Equation): boolean => {
    const candidates = equation.parts
      .filter((key) => !suppressed.has(key) && countOf(key) > 0)
      .sort((a, b) => countOf(a) - countOf(b) || (a < b ? -1 : a > b ? 1 : 0));
    const chosen = candidates[0] ?? (!suppressed.has(equation.total) && countOf(equation.total) > 0 ? equation.total : undefined);
    if (chosen === undefined) return false;
    suppressed.add(chosen);
    return true;
  };

  const isExposed = (equation: Equation): boolean => {
    const members = [equation.total, ...equation.parts];
    const unknown = members.filter((key) => suppressed.has(key));
    if (unknown.length === 1) return true;
    if (unknown.length >= 2 && !suppressed.has(equation.total)) {
      const sum = unknown.reduce((total, key) => total + countOf(key), 0);
      return sum <= unknown.length;
    }
    return false;
  };

  for (;;) {
    let hasChanged = false;
    for (const equation of equations) {
      while (isExposed(equation) && complement(equation)) hasChanged = true;
    }
    if (hasChanged) continue;
    // The linear audit: a cell fixed by a combination of equations is widened with the smallest
    // published non-zero cell of that combination (one always exists: the cell is at least 1).
    const [fixed] = auditEquations(equations, suppressed);
    if (fixed) {
      const weight = new Map<string, number>();
      fixed.combination.forEach((lambda, index) => {
        if (Math.abs(lambda) < EPSILON) return;
        const equation = equations[index]!;
        weight.set(equation.total, (weight.get(equation.total) ?? 0) + lambda);
        for (const part of equation.parts) weight.set(part, (weight.get(part) ?? 0) - lambda);
      });
      const chosen = [...weight]
        .filter(([key, value]) => Math.abs(value) > EPSILON && !suppressed.has(key) && countOf(key) > 0)
        .map(([key]) => key)
        .sort((a, b) => countOf(a) - countOf(b) || (a < b ? -1 : a > b ? 1 : 0))[0];
      if (chosen !== undefined) {
        suppressed.add(chosen);
        hasChanged = true;
      }
    }
    if (!hasChanged) break;
  }
  return { suppressed, primary };
}

/**
 * The suppressed cells whose value follows from the published ones through the equations, by
 * Gauss–Jordan elimination on the suppressed cells' columns: a pivot row with no entry in a free
 * column fixes its pivot cell. Coefficients are 0 and ±1; a tolerance absorbs rounding.
 */
export function findDeterminedCells(equations: readonly Equation[], suppressed: ReadonlySet<string>): string[] {
  return auditEquations(equations, suppressed).map((found) => found.key);
}

/** Each determined cell with the combination of equations (one weight per equation) that fixes it. */
function auditEquations(equations: readonly Equation[], suppressed: ReadonlySet<string>): { key: string; combination: number[] }[] {
  const unknowns = [...new Set(equations.flatMap((equation) => [equation.total, ...equation.parts]).filter((key) => suppressed.has(key)))];
  if (unknowns.length === 0) return [];
  const column = new Map(unknowns.map((key, index) => [key, index]));
  const width = unknowns.length;
  // Each row: the coefficients of the unknowns, then the weights of the equations it combines.
  const rows: number[][] = equations.map((equation, index) => {
    const row = new Array<number>(width + equations.length).fill(0);
    const put = (key: string, sign: number) => {
      const at = column.get(key);
      if (at !== undefined) row[at] = row[at]! + sign;
    };
    put(equation.total, 1);
    for (const part of equation.parts) put(part, -1);
    row[width + index] = 1;
    return row;
  });
  const pivots: { row: number; column: number }[] = [];
  let pivotRow = 0;
  for (let col = 0; col < width && pivotRow < rows.length; col += 1) {
    let best = pivotRow;
    for (let r = pivotRow + 1; r < rows.length; r += 1) if (Math.abs(rows[r]![col]!) > Math.abs(rows[best]![col]!)) best = r;
    if (Math.abs(rows[best]![col]!) < EPSILON) continue;
    [rows[pivotRow], rows[best]] = [rows[best]!, rows[pivotRow]!];
    const pivot = rows[pivotRow]!;
    const scale = pivot[col]!;
    for (let c = 0; c < pivot.length; c += 1) pivot[c] = pivot[c]! / scale;
    for (let r = 0; r < rows.length; r += 1) {
      const row = rows[r]!;
      const factor = row[col]!;
      if (r === pivotRow || Math.abs(factor) < EPSILON) continue;
      for (let c = 0; c < row.length; c += 1) row[c] = row[c]! - factor * pivot[c]!;
    }
    pivots.push({ row: pivotRow, column: col });
    pivotRow += 1;
  }
  const pivotColumns = new Set(pivots.map((pivot) => pivot.column));
  const determined: { key: string; combination: number[] }[] = [];
  for (const pivot of pivots) {
    const row = rows[pivot.row]!;
    let hasFreeEntry = false;
    for (let c = 0; c < width; c += 1) if (!pivotColumns.has(c) && Math.abs(row[c]!) > EPSILON) hasFreeEntry = true;
    if (!hasFreeEntry) determined.push({ key: unknowns[pivot.column]!, combination: row.slice(width) });
  }
  return determined;
}
