// Parsers for the shared training sets. Pure: the scripts read the files and pass the text.

export interface LabelledText {
  text: string;
  label: string;
}

/** Minimal RFC 4180 CSV: quoted fields, doubled quotes, newlines inside quotes. */
export function parseCsv(content: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < content.length; i += 1) {
    const ch = content[i];
    if (quoted) {
      if (ch === '"' && content[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"' && field === '') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && content[i + 1] === '\n') i += 1;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || row.length > 0) rows.push([...row, field]);
  return rows.filter((r) => r.some((f) => f !== ''));
}

/** SmSA: `text<TAB>label`, no header. */
export function parseSmsa(content: string): LabelledText[] {
  return content.split('\n').flatMap((line) => {
    const tab = line.lastIndexOf('\t');
    return tab > 0 ? [{ text: line.slice(0, tab), label: line.slice(tab + 1).trim() }] : [];
  });
}

const EMOT_LABELS = new Set(['anger', 'fear', 'happy', 'love', 'sadness']);

/** EmoT: CSV `label,tweet` with a header; a few rows use `label;tweet`. `happy` becomes `joy`. */
export function parseEmot(content: string): LabelledText[] {
  return parseCsv(content).slice(1).flatMap((row) => {
    const [first = '', ...rest] = row;
    let label = first;
    let text = rest.join(',');
    const semicolon = label.indexOf(';');
    if (!EMOT_LABELS.has(label) && semicolon > 0) {
      text = `${label.slice(semicolon + 1)}${text ? `,${text}` : ''}`;
      label = label.slice(0, semicolon);
    }
    if (!EMOT_LABELS.has(label)) return [];
    return [{ text, label: label === 'happy' ? 'joy' : label }];
  });
}

/** NusaX-senti: CSV `id,text,label` with a header. */
export function parseNusax(content: string): LabelledText[] {
  return parseCsv(content).slice(1).flatMap(([, text, label]) => (text && label ? [{ text, label }] : []));
}

export interface GoEmotionsRow {
  text: string;
  labels: string[];
}

/** GoEmotions: `text<TAB>comma-separated label indexes<TAB>id`, names from labels.txt. */
export function parseGoEmotions(content: string, labelNames: readonly string[]): GoEmotionsRow[] {
  return content.split('\n').flatMap((line) => {
    const [text, indexes] = line.split('\t');
    if (!text || !indexes) return [];
    return [{ text, labels: indexes.split(',').map((i) => labelNames[Number(i)] ?? 'unknown') }];
  });
}
