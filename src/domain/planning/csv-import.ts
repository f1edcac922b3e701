// Bulk import: a CSV of posts (text, channels, time, image URL) read into rows, each either a
// post to create or the reasons it cannot be. Importing creates every valid row as a draft,
// planned at its time on the workspace clock, in one transaction; rows with errors are left out.
// Scheduling stays a separate, checked step (the calendar's move, "next free slot", Compose), so
// the import never puts a post on the schedule past the guard or pacing.
import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import { DateTime } from 'luxon';
import { storeImage } from '../../media/store-image.js';
import type { BlobStore } from '../../media/blob-store.js';
import { recordAudit } from '../../store/repositories/audit.js';
import { setPlannedAt } from '../../store/repositories/calendar.js';
import { listChannels } from '../../store/repositories/channels.js';
import { findCsvImport } from '../../store/repositories/csv-imports.js';
import { insertPost } from '../../store/repositories/posts.js';
import { findWorkspace } from '../../store/repositories/workspaces.js';
import type { Database } from '../../store/schema.js';
import { inTransaction } from '../../store/transaction.js';
import { DomainError } from '../errors.js';
import { saveVariantContent } from '../post-variants.js';
import { parseCsv } from './csv.js';
import { fetchImage, ImageFetchError, parseImageUrl, type FetchImageOptions } from './fetch-image.js';

export const maxImportRows = 500;
const maxTextLength = 20_000;

/** Every reason a row can be left out; the web app has words for each in both languages. */
export const rowErrorCodes = [
  'text_missing', 'text_too_long', 'channels_missing', 'channel_unknown', 'time_invalid', 'time_past',
  'image_url_invalid', 'image_refused_address', 'image_unreachable', 'image_too_large', 'image_not_image',
] as const;
export type RowErrorCode = typeof rowErrorCodes[number];
export interface RowError { code: RowErrorCode; field: 'text' | 'channels' | 'time' | 'image_url'; message: string; value?: string }
export interface ImportRow {
  /** The line's number in the file, the header being line 1 (what a spreadsheet shows). */
  row: number;
  text: string;
  channels: Array<{ id: string; network: string; handle: string }>;
  at: number | null;
  imageUrl: string | null;
  errors: RowError[];
}

const columnAliases: Record<string, 'text' | 'channels' | 'time' | 'image_url'> = {
  text: 'text', teks: 'text', channels: 'channels', channel: 'channels', kanal: 'channels',
  time: 'time', at: 'time', waktu: 'time', scheduled_at: 'time', image_url: 'image_url', image: 'image_url', gambar: 'image_url',
};
const timeFormats = ['yyyy-MM-dd HH:mm', 'yyyy-MM-dd HH:mm:ss', "yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss", 'dd/MM/yyyy HH:mm'];

/** A time cell on the workspace clock ("2026-12-08 09:00"), or an ISO time with its own offset. */
export function parseImportTime(value: string, timezone: string): number | null {
  for (const format of timeFormats) {
    const parsed = DateTime.fromFormat(value, format, { zone: timezone });
    if (parsed.isValid) return parsed.toMillis();
  }
  if (/(Z|[+-]\d\d:?\d\d)$/i.test(value)) {
    const parsed = DateTime.fromISO(value, { setZone: true });
    if (parsed.isValid) return parsed.toMillis();
  }
  return null;
}

/** Reads the CSV into rows; a file-level problem (no header, too many rows) is a 400. */
export async function previewCsvImport(db: Kysely<Database>, input: { workspaceId: string; csv: string }, now = Date.now()): Promise<ImportRow[]> {
  let table: string[][];
  try { table = parseCsv(input.csv); } catch (error) { throw new DomainError('invalid_input', `csv: ${(error as Error).message}`); }
  const [header, ...body] = table;
  if (header === undefined) throw new DomainError('invalid_input', 'csv: the file is empty; the first line names the columns: text, channels, time, image_url');
  const columns = header.map((name) => columnAliases[name.trim().toLowerCase()] ?? null);
  for (const needed of ['text', 'channels'] as const) {
    if (!columns.includes(needed)) throw new DomainError('invalid_input', `csv: the first line must name a "${needed}" column (columns: text, channels, time, image_url)`);
  }
  if (body.length > maxImportRows) throw new DomainError('invalid_input', `csv: at most ${maxImportRows} rows per import; this file has ${body.length}`);
  const timezone = (await findWorkspace(db, input.workspaceId))?.timezone ?? 'Asia/Jakarta';
  const channels = await listChannels(db, input.workspaceId);
  const byKey = new Map<string, typeof channels[number]>();
  for (const channel of channels) {
    byKey.set(channel.id.toLowerCase(), channel);
    byKey.set(channel.handle.toLowerCase().replace(/^@/, ''), channel);
  }
  return body.map((cells, index) => {
    const cell = (name: 'text' | 'channels' | 'time' | 'image_url') => {
      const at = columns.indexOf(name);
      return at === -1 ? '' : (cells[at] ?? '');
    };
    const errors: RowError[] = [];
    const text = cell('text').trim();
    if (text === '') errors.push({ code: 'text_missing', field: 'text', message: 'text: empty' });
    else if (text.length > maxTextLength) errors.push({ code: 'text_too_long', field: 'text', message: `text: at most ${maxTextLength} characters` });
    const found: ImportRow['channels'] = [];
    const names = cell('channels').split(/[\s,;|]+/).map((name) => name.trim()).filter((name) => name !== '');
    if (names.length === 0) errors.push({ code: 'channels_missing', field: 'channels', message: 'channels: name at least one channel by handle or id' });
    for (const name of names) {
      const channel = byKey.get(name.toLowerCase().replace(/^@/, ''));
      if (channel === undefined) errors.push({ code: 'channel_unknown', field: 'channels', message: `channels: "${name}" is not a channel of this workspace`, value: name });
      else if (!found.some((known) => known.id === channel.id)) found.push({ id: channel.id, network: channel.network, handle: channel.handle });
    }
    const timeText = cell('time').trim();
    let at: number | null = null;
    if (timeText !== '') {
      at = parseImportTime(timeText, timezone);
      if (at === null) errors.push({ code: 'time_invalid', field: 'time', message: `time: "${timeText}" is not a time like 2026-12-08 09:00 (${timezone})`, value: timeText });
      else if (at <= now) errors.push({ code: 'time_past', field: 'time', message: `time: ${timeText} has already passed`, value: timeText });
    }
    const imageText = cell('image_url').trim();
    if (imageText !== '' && parseImageUrl(imageText) === null) errors.push({ code: 'image_url_invalid', field: 'image_url', message: 'image_url: only http:// and https:// addresses are taken', value: imageText });
    return { row: index + 2, text, channels: found, at: errors.some((error) => error.field === 'time') ? null : at, imageUrl: imageText === '' ? null : imageText, errors };
  });
}

export interface ImportResult { digest: string; alreadyImported: boolean; rows: Array<{ row: number; postId: string | null; errors: RowError[] }> }

/**
 * Imports the valid rows. Images are downloaded first (outside the transaction; a row whose
 * image fails joins the rows with errors), then every post is written in one transaction with
 * one audit entry keyed by the file's digest: the same file submitted again returns that import.
 */
export async function importCsv(
  deps: { db: Kysely<Database>; blobs: BlobStore | undefined; fetchOptions?: FetchImageOptions },
  input: { workspaceId: string; userId: string | null; csv: string },
  now = Date.now(),
): Promise<ImportResult> {
  const { db } = deps;
  const digest = createHash('sha256').update(input.csv).digest('hex');
  const previous = await findCsvImport(db, input.workspaceId, digest);
  if (previous !== undefined) {
    const details = JSON.parse(previous.details) as { rows?: ImportResult['rows'] };
    return { digest, alreadyImported: true, rows: details.rows ?? [] };
  }
  const rows = await previewCsvImport(db, input, now);
  const media = new Map<number, string>();
  for (const row of rows) {
    if (row.errors.length > 0 || row.imageUrl === null) continue;
    try {
      const bytes = await fetchImage(row.imageUrl, deps.fetchOptions);
      if (deps.blobs === undefined) throw new ImageFetchError('image_unreachable', 'image_url: this server has no media store configured');
      const stored = await storeImage({ db, blobs: deps.blobs }, { workspaceId: input.workspaceId, bytes, createdBy: input.userId }, now);
      media.set(row.row, stored.id);
    } catch (error) {
      if (error instanceof ImageFetchError) row.errors.push({ code: error.code, field: 'image_url', message: error.message, value: row.imageUrl });
      else if (error instanceof DomainError) row.errors.push({ code: 'image_not_image', field: 'image_url', message: `image_url: ${error.message}`, value: row.imageUrl });
      else throw error;
    }
  }
  const results = await inTransaction(db, async (trx) => {
    const out: ImportResult['rows'] = [];
    for (const row of rows) {
      if (row.errors.length > 0) { out.push({ row: row.row, postId: null, errors: row.errors }); continue; }
      const channelIds = row.channels.map((channel) => channel.id);
      const postId = await insertPost(trx, { workspaceId: input.workspaceId, text: row.text, paid: false, channelIds, userId: input.userId }, now);
      const mediaId = media.get(row.row);
      await saveVariantContent(trx, { workspaceId: input.workspaceId, postId, text: row.text, channelIds, mediaIds: mediaId === undefined ? [] : [mediaId], variants: [] });
      if (row.at !== null) await setPlannedAt(trx, input.workspaceId, postId, row.at, now);
      out.push({ row: row.row, postId, errors: [] });
    }
    await recordAudit(trx, {
      workspaceId: input.workspaceId, actorUserId: input.userId, action: 'posts.imported', targetType: 'csv_import', targetId: digest,
      details: { imported: out.filter((row) => row.postId !== null).length, refused: out.filter((row) => row.postId === null).length, rows: out },
    }, now);
    return out;
  });
  return { digest, alreadyImported: false, rows: results };
}
