// The objects the Meta fake holds, and how a GET with `fields=` renders them. Field names and shapes
// follow the Graph API references: Page post and comment (developers.facebook.com/docs/graph-api/reference/
// post, /comment: id, message, from{id,name}, created_time "2026-12-05T09:00:00+0000", parent), IG Media and
// IG Comment (developers.facebook.com/docs/instagram-platform/reference/instagram-media, /instagram-comment:
// caption, timestamp, username, like_count, comments_count, text, from{id,username}), IG Container status_code
// (…/content-publishing) and the WhatsApp phone number (display_phone_number, verified_name).

export interface Person {
  id: string;
  name: string;
}

export type GraphNode =
  | { type: 'Page'; id: string; name: string; username: string }
  | { type: 'Post'; id: string; message: string; from: Person; createdAt: number; photoUrl?: string }
  | { type: 'Comment'; id: string; message: string; from: Person; createdAt: number; postId: string; parentId: string }
  | { type: 'IGUser'; id: string; username: string; name: string }
  | { type: 'IGMedia'; id: string; caption: string; createdAt: number; ownerId: string; username: string; likes: number; mediaUrl?: string }
  | { type: 'IGComment'; id: string; text: string; from: { id: string; username: string }; createdAt: number; mediaId: string; parentId?: string }
  | { type: 'ShadowIGMediaBuilder'; id: string; caption: string; imageUrl: string; status: 'IN_PROGRESS' | 'FINISHED' | 'PUBLISHED' | 'ERROR' | 'EXPIRED'; reads: number; mediaId?: string }
  | { type: 'WhatsAppBusinessPhoneNumber'; id: string; displayPhoneNumber: string; verifiedName: string };

/** Graph timestamps: ISO 8601 with a +0000 offset. */
export function graphTime(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, '+0000');
}

/** Splits `a,b.summary(x).limit(0),c{d,e}` at top-level commas. */
export function splitFields(fields: string | null): string[] {
  if (fields === null || fields === '') return [];
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const char of fields) {
    if (char === '(' || char === '{') depth += 1;
    if (char === ')' || char === '}') depth -= 1;
    if (char === ',' && depth === 0) {
      parts.push(current);
      current = '';
    } else current += char;
  }
  if (current !== '') parts.push(current);
  return parts;
}

export interface NodeContext {
  commentsUnder(id: string): GraphNode[];
}

/** The value of one field, `undefined` when the node type has no such field (the fake then answers #100). */
export function fieldValue(node: GraphNode, field: string, context: NodeContext): { value: unknown } | undefined {
  const name = field.split(/[.{(]/)[0] ?? field;
  if (name === 'id') return { value: node.id };
  switch (node.type) {
    case 'Page':
      return pick({ name: node.name, username: node.username }, name);
    case 'Post':
    case 'Comment': {
      const comments = context.commentsUnder(node.id);
      const base: Record<string, unknown> = {
        message: node.message, from: node.from, created_time: graphTime(node.createdAt),
        comments: { data: [], summary: { order: 'ranked', total_count: comments.length, can_comment: true } },
        reactions: { data: [], summary: { total_count: 0, viewer_reaction: 'NONE' } },
      };
      // Graph leaves `parent` out for top-level comments and `shares` out for posts nobody shared.
      if (node.type === 'Comment' && node.parentId !== node.postId) base.parent = { id: node.parentId };
      if (node.type === 'Comment' && name === 'parent' && node.parentId === node.postId) return { value: undefined };
      if (node.type === 'Post' && name === 'shares') return { value: undefined };
      return pick(base, name);
    }
    case 'IGUser':
      return pick({ username: node.username, name: node.name }, name);
    case 'IGMedia':
      return pick({ caption: node.caption, timestamp: graphTime(node.createdAt), username: node.username, like_count: node.likes, comments_count: context.commentsUnder(node.id).length, media_type: 'IMAGE' }, name);
    case 'IGComment':
      return pick({ text: node.text, timestamp: graphTime(node.createdAt), from: node.from, username: node.from.username, media: { id: node.mediaId }, parent_id: node.parentId }, name);
    case 'ShadowIGMediaBuilder':
      return pick({ status_code: node.status, status: node.status === 'ERROR' ? 'Error: media could not be fetched' : node.status }, name);
    case 'WhatsAppBusinessPhoneNumber':
      return pick({ display_phone_number: node.displayPhoneNumber, verified_name: node.verifiedName, quality_rating: 'GREEN' }, name);
  }
}

function pick(values: Record<string, unknown>, name: string): { value: unknown } | undefined {
  return name in values ? { value: values[name] } : undefined;
}
