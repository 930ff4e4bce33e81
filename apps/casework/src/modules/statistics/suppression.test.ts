import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { findDeterminedCells, suppressSmallCells, type CountCell, type Equation } from './suppression.ts';

type Table = { cells: CountCell[]; equations: Equation[] };

/** A one-way table with its total: parts p0…pn, total T. */
function oneWay(counts: number[], prefix = ''): Table {
  const parts = counts.map((count, index) => ({ key: `${prefix}p${index}`, count }));
  const total = { key: `${prefix}T`, count: counts.reduce((a, b) => a + b, 0) };
  return { cells: [...parts, total], equations: [{ total: total.key, parts: parts.map((part) => part.key) }] };
}

/** A two-way table with row margins, column margins and the grand total (four kinds of equations). */
function twoWay(grid: number[][], prefix = '', shared?: { rows: string[]; grand: string }): Table {
  const cells: CountCell[] = [];
  const equations: Equation[] = [];
  const columns = grid[0]?.length ?? 0;
  grid.forEach((row, r) => row.forEach((count, c) => cells.push({ key: `${prefix}c${r}.${c}`, count })));
  const rowKeys = grid.map((_, r) => shared?.rows[r] ?? `${prefix}r${r}`);
  const columnKeys = Array.from({ length: columns }, (_, c) => `${prefix}k${c}`);
  const grand = shared?.grand ?? `${prefix}G`;
  if (!shared) {
    grid.forEach((row, r) => cells.push({ key: rowKeys[r]!, count: row.reduce((a, b) => a + b, 0) }));
    cells.push({ key: grand, count: grid.flat().reduce((a, b) => a + b, 0) });
  }
  columnKeys.forEach((key, c) => cells.push({ key, count: grid.reduce((sum, row) => sum + row[c]!, 0) }));
  grid.forEach((row, r) => equations.push({ total: rowKeys[r]!, parts: row.map((_, c) => `${prefix}c${r}.${c}`) }));
  columnKeys.forEach((key, c) => equations.push({ total: key, parts: grid.map((_, r) => `${prefix}c${r}.${c}`) }));
  equations.push({ total: grand, parts: rowKeys }, { total: grand, parts: columnKeys });
  return { cells, equations };
}

/** Two two-way tables sharing their row margins and grand total (like decisions and deadline compliance by aid type). */
function linked(first: number[][], secondWidth: number, split: (count: number, index: number) => number[]): Table {
  const a = twoWay(first, 'a');
  const second = first.map((row, r) =>
    split(
      row.reduce((x, y) => x + y, 0),
      r,
    ).slice(0, secondWidth),
  );
  const b = twoWay(second, 'b', { rows: first.map((_, r) => `ar${r}`), grand: 'aG' });
  return { cells: [...a.cells, ...b.cells], equations: [...a.equations, ...b.equations] };
}

const smallCount = fc.oneof(fc.constantFrom(0, 0, 1, 2, 3, 4), fc.integer({ min: 0, max: 40 }));
const threshold = fc.integer({ min: 2, max: 10 });
const oneWayTable = fc.array(smallCount, { minLength: 1, maxLength: 8 }).map((counts) => oneWay(counts));
const twoWayTable = fc
  .integer({ min: 1, max: 5 })
  .chain((columns) => fc.array(fc.array(smallCount, { minLength: columns, maxLength: columns }), { minLength: 1, maxLength: 5 }))
  .map((grid) => twoWay(grid));
const linkedTable = fc
  .integer({ min: 1, max: 4 })
  .chain((columns) =>
    fc.tuple(
      fc.array(fc.array(smallCount, { minLength: columns, maxLength: columns }), { minLength: 1, maxLength: 4 }),
      fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 4, maxLength: 4 }),
    ),
  )
  .map(([grid, fractions]) =>
    linked(grid, 2, (total, index) => {
      const first = Math.floor(total * fractions[index % fractions.length]!);
      return [first, total - first];
    }),
  );
const anyTable = fc.oneof(oneWayTable, twoWayTable, linkedTable);

/** Independent check: a suppressed cell is fixed by the equations when dropping its column lowers the rank. */
function rank(matrix: number[][]): number {
  const rows = matrix.map((row) => [...row]);
  let result = 0;
  const width = rows[0]?.length ?? 0;
  for (let c = 0; c < width && result < rows.length; c += 1) {
    const pivot = rows.findIndex((row, index) => index >= result && Math.abs(row[c]!) > 1e-9);
    if (pivot < 0) continue;
    [rows[result], rows[pivot]] = [rows[pivot]!, rows[result]!];
    for (let r = result + 1; r < rows.length; r += 1) {
      const factor = rows[r]![c]! / rows[result]![c]!;
      for (let k = c; k < width; k += 1) rows[r]![k]! -= factor * rows[result]![k]!;
    }
    result += 1;
  }
  return result;
}

function isDeterminedByRank(table: Table, suppressed: ReadonlySet<string>, key: string): boolean {
  const unknowns = [...new Set(table.equations.flatMap((e) => [e.total, ...e.parts]).filter((k) => suppressed.has(k)))];
  const matrix = table.equations.map((e) => unknowns.map((k) => (k === e.total ? 1 : 0) - (e.parts.includes(k) ? 1 : 0)));
  const without = matrix.map((row) => row.filter((_, index) => unknowns[index] !== key));
  return rank(matrix) > rank(without);
}

const countOf = (table: Table) => new Map(table.cells.map((cell) => [cell.key, cell.count]));

describe('small-cell suppression (R49)', () => {
  test('a cell below the threshold is suppressed together with the smallest other cell of its group', () => {
    const table = oneWay([3, 10, 12]);
    const { suppressed } = suppressSmallCells(table.cells, table.equations, 5);
    assert.deepEqual([...suppressed].sort(), ['p0', 'p1']);
  });

  test('zeros are published and cells at the threshold are published', () => {
    const table = oneWay([0, 5, 7]);
    const { suppressed } = suppressSmallCells(table.cells, table.equations, 5);
    assert.equal(suppressed.size, 0);
  });

  test('two suppressed ones under a published total are widened: each would otherwise be exactly 1', () => {
    const table = oneWay([1, 1, 30]);
    const { suppressed } = suppressSmallCells(table.cells, table.equations, 5);
    assert.deepEqual([...suppressed].sort(), ['p0', 'p1', 'p2']);
  });

  test('a total below the threshold hides its parts and nothing is left to subtract', () => {
    const table = oneWay([1, 2, 0]);
    const { suppressed } = suppressSmallCells(table.cells, table.equations, 5);
    assert.deepEqual([...suppressed].sort(), ['T', 'p0', 'p1']);
  });

  test('in a two-way table the complement protects both the row and the column', () => {
    const table = twoWay([
      [2, 20],
      [30, 40],
    ]);
    const { suppressed } = suppressSmallCells(table.cells, table.equations, 5);
    assert.ok(suppressed.has('c0.0'), 'the small cell is suppressed');
    for (const equation of table.equations) {
      const hidden = [equation.total, ...equation.parts].filter((key) => suppressed.has(key));
      assert.notEqual(hidden.length, 1, `equation ${equation.total} has a single hidden cell`);
    }
    assert.deepEqual(findDeterminedCells(table.equations, suppressed), [], 'no hidden cell follows from the others');
  });

  test('refuses a threshold below 1 and a negative count', () => {
    assert.throws(() => suppressSmallCells([], [], 0), RangeError);
    assert.throws(() => suppressSmallCells([{ key: 'a', count: -1 }], [], 5), RangeError);
  });

  test('property: no published non-zero cell is below the threshold, and every small cell is hidden', () => {
    fc.assert(
      fc.property(anyTable, threshold, (table, limit) => {
        const { suppressed } = suppressSmallCells(table.cells, table.equations, limit);
        for (const cell of table.cells) {
          if (cell.count > 0 && cell.count < limit)
            assert.ok(suppressed.has(cell.key), `${cell.key}=${cell.count} is published below ${limit}`);
          if (!suppressed.has(cell.key)) assert.ok(cell.count === 0 || cell.count >= limit, `published ${cell.key}=${cell.count}`);
        }
      }),
      { numRuns: 400 },
    );
  });

  test('property: no suppressed cell can be recovered from its group’s published total and cells', () => {
    fc.assert(
      fc.property(anyTable, threshold, (table, limit) => {
        const { suppressed } = suppressSmallCells(table.cells, table.equations, limit);
        const counts = countOf(table);
        for (const equation of table.equations) {
          const hidden = [equation.total, ...equation.parts].filter((key) => suppressed.has(key));
          assert.notEqual(hidden.length, 1, `only ${hidden[0]} is hidden in the group of ${equation.total}: total minus the rest gives it`);
          if (hidden.length >= 2 && !suppressed.has(equation.total)) {
            const sum = hidden.reduce((total, key) => total + (counts.get(key) ?? 0), 0);
            assert.ok(sum > hidden.length, `the hidden cells of ${equation.total} add up to ${sum}: each would be exactly 1`);
          }
        }
      }),
      { numRuns: 400 },
    );
  });

  test('property: no suppressed cell is determined by the whole system of published margins', () => {
    fc.assert(
      fc.property(anyTable, threshold, (table, limit) => {
        const { suppressed } = suppressSmallCells(table.cells, table.equations, limit);
        for (const key of suppressed)
          assert.ok(!isDeterminedByRank(table, suppressed, key), `${key} is determined by the published figures`);
      }),
      { numRuns: 300 },
    );
  });
});
