import { useCallback, useMemo, useState } from 'react';

/**
 * Checked conversations for bulk actions. Only conversations still in the list count:
 * one that left it (closed elsewhere, filtered out) is silently dropped from the selection.
 */
export function useBulkSelection(visibleIds: readonly string[]) {
  const [checked, setChecked] = useState<ReadonlySet<string>>(new Set());
  const selectedIds = useMemo(() => visibleIds.filter((id) => checked.has(id)), [visibleIds, checked]);

  const toggle = useCallback((id: string, on: boolean) => {
    setChecked((previous) => {
      const next = new Set(previous);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  }, []);

  const setAll = useCallback((on: boolean) => setChecked(on ? new Set(visibleIds) : new Set()), [visibleIds]);
  const clear = useCallback(() => setChecked(new Set()), []);

  return {
    selectedIds,
    isChecked: (id: string) => checked.has(id),
    toggle,
    setAll,
    clear,
    allChecked: visibleIds.length > 0 && selectedIds.length === visibleIds.length,
    someChecked: selectedIds.length > 0 && selectedIds.length < visibleIds.length,
  };
}

export type BulkSelection = ReturnType<typeof useBulkSelection>;
