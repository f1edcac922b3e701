// The gate's key index: a trie over key symbols, flattened into one Int32Array so a walk
// allocates nothing and each step reads one small stretch of memory. Keys are long (up
// to MAX_KEY symbols) and many (thousands once groups and optional separators are
// expanded): some 40,000 nodes. A node is its offset in `cells`:
//
//   cells[node]          header: child count | DENSE flag | id of its value list << 7
//   cells[node + 1 …]    children: a full row indexed by symbol (DENSE: the root, its
//                        children, where every walk starts, and any node with
//                        DENSE_FROM or more children), else (child << 8 | symbol) pairs
//
// Nodes are laid out depth-first, so the nodes of one path, and their children, sit
// next to each other. An earlier layout kept child lists, child symbols and value lists
// in separate arrays: a step then touched four places in memory, and the walk in front
// of every phrase table cost twice what it does now.

export interface KeyTrie<T> {
  /** Symbol number of each ASCII code (1…); 0 for a character no key contains. */
  readonly symbol: Uint8Array;
  readonly cells: Int32Array;
  /** Values one of whose keys ends at a node, by the id in the node's header (0: none). */
  readonly values: readonly (readonly T[])[];
}

// Header layout (exported for the gate's inlined walk).
export const COUNT_MASK = 0x3f;
export const DENSE = 0x40;
export const VALUES_SHIFT = 7;
/** Child count from which a node below the first level is stored as a full row. */
const DENSE_FROM = 8;

/** The child of `node` along `symbol`, or 0 (the root, at 0, is never a child). */
export function childOf<T>(trie: KeyTrie<T>, node: number, symbol: number): number {
  const cells = trie.cells;
  const header = cells[node] ?? 0;
  if ((header & DENSE) !== 0) return cells[node + symbol] ?? 0;
  const to = node + 1 + (header & COUNT_MASK);
  for (let e = node + 1; e < to; e++) {
    const cell = cells[e] ?? 0;
    if ((cell & 0xff) === symbol) return cell >>> 8;
  }
  return 0;
}

/** The values one of whose keys ends at `node`, if any. */
export function valuesAt<T>(trie: KeyTrie<T>, node: number): readonly T[] | undefined {
  const id = (trie.cells[node] ?? 0) >>> VALUES_SHIFT;
  return id === 0 ? undefined : trie.values[id];
}

export function buildKeyTrie<T>(entries: Iterable<readonly [string, T]>): KeyTrie<T> {
  const symbol = new Uint8Array(128);
  let symbols = 0;
  // A pointer trie first (children as [symbol, node] pairs), flattened below.
  const children: number[][] = [[]];
  const lists: T[][] = [[]];
  for (const [key, value] of entries) {
    let node = 0;
    for (let k = 0; k < key.length; k++) {
      const code = key.charCodeAt(k);
      if (code >= 128) throw new Error(`gate key "${key}" is not ASCII`);
      let sym = symbol[code] ?? 0;
      if (sym === 0) sym = symbol[code] = ++symbols;
      const pairs = children[node] ?? [];
      let child = 0;
      for (let p = 0; p < pairs.length; p += 2) if (pairs[p] === sym) child = pairs[p + 1] ?? 0;
      if (child === 0) {
        child = children.length;
        children.push([]);
        lists.push([]);
        pairs.push(sym, child);
      }
      node = child;
    }
    const list = lists[node] ?? [];
    if (!list.includes(value)) list.push(value);
  }
  if (symbols > COUNT_MASK) throw new Error(`gate keys use ${symbols} symbols; at most ${COUNT_MASK} fit a node header`);
  // Order: the root, then its children (full rows), then depth-first.
  const firstLevel = children[0] ?? [];
  const dense = new Set([0]);
  const order = [0];
  for (let p = 0; p < firstLevel.length; p += 2) {
    order.push(firstLevel[p + 1] ?? 0);
    dense.add(firstLevel[p + 1] ?? 0);
  }
  // Deeper nodes with many children get a full row too: a step there is then one read,
  // not a search along the child list.
  children.forEach((pairs, node) => {
    if (pairs.length / 2 >= DENSE_FROM) dense.add(node);
  });
  const stack: number[] = [];
  for (let p = firstLevel.length - 2; p >= 0; p -= 2) {
    const grandchildren = children[firstLevel[p + 1] ?? 0] ?? [];
    for (let q = grandchildren.length - 2; q >= 0; q -= 2) stack.push(grandchildren[q + 1] ?? 0);
  }
  while (stack.length > 0) {
    const old = stack.pop() ?? 0;
    order.push(old);
    const pairs = children[old] ?? [];
    for (let p = pairs.length - 2; p >= 0; p -= 2) stack.push(pairs[p + 1] ?? 0);
  }
  // Offsets: a dense node takes 1 + symbols cells (its row is indexed by symbol, 1…),
  // a sparse one 1 + its child count.
  const offset = new Int32Array(children.length);
  let size = 0;
  for (const old of order) {
    offset[old] = size;
    size += 1 + (dense.has(old) ? symbols : (children[old]?.length ?? 0) / 2);
  }
  if (size >= 1 << 23) throw new Error('gate key trie too large for 23-bit offsets');
  const cells = new Int32Array(size);
  const values: T[][] = [[]];
  for (const old of order) {
    const at = offset[old] ?? 0;
    const pairs = children[old] ?? [];
    const list = lists[old] ?? [];
    let id = 0;
    if (list.length > 0) {
      id = values.length;
      values.push(list);
    }
    const isDense = dense.has(old);
    cells[at] = (isDense ? DENSE : pairs.length / 2) | (id << VALUES_SHIFT);
    for (let p = 0; p < pairs.length; p += 2) {
      const sym = pairs[p] ?? 0;
      const child = offset[pairs[p + 1] ?? 0] ?? 0;
      if (isDense) cells[at + sym] = child;
      else cells[at + 1 + p / 2] = (child << 8) | sym;
    }
  }
  return { symbol, cells, values };
}
