import type { Readout } from '../types.js';
import { printable } from './shared.js';

/**
 * A readout as a person reads it: metadata, then each section's statements with their ids,
 * kinds, actors and speech-act verbs.
 *
 * @example
 * formatReadoutText(referenceReadout()).split('\n')[0]
 * //=> 'Japan-U.S. Defense Ministerial Meeting (Summary)'
 */
export function formatReadoutText(readout: Readout): string {
  const lines: string[] = [readout.title ?? '(untitled readout)'];
  const positions = readout.statements.filter((s) => s.kind === 'position').length;
  const facts = [
    readout.date && `date: ${readout.date}`,
    readout.issuer && `issuer: ${readout.issuer}`,
    readout.source && `source: ${readout.source}`,
  ].filter(Boolean);
  if (facts.length > 0) lines.push(facts.join(' · '));
  lines.push(
    `${readout.statements.length} statements (${positions} positions, ${readout.statements.length - positions} context) in ${readout.sections.length} sections`,
  );
  for (const section of readout.sections) {
    const statements = readout.statements.filter((s) => s.section === section.index);
    if (statements.length === 0 && section.heading === null) continue;
    lines.push('');
    lines.push(section.heading === null ? '(before any heading)' : [section.number && `${section.number}.`, section.heading].filter(Boolean).join(' '));
    for (const statement of statements) {
      const who = statement.kind === 'context' ? 'context' : [statement.actor ?? '-', statement.verb ?? '-'].join(' · ');
      lines.push(`  ${statement.id.padEnd(4)} ${who}`);
      lines.push(`       ${statement.text}`);
    }
  }
  // Readout text may carry terminal control characters: shown, never acted on.
  return printable(`${lines.join('\n')}\n`);
}
