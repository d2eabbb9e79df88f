/**
 * Optional LLM provider over the OpenAI-compatible chat-completions wire format (OpenAI, Ollama, vLLM,
 * llama.cpp server). Every call has a timeout; callers fall back to the embedded path on any failure.
 */
import { z } from 'zod';

export interface LlmConfig {
  baseUrl: string;
  model: string;
  apiKey?: string | undefined;
  timeoutMs: number;
}

export interface ChatMessage {
  role: 'system' | 'user' | 'assistant';
  content: string;
}

const ChatResponse = z.object({
  choices: z.array(z.object({ message: z.object({ content: z.string().nullable() }) })).min(1),
});

export interface Llm {
  complete(messages: ChatMessage[], opts?: { maxTokens?: number }): Promise<string>;
}

export function chatCompletionsClient(cfg: LlmConfig, fetchImpl: typeof fetch = fetch): Llm {
  const url = `${cfg.baseUrl.replace(/\/$/, '')}/chat/completions`;
  return {
    async complete(messages, opts = {}) {
      const res = await fetchImpl(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(cfg.apiKey ? { authorization: `Bearer ${cfg.apiKey}` } : {}) },
        body: JSON.stringify({ model: cfg.model, messages, temperature: 0.2, max_tokens: opts.maxTokens ?? 300 }),
        signal: AbortSignal.timeout(cfg.timeoutMs),
      });
      if (!res.ok) throw new Error(`LLM answered ${res.status}`);
      const parsed = ChatResponse.safeParse(await res.json());
      if (!parsed.success) throw new Error('LLM answer is not a chat completion');
      const text = parsed.data.choices[0]!.message.content?.trim();
      if (!text) throw new Error('LLM answer is empty');
      return text;
    },
  };
}
