/**
 * Characters that put nothing a reader can see on the screen: white space, control and format
 * characters (zero-width space, joiners, BOM, bidi marks), default-ignorable code points,
 * combining marks on their own, unassigned and private-use code points, and the blank
 * "filler" letters (Hangul fillers, braille blank).
 */
const INVISIBLE = /[\p{White_Space}\p{Cc}\p{Cf}\p{Cn}\p{Co}\p{Cs}\p{M}\p{Default_Ignorable_Code_Point}\u115F\u1160\u3164\uFFA0\u2800]/gu;

/** Whether `text` has at least one character a reader can see: what "not empty" means for every field, section, reason and title. */
export const hasVisibleText = (text: string | undefined | null): boolean => typeof text === 'string' && text.replace(INVISIBLE, '') !== '';
