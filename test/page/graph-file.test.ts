import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildGraph } from '../../src/graph/build.ts';
import { enrichGraph } from '../../src/graph/enrich.ts';
import { layoutGraph } from '../../src/graph/layout.ts';
import { toJSON } from '../../src/graph/serialize.ts';
import { writeGraphJson } from '../../src/page/graph-file.ts';
import { seedFixture } from '../graph/fixtures.ts';

test('writeGraphJson writes, piece by piece, the same bytes as JSON.stringify(graph.export())', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'ag-graph-file-'));
  try {
    const { triples, docs } = seedFixture();
    // (a sentence with markup and line separators, and an empty graph, too)
    const odd = { ...triples[0], id: 'odd', evidence: { ...triples[0].evidence, text: '</script> "q" \u2028 \\ 😀' } };
    for (const [name, g] of [['seed', layoutGraph(enrichGraph(buildGraph([...triples, odd], docs)))], ['empty', buildGraph([])]] as const) {
      const file = join(dir, `${name}.json`);
      await writeGraphJson(g, file);
      assert.equal(readFileSync(file, 'utf8'), JSON.stringify(toJSON(g)), name);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('writeGraphJson refuses a path it cannot write with a clear error', async () => {
  await assert.rejects(writeGraphJson(buildGraph([]), '/nonexistent-dir/graph.json'), /cannot write \/nonexistent-dir\/graph\.json/);
});
