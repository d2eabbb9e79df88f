/** Every script-tag attribute and API command the loader reads is in the README (data-color and data-position were not). */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const read = (path: string) => readFileSync(new URL(path, import.meta.url), 'utf8');
const readme = read('../../../../README.md');
const embedding = readme.slice(readme.indexOf('## Embedding the widget'), readme.indexOf('\n## ', readme.indexOf('## Embedding the widget') + 1));

describe('README, Embedding the widget', () => {
  it('documents each data-* attribute config.ts reads', () => {
    const attributes = [...read('./config.ts').matchAll(/dataset\.(\w+)/g)].map((m) => `data-${m[1]!.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`);
    expect(new Set(attributes)).toEqual(new Set(['data-site', 'data-color', 'data-position']));
    for (const a of new Set(attributes)) expect(embedding, a).toMatch(new RegExp(`\\| \`${a}\` \\|`));
  });

  it('shows each command of the API as it is called', () => {
    const commands = [...read('./index.ts').matchAll(/command === '(\w+)'/g)].map((m) => m[1]!);
    expect(commands).toEqual(['open', 'close', 'toggle', 'identify', 'on']);
    for (const c of commands) expect(embedding, c).toContain(`Baton('${c}'`);
    expect(embedding).toContain("Baton('on', 'unread', function (count)");
  });
});
