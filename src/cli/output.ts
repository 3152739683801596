// What a command prints on stdout, in the three forms it can take: readable text (tables,
// details), the API's objects as JSON, or only the ids, one a line, for scripts.

export type OutputMode = 'text' | 'json' | 'quiet';

export function outputMode(globals: { json: boolean; quiet: boolean }): OutputMode {
  return globals.json ? 'json' : globals.quiet ? 'quiet' : 'text';
}

/** A command's outcome; each mode prints its own part, and a missing part prints nothing. */
export interface Result {
  text?: string;
  json?: unknown;
  ids?: ReadonlyArray<string | number>;
}

export function render(result: Result, mode: OutputMode): string {
  switch (mode) {
    case 'json':
      return result.json === undefined ? '' : `${JSON.stringify(result.json, null, 2)}\n`;
    case 'quiet':
      return result.ids === undefined ? '' : result.ids.map((id) => `${id}\n`).join('');
    case 'text':
      return result.text === undefined || result.text === '' ? '' : `${result.text.replace(/\n+$/, '')}\n`;
  }
}

/** Columns padded to their widest cell, two spaces apart, no trailing blanks. */
export function table(headers: readonly string[], rows: ReadonlyArray<readonly string[]>): string {
  const widths = headers.map((header, column) => Math.max(header.length, ...rows.map((row) => (row[column] ?? '').length)));
  const line = (cells: readonly string[]): string =>
    cells
      .map((cell, column) => (column === cells.length - 1 ? cell : cell.padEnd(widths[column] ?? 0)))
      .join('  ')
      .trimEnd();
  return [line(headers), ...rows.map(line)].join('\n');
}

/** "Label:  value" lines with the values aligned; pairs whose value is undefined are left out. */
export function details(pairs: ReadonlyArray<readonly [string, string | undefined]>): string {
  const shown = pairs.filter((pair): pair is readonly [string, string] => pair[1] !== undefined);
  const width = Math.max(0, ...shown.map(([label]) => label.length + 1));
  return shown.map(([label, value]) => `${`${label}:`.padEnd(width)}  ${value}`).join('\n');
}
