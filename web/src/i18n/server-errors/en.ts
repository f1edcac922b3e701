// The server's stable error codes (`code` in every error answer, src/server/errors.ts), in
// English. A code missing here falls back to the server's own message.
export const serverErrorsEn = {
  auth: {
    required: 'Sign in first.',
    csrf: 'This page is out of date: reload it and try again.',
    wrong_credentials: 'Wrong e-mail or password.',
  },
  token: { read_only: 'This API token is read-only.', not_found: 'That API token does not exist any more.' },
  role: { too_low: 'Your role in this workspace does not allow that.' },
  rate_limited: 'Too many attempts; wait a moment and try again.',
  database: { unavailable: 'The database cannot be reached right now; try again shortly.' },
  route: { not_found: 'This address does not exist.' },
  workspace: { not_found: 'This workspace does not exist or you are not a member of it.' },
  conversation: { not_found: 'This conversation does not exist in this workspace.' },
  reply: {
    not_found: 'This reply does not exist in this conversation.',
    key_conflict: 'This reply was already sent in another conversation. Write it again to send a new reply.',
  },
  guard: { override_forbidden: 'Only a manager or owner can override a blocking finding.' },
  post: {
    not_found: 'This post does not exist in this workspace.',
    not_draft: 'Only a draft can be changed: unschedule the post first.',
    changed_meanwhile: 'The post changed meanwhile; reload it.',
    approval_required: 'This workspace asks for approval: submit the post for approval instead of scheduling it.',
  },
  slot: {
    not_found: 'This posting slot does not exist.',
    none: 'The post\'s channels have no posting slots yet: add some in the calendar\'s slot editor.',
    all_taken: 'Every posting slot in the next eight weeks is taken: add slots or pick a time in Compose.',
  },
  channel: { not_found: 'This channel does not exist in this workspace.' },
  saved_reply: { not_found: 'This saved reply does not exist.' },
  saved_search: { not_found: 'This saved search does not exist.' },
  knowledge: { not_found: 'This knowledge entry does not exist.' },
  media: { not_found: 'This image does not exist.' },
  alert: { not_found: 'This alert does not exist.' },
  loyalty: { not_found: 'This contact has no loyalty stage yet.' },
  contact: { not_found: 'This contact does not exist in this workspace.' },
  user: { not_found: 'This user does not exist.' },
  member: { not_found: 'This member is not in the workspace.', last_owner: 'This is the last owner: make someone else owner first.' },
  invite: { not_found: 'This invite does not exist.', code_unknown: 'No invite has this code. Check it, or ask for a new one.' },
};
