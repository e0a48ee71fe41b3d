/**
 * actorgraph/extract — text → canonical actor–relation–actor triples. (Being built; the signature is the contract.)
 */
import type { Doc, Triple } from '../types.js';
import { resolveSettings, type Settings } from '../settings.js';

export function extractTriples(doc: Doc, settings: Settings = resolveSettings()): Triple[] {
  void doc; void settings;
  return [];
}
