import { Badge } from '@mantine/core';

/** A conversation's tags; team-chosen words, shown as plain text. */
export function TagChips({ tags }: { tags: readonly string[] }) {
  return tags.map((tag) => (
    <Badge key={tag} size="sm" variant="outline" color="gray" radius="sm" data-testid="conversation-tag" data-tag={tag}>
      #{tag}
    </Badge>
  ));
}
