/** Element id of the reply textarea, so the "r" shortcut can focus it from anywhere in the inbox. */
export const REPLY_TEXT_ID = 'reply-text';
