/**
 * viz/type-names — what the page calls each actor type. `other` is the extractor's word for a
 * non-actor object ("exercises", "nuclear weapons"); users read it better as "concept".
 */
const NAMES: Record<string, string> = { other: 'concept' };

export function typeName(type: string): string {
  return NAMES[type] ?? type;
}
