/**
 * The answerability model (domain/bot/answerability.ts), trained offline by tools/bot-eval/answerability/ and shipped
 * as JSON beside this file; read when this module loads.
 */
import { readFileSync } from 'node:fs';
import type { TreeModel } from '../domain/bot/answerability.js';

export const answerabilityModel: TreeModel = JSON.parse(readFileSync(new URL('./answerabilityModel.json', import.meta.url), 'utf8')) as TreeModel;
