import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadSiteFolder } from '../../site/loadSiteFolder.js';
import { extractFacts } from './entities.js';

const demo = loadSiteFolder(fileURLToPath(new URL('../../../../../sites/demo', import.meta.url)), 'demo');
const values = (text: string) => extractFacts(text, demo).map((f) => f.value);

describe('extractFacts: session 53', () => {
  it('a German compound typed onto a model name is the name as typed', () => {
    expect(values('Hallo, ich habe am 12.03. ein Ridgeline 3P-Zelt bestellt, Bestellung NW-558120, wo bleibt es?')).toContain('Ridgeline 3P-Zelt');
    expect(values('meine Lumen 900R-Stirnlampe ist kaputt')).toContain('Lumen 900R-Stirnlampe');
  });
  it('a range of models is no compound', () => {
    expect(values('is the Ridgeline 3P-4P range in stock?').join(' ')).not.toMatch(/3P-4P|3P-/);
  });
});
