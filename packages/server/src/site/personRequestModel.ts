/**
 * The person-request model (domain/escalation/personRequestModel.ts), trained offline by
 * tools/bot-eval/person-request/ and shipped as JSON beside this file; read when this module loads.
 */
import { readFileSync } from 'node:fs';
import type { PersonRequestModel } from '../domain/escalation/personRequestModel.js';

export const personRequestModel: PersonRequestModel = JSON.parse(readFileSync(new URL('./personRequestModel.json', import.meta.url), 'utf8')) as PersonRequestModel;
