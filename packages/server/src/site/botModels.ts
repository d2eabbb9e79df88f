/**
 * The models the bot pipeline reads with, trained offline and shipped as JSON beside this file; read when this module
 * loads: the passage ranker (domain/bot/passageRank.ts, tools/bot-eval/ranker/), the answerability model (domain/bot/answerability.ts, tools/bot-eval/answerability/) and the message models
 * for high stakes, a request for a person and frustration (domain/escalation/messageModel.ts, tools/bot-eval/message-models/).
 */
import { readFileSync } from 'node:fs';
import type { TreeEnsemble, TreeModel } from '../domain/bot/answerability.js';
import type { MessageModel } from '../domain/escalation/messageModel.js';
import type { BotModels } from '../domain/pipeline.js';

function load<T>(file: string): T {
  return JSON.parse(readFileSync(new URL(file, import.meta.url), 'utf8')) as T;
}

export const answerabilityModel = load<TreeModel>('./answerabilityModel.json');
export const rankerModel = load<TreeEnsemble>('./rankerModel.json');
export const highStakesModel = load<MessageModel>('./highStakesModel.json');
export const personRequestModel = load<MessageModel>('./personRequestModel.json');
export const frustrationModel = load<MessageModel>('./frustrationModel.json');
export const botModels: BotModels = { ranker: rankerModel, answerability: answerabilityModel, highStakes: highStakesModel, personRequest: personRequestModel, frustration: frustrationModel };
