// Invite codes short enough to type (XXXX-XXXX-XXXX) yet unguessable: 12 characters of
// Crockford's base32 (no I, L, O or U to misread) are 60 random bits. Typing is forgiving:
// case, spaces and dashes do not matter, and O/I/L are read as 0/1/1.
import { randomInt } from 'node:crypto';
import { hashToken } from './secrets.js';

const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const inviteCodeLength = 12;

export function newInviteCode(): string {
  let code = '';
  for (let i = 0; i < inviteCodeLength; i += 1) code += alphabet[randomInt(alphabet.length)];
  return formatInviteCode(code);
}

/** The canonical form that is hashed: upper case, separators gone, look-alikes mapped. */
export function normaliseInviteCode(typed: string): string | null {
  const code = typed.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
  if (code.length !== inviteCodeLength) return null;
  for (const char of code) if (!alphabet.includes(char)) return null;
  return code;
}

export function formatInviteCode(code: string): string {
  return code.match(/.{1,4}/g)?.join('-') ?? code;
}

export function hashInviteCode(normalised: string): string {
  return hashToken(`invite:${normalised}`);
}
