// The gate's key index: a trie over key symbols, flattened so a walk allocates nothing.
// Keys are long (up to MAX_KEY symbols) and many (thousands once groups and optional
// separators are expanded), so a dense node × symbol table would take megabytes. Here
// the root and the first-symbol nodes, where every walk starts and nodes have many
// children, keep full rows (one read per step); deeper nodes list their few children
// side by side (compressed sparse rows), numbered depth-first so the nodes of one path
// sit next to each other in memory. Measured as fast as the dense table.

export interface KeyTrie<T> {
  /** Symbol number of each ASCII code (1…); 0 for a character no key contains. */
  readonly symbol: Uint8Array;
  /** Symbols + 1: the row width of `dense`. */
  readonly width: number;
  /** Children of nodes 0 … denseNodes - 1 (the root and its children) as full rows: dense[node * width + symbol]. */
  readonly dense: Int32Array;
  readonly denseNodes: number;
  /** Children of node n are at positions firstChild[n] … firstChild[n + 1] - 1. */
  readonly firstChild: Int32Array;
  readonly childSymbol: Uint8Array;
  readonly childNode: Int32Array;
  /** Values one of whose keys ends at each node. */
  readonly ends: readonly (readonly T[] | undefined)[];
}

/** The child of `node` along `symbol`, or 0 (the root is never a child). */
export function childOf<T>(trie: KeyTrie<T>, node: number, symbol: number): number {
  if (node < trie.denseNodes) return trie.dense[node * trie.width + symbol] ?? 0;
  const to = trie.firstChild[node + 1] ?? 0;
  for (let e = trie.firstChild[node] ?? 0; e < to; e++) if (trie.childSymbol[e] === symbol) return trie.childNode[e] ?? 0;
  return 0;
}

export function buildKeyTrie<T>(entries: Iterable<readonly [string, T]>): KeyTrie<T> {
  const symbol = new Uint8Array(128);
  let symbols = 0;
  // A pointer trie first (children as [symbol, node] pairs), flattened below.
  const children: number[][] = [[]];
  const values: T[][] = [[]];
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
        values.push([]);
        pairs.push(sym, child);
      }
      node = child;
    }
    const list = values[node] ?? [];
    if (!list.includes(value)) list.push(value);
  }
  // Numbering: the root, then its children (the first symbols: one full row each, see
  // below), then depth-first: a walk follows one path down, and a path's nodes and their
  // children lists then sit next to each other in memory.
  const firstLevel = children[0] ?? [];
  const order = [0];
  for (let p = 0; p < firstLevel.length; p += 2) order.push(firstLevel[p + 1] ?? 0);
  const denseNodes = order.length;
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
  const renumbered = new Int32Array(children.length);
  for (let n = 0; n < order.length; n++) renumbered[order[n] ?? 0] = n;
  const firstChild = new Int32Array(order.length + 1);
  const childSymbol = new Uint8Array(order.length);
  const childNode = new Int32Array(order.length);
  const ends: (T[] | undefined)[] = [];
  let edge = 0;
  for (let n = 0; n < order.length; n++) {
    const old = order[n] ?? 0;
    firstChild[n] = edge;
    const pairs = children[old] ?? [];
    for (let p = 0; p < pairs.length; p += 2) {
      childSymbol[edge] = pairs[p] ?? 0;
      childNode[edge] = renumbered[pairs[p + 1] ?? 0] ?? 0;
      edge++;
    }
    const list = values[old] ?? [];
    ends.push(list.length > 0 ? list : undefined);
  }
  firstChild[order.length] = edge;
  // Every walk starts at the top, where nodes have many children: one read per step there.
  const width = symbols + 1;
  const dense = new Int32Array(denseNodes * width);
  for (let n = 0; n < denseNodes; n++) {
    const to = firstChild[n + 1] ?? 0;
    for (let e = firstChild[n] ?? 0; e < to; e++) dense[n * width + (childSymbol[e] ?? 0)] = childNode[e] ?? 0;
  }
  return { symbol, width, dense, denseNodes, firstChild, childSymbol, childNode, ends };
}
