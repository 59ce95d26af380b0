/**
 * The record reader (read.ts streamCsv) cuts lines without quotes itself (as
 * papaparse's fast mode would) and reads each quoted record on its own: whatever the
 * chunking, it must give the records papaparse gives for the whole text, each
 * on the line a contributor sees in a spreadsheet or an editor, and the same
 * quote problems.
 */
import Papa from 'papaparse';
import {describe, expect, it} from 'vitest';
import {streamCsv} from '../../../scripts/pipeline/read';

interface Read {
  header: string[];
  rows: {cells: string[]; line: number}[];
  problems: {line: number; code: string}[];
}

/**
 * `lines`: the sink also takes records straight from the text (RowSink.line),
 * those whose text has a "1" in it, and cuts them itself.
 */
async function read(text: string, chunk: number, lines = false): Promise<Read & {fromText: number}> {
  const chunks: string[] = [];
  for (let i = 0; i < text.length; i += chunk) chunks.push(text.slice(i, i + chunk));
  const out: Read & {fromText: number} = {header: [], rows: [], problems: [], fromText: 0};
  await streamCsv(chunks, 'utf-8', new Set(['a', 'b', 'c']), {
    header: (cells) => (out.header = cells),
    row: (cells, line) => out.rows.push({cells: [...cells], line}),
    problem: (p) => out.problems.push({line: p.line, code: p.code}),
    ...(lines && {
      line: (t: string, start: number, end: number, line: number) => {
        const record = t.slice(start, end);
        if (!record.includes('1')) return false;
        out.fromText++;
        out.rows.push({cells: record.split(';'), line});
        return true;
      },
    }),
  });
  return out;
}

/** A random file of `n` records: plain cells, quoted cells with ; "" and line breaks, empty and ragged lines. */
function randomCsv(n: number, seed: number, malformed: boolean): string {
  let s = seed;
  const rand = () => (s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const cell = (): string => {
    const r = rand();
    if (r < 0.7) return `v${Math.floor(rand() * 1000)}`;
    if (r < 0.8) return '';
    if (r < 0.9) return `"x;y ""q"" ${Math.floor(rand() * 10)}"`;
    if (r < 0.97) return `"line one\nline two${rand() < 0.5 ? '\n\nline four' : ''}"`;
    return malformed ? (rand() < 0.5 ? `ab"cd` : `"closed"junk`) : 'plain';
  };
  const lines = ['a;b;c'];
  // empty lines, and ragged ones (2 or 4 cells)
  for (let i = 0; i < n; i++) {
    const r = rand();
    lines.push(r < 0.03 ? '' : r < 0.05 ? [cell(), cell()].join(';') : r < 0.07 ? [cell(), cell(), cell(), cell()].join(';') : [cell(), cell(), cell()].join(';'));
  }
  return lines.join('\n') + (rand() < 0.5 ? '\n' : '');
}

/** Line of each record computed from papaparse's records of the whole text: 1 + the line breaks before it. */
function expectedFromPapa(text: string): {cells: string[]; line: number}[] {
  const data = Papa.parse<string[]>(text, {delimiter: ';', newline: '\n', quoteChar: '"'}).data;
  // a text ending with a newline gives papaparse a last empty record that is not a line
  if (text.endsWith('\n') && data.length && data[data.length - 1]!.length === 1 && data[data.length - 1]![0] === '') data.pop();
  let line = 1;
  return data.map((cells) => {
    const r = {cells, line};
    line += 1 + cells.reduce((n, c) => n + (c.match(/\n/g)?.length ?? 0), 0);
    return r;
  });
}

/** Thousands of reads per test: on a loaded 2-core machine a test takes several times its quiet 1 s. */
const LOADED = {timeout: 60_000};

describe('streamCsv', () => {
  it('gives the records papaparse gives for the whole text, on their lines, whatever the chunking', LOADED, async () => {
    for (let seed = 1; seed <= 30; seed++) {
      const text = randomCsv(400, seed, false);
      const expected = expectedFromPapa(text);
      for (const chunk of [7, 64, 1000, 1 << 16]) {
        const got = await read(text, chunk);
        expect(got.problems, `seed ${seed}, chunk ${chunk}`).toEqual([]);
        expect([{cells: got.header, line: 1}, ...got.rows], `seed ${seed}, chunk ${chunk}`).toEqual(expected);
      }
    }
  });

  it('reads CRLF and lone CR line ends (inside quoted cells too) as LF, whatever the chunking', LOADED, async () => {
    for (let seed = 1; seed <= 15; seed++) {
      const lfText = randomCsv(400, seed, false);
      // every line end CRLF; every one CR (an old Mac); or CRLF with a few lone CR and LF ones
      let k = 0;
      const mixed = lfText.replace(/\n/g, () => (++k % 17 === 0 ? '\r' : k % 13 === 0 ? '\n' : '\r\n'));
      for (const text of [lfText.replace(/\n/g, '\r\n'), lfText.replace(/\n/g, '\r'), mixed]) {
        // what a text editor shows: CRLF is one line end, so is a lone CR
        const expected = expectedFromPapa(text.replace(/\r\n?/g, '\n'));
        for (const chunk of [7, 64, 1000, 1 << 16]) {
          const got = await read(text, chunk);
          expect(got.problems, `seed ${seed}, chunk ${chunk}`).toEqual([]);
          expect([{cells: got.header, line: 1}, ...got.rows], `seed ${seed}, chunk ${chunk}`).toEqual(expected);
        }
      }
    }
  });

  it('hands a sink that wants them the records without quotes as text, the same records on the same lines, whatever the chunking and line ends', LOADED, async () => {
    let fromText = 0;
    for (let seed = 1; seed <= 15; seed++) {
      const lfText = randomCsv(400, seed, false);
      let k = 0;
      const mixed = lfText.replace(/\n/g, () => (++k % 17 === 0 ? '\r' : k % 13 === 0 ? '\n' : '\r\n'));
      for (const text of [lfText, lfText.replace(/\n/g, '\r\n'), mixed]) {
        const expected = expectedFromPapa(text.replace(/\r\n?/g, '\n'));
        for (const chunk of [7, 64, 1000, 1 << 16]) {
          const got = await read(text, chunk, true);
          fromText += got.fromText;
          expect(got.problems, `seed ${seed}, chunk ${chunk}`).toEqual([]);
          expect([{cells: got.header, line: 1}, ...got.rows], `seed ${seed}, chunk ${chunk}`).toEqual(expected);
        }
      }
    }
    expect(fromText).toBeGreaterThan(10_000);
  });

  it('reports the same quote problems on the same lines whatever the chunking', LOADED, async () => {
    let problems = 0;
    for (let seed = 1; seed <= 30; seed++) {
      const text = randomCsv(300, seed, true);
      const whole = await read(text, text.length + 1);
      problems += whole.problems.length;
      for (const chunk of [5, 50, 700]) expect(await read(text, chunk), `seed ${seed}, chunk ${chunk}`).toEqual(whole);
      // the same with CRLF line ends
      for (const chunk of [5, 700]) expect(await read(text.replace(/\n/g, '\r\n'), chunk), `CRLF, seed ${seed}, chunk ${chunk}`).toEqual(whole);
    }
    expect(problems).toBeGreaterThan(0);
  });

  it('names the line of an unclosed quote and keeps the records before it', async () => {
    const got = await read('a;b;c\nv1;v2;v3\nv4;"never closed;v5\nv6;v7;v8\n', 8);
    expect(got.rows).toEqual([{cells: ['v1', 'v2', 'v3'], line: 2}]);
    expect(got.problems).toEqual([{line: 3, code: 'MissingQuotes'}]);
  });
});
