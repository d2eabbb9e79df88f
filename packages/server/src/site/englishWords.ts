/**
 * The English dictionary the bot reads typing slips with (domain/bot/spelling.ts): Hunspell's en_US and en_GB word
 * lists (`dictionary-en`, `dictionary-en-gb`, read from disk when this module loads) through `nspell`. A word either
 * spelling knows is a word ("fibre" is no slip of "fire"), and so is a name typed in lower case ("hi, charles here"
 * is no slip of "charges"). Loaded once per process (~0.6 s).
 */
import us from 'dictionary-en';
import gb from 'dictionary-en-gb';
import nspell from 'nspell';
import type { IsWord } from '../domain/bot/spelling.js';

// The packages' types say Uint8Array; nspell's say Buffer: the same bytes.
const spellers = [us, gb].map((d) => nspell({ aff: Buffer.from(d.aff), dic: Buffer.from(d.dic) }));

export const isEnglishWord: IsWord = (word) => {
  const name = word.charAt(0).toUpperCase() + word.slice(1);
  return spellers.some((s) => s.correct(word) || s.correct(name));
};
