import { Divider, Stack } from '@mantine/core';
import type { ConversationDetail } from '../../../api/types';
import { ContactPanel } from './ContactPanel';
import { NotesPanel } from './NotesPanel';
import { TagEditor } from './TagEditor';

/** The side panel of a conversation: the contact, tags and internal notes. */
export function ConversationDetails({ detail }: { detail: ConversationDetail }) {
  const { conversation } = detail;
  return (
    <Stack gap="md" p="md">
      <ContactPanel profile={detail.contactProfile} />
      <Divider />
      <TagEditor conversationId={conversation.id} tags={conversation.tags} />
      <Divider />
      <NotesPanel conversationId={conversation.id} notes={detail.notes} />
    </Stack>
  );
}
