import type { ExportFile } from './export-format';

/**
 * thankful.json, piece by piece, one record per line: a person can read it, grep it and compare
 * two exports line by line, and it is two thirds the size of JSON indented throughout (100,000
 * thank-yous: 75 MB instead of 108).
 */
export function* exportJson(data: ExportFile): Generator<string> {
  const fields = Object.entries(data);
  yield '{\n';
  for (const [index, [key, value]] of fields.entries()) {
    const name = JSON.stringify(key);
    const comma = index < fields.length - 1 ? ',' : '';
    if (!Array.isArray(value) || value.length === 0) {
      yield `  ${name}: ${JSON.stringify(value)}${comma}\n`;
      continue;
    }
    yield `  ${name}: [\n`;
    for (const [at, record] of value.entries()) yield `    ${JSON.stringify(record)}${at < value.length - 1 ? ',' : ''}\n`;
    yield `  ]${comma}\n`;
  }
  yield '}\n';
}
