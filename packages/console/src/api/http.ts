import type { AgentLoginResult, AgentView, BatonError } from '@baton/protocol';
import { localError, parseErrorBody } from '../lib/errors';

export type HttpResult<T> = { ok: true; data: T } | { ok: false; status: number; error: BatonError };

/** Same origin as the server (it serves /console/), so the httpOnly session cookie rides along. */
async function call<T>(method: 'GET' | 'POST', path: string, body?: unknown): Promise<HttpResult<T>> {
  let res: Response;
  try {
    res = await fetch(path, {
      method,
      credentials: 'same-origin',
      headers: body === undefined ? { accept: 'application/json' } : { accept: 'application/json', 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    return { ok: false, status: 0, error: localError('Cannot reach the Baton server. Check your connection.') };
  }
  let json: unknown = null;
  try {
    const text = await res.text();
    json = text ? JSON.parse(text) : null;
  } catch {
    json = null;
  }
  if (res.ok) return { ok: true, data: json as T };
  return { ok: false, status: res.status, error: parseErrorBody(json, res.status) };
}

export async function fetchMe(): Promise<HttpResult<{ agent: AgentView }>> {
  const r = await call<{ agent: AgentView }>('GET', '/api/agent/me');
  if (r.ok && !r.data?.agent?.id) return { ok: false, status: 500, error: localError('Unexpected answer from the server') };
  return r;
}

export async function postLogin(email: string, password: string): Promise<HttpResult<AgentLoginResult>> {
  const r = await call<AgentLoginResult>('POST', '/api/agent/login', { email, password });
  if (r.ok && !r.data?.agent?.id) return { ok: false, status: 500, error: localError('Unexpected answer from the server') };
  return r;
}

export function postLogout(): Promise<HttpResult<unknown>> {
  return call<unknown>('POST', '/api/agent/logout');
}
