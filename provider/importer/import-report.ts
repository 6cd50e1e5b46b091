import type { ImportResult } from './import-server';
import { addressOf } from './model';

/** What import did, for a person: what was written, what was adopted, what stays on the server and why, what to review. */
export function renderImportReport(result: ImportResult, where: { out: string; server: string; format: string }): string {
  const lines: string[] = [];
  const imported = result.resources;
  lines.push(`Imported ${imported.length} resource(s) from ${where.server} into ${where.out} (${where.format}).`);
  for (const r of imported) lines.push(`  ${addressOf(r).padEnd(48)} ${r.objects.length ? r.objects.join(', ') : '(no server object)'}`);
  const adopted = imported.filter((r) => r.adopted);
  if (adopted.length) {
    lines.push('', `Adopted (created by another tool; written with adopt: true, so this stack now manages them):`);
    for (const r of adopted) lines.push(`  ${addressOf(r)}: ${String(r.attributes.identifier ?? r.attributes.activation_identifier)}`);
  }
  const extras = imported.filter((r) => r.extraKeys.length);
  if (extras.length) {
    lines.push('', 'Kept in extra (restriction keys applemdm does not model, written into the profile as found):');
    for (const r of extras) lines.push(`  ${addressOf(r)}: ${r.extraKeys.join(', ')}`);
  }
  if (result.skipped.length) {
    lines.push('', `Not imported (${result.skipped.length} object(s), left on the server exactly as they are):`);
    for (const s of result.skipped) lines.push(`  ${s.object}: ${s.reason}`);
  }
  if (result.unselected) lines.push('', `${result.unselected} group(s) of connected objects were outside --select and not imported.`);
  const review = imported.flatMap((r) => Object.entries(r.review).map(([pointer, why]) => `${addressOf(r)}${pointer.replace(/\//g, '.')}: ${why}`));
  if (review.length || result.stackReview.length) {
    lines.push('', 'Review (the server does not store these; import filled them in):');
    for (const r of result.stackReview) lines.push(`  ${r}`);
    for (const r of review) lines.push(`  ${r}`);
  }
  const left = result.verificationRounds > 1 ? ` (after leaving out what would have changed)` : '';
  const records = result.newAppRecords.length;
  lines.push(
    '',
    records
      ? `Round trip verified: a plan of the written configuration against this server shows no changes${left} except the record of ${records} app(s) (${result.newAppRecords.join(', ')}), which the first apply adds: bookkeeping that names each app's bundle ID and platforms, never sent to a device. Nothing else is written.`
      : `Round trip verified: a plan of the written configuration against this server shows no changes${left}, so the first apply writes nothing.`,
  );
  return `${lines.join('\n')}\n`;
}
