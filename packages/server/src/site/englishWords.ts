/**
 * The English dictionary the bot reads typing slips with (domain/bot/spelling.ts): Hunspell's en_US word list
 * (`dictionary-en`, read from disk when this module loads) through `nspell`. Loaded once per process (~0.3 s).
 */
import dictionary from 'dictionary-en';
import nspell from 'nspell';
import type { IsWord } from '../domain/bot/spelling.js';

// The package's types say Uint8Array; nspell's say Buffer: the same bytes.
const spell = nspell({ aff: Buffer.from(dictionary.aff), dic: Buffer.from(dictionary.dic) });

export const isEnglishWord: IsWord = (word) => spell.correct(word);
