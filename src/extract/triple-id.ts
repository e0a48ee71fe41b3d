/** actorgraph/extract/triple-id — a stable id for a triple: same input, same id, on every run. */
import { createHash } from 'node:crypto';

export function tripleId(doc: string, sentence: number, subject: string, relType: string, object: string): string {
  return createHash('sha1').update(`${doc}\u0000${sentence}\u0000${subject}\u0000${relType}\u0000${object}`).digest('hex').slice(0, 16);
}
