// English contractions and chat abbreviations, written by the Sapa team. Same format as
// slang-id.ts. Negations are spelled out so the negation scope sees a plain `not`.
export const SLANG_EN = `
do not: dont don't
does not: doesnt doesn't
did not: didnt didn't
is not: isnt isn't aint ain't
are not: arent aren't
was not: wasnt wasn't
were not: werent weren't
can not: cant can't cannot
will not: wont won't
would not: wouldnt wouldn't
should not: shouldnt shouldn't
could not: couldnt couldn't
have not: havent haven't
has not: hasnt hasn't
i am: im i'm
i have: ive i've
it is: it's
that is: that's
you: u
your: ur
please: pls plz
thanks: thx thanx tks
thank you: ty
thank you so much: tysm
oh my god: omg
`;
