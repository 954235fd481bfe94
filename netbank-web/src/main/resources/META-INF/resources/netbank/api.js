// The API, as the page calls it: same origin (the gateway serves the page), the token in memory only (never in local or
// session storage, where any script on the origin could read it), answers in the page's language, and refusals as
// Problem objects carrying the API's own words.
import { acceptLanguage, currentLanguage, t } from './i18n.js';
import { formatAmount } from './money.js';

function shanghai(instant) {
  return new Intl.DateTimeFormat('zh-CN', { timeZone: 'Asia/Shanghai', month: '2-digit', day: '2-digit', hour: '2-digit',
    minute: '2-digit' }).format(new Date(instant));
}

let token = null;
/** Asked to sign in again when the token has expired; resolves once a new token is held. */
let signInAgain = async () => { throw new Error('signed out'); };

export function holdToken(accessToken) {
  token = accessToken;
}

export function signedIn() {
  return token !== null;
}

export function forgetToken() {
  token = null;
}

export function onExpiredSession(handler) {
  signInAgain = handler;
}

/** An answer of the API that is not a success: its problem+json, or words of our own when there was none. */
export class Problem extends Error {
  constructor(status, body, retryAfter) {
    super(body?.detail || body?.title || t(status === 0 ? 'errorNetwork' : 'errorUnknown'));
    this.status = status;
    this.slug = body?.type ? String(body.type).split('/').pop() : null;
    this.body = body || {};
    this.retryAfter = retryAfter;
  }

  /**
   * What the customer reads: the API's detail, what it names (a limit, the next opening, the minimum and the step of a
   * purchase, the quota or holding left, a maturity date, tries left, until when a sign-in is locked, the fields that
   * are wrong) and when to try again if it said so.
   */
  words() {
    const b = this.body;
    const fields = Array.isArray(b.errors) ? b.errors.map(e => {
      const name = t(`field.${e.field}`);
      return name.startsWith('field.') ? e.field : name;
    }) : [];
    // a form's fields by the names the form shows them under, not the API's
    const parts = [fields.length > 0 ? b.title || this.message : this.message];
    if (b.limit) {
      parts.push(t('limitIs', { limit: formatAmount(b.limit) }));
    }
    if (b.nextOpenAt) {
      parts.push(t('nextOpenAt', { at: shanghai(b.nextOpenAt) }));
    }
    if (b.minPurchase) {
      parts.push(t('minPurchaseIs', { min: formatAmount(b.minPurchase) }));
    }
    if (b.step) {
      parts.push(t('stepIs', { step: formatAmount(b.step) }));
    }
    if (b.remainingQuota) {
      parts.push(t('quotaLeft', { left: formatAmount(b.remainingQuota) }));
    }
    if (b.remaining) {
      parts.push(t('heldLeft', { left: formatAmount(b.remaining) }));
    }
    if (b.maturityDate) {
      parts.push(t('maturesOn', { date: b.maturityDate }));
    }
    if (b.remainingTries !== undefined && b.remainingTries !== null) {
      parts.push(t('triesLeft', { n: b.remainingTries }));
    }
    if (b.lockedUntil) {
      parts.push(t('lockedUntil', { at: shanghai(b.lockedUntil) }));
    }
    if (fields.length > 0) {
      parts.push(t('fieldsWrong', { fields: fields.join(', ') }));
    }
    if (this.retryAfter) {
      parts.push(t('retryAfter', { s: this.retryAfter }));
    }
    return parts.join(currentLanguage() === 'en' ? ' ' : ''); // Chinese sentences follow each other without spaces
  }
}

/** A fresh key for one money-moving request; the same key is sent again when that request is retried. */
export function newIdempotencyKey() {
  return crypto.randomUUID();
}

/**
 * The key to send next after a request failed: the same one when its outcome is unknown (no answer, 5xx, still in
 * flight), so a repeat can never pay twice; a new one after a refusal (4xx), which changed nothing and is answered the
 * same way again for the same key.
 */
export function keyAfter(problem, key) {
  return refused(problem) ? newIdempotencyKey() : key;
}

/**
 * Whether the request was refused and changed nothing (4xx), rather than its outcome unknown (no answer, 5xx, still in
 * flight: 409) or its key already used for another body (idempotency-key-reused: what the key stands for stays unknown).
 */
export function refused(problem) {
  return problem instanceof Problem && problem.status >= 400 && problem.status < 500 && problem.status !== 409
    && problem.slug !== 'idempotency-key-reused';
}

/** The subject (customer or operator id) a token names: to tell whether a new token is the same person's. */
export function tokenSubject(accessToken) {
  try {
    const payload = accessToken.split('.')[1].replace(/-/g, '+').replace(/_/g, '/');
    return JSON.parse(atob(payload.padEnd(Math.ceil(payload.length / 4) * 4, '='))).sub || null;
  } catch (e) {
    return null;
  }
}

export function currentSubject() {
  return token ? tokenSubject(token) : null;
}

/**
 * Calls /api/v1{path} with a JSON body, or a raw one ({contentType, body}). A 401 with a token held means the session ended (tokens live 15 minutes): the page asks the
 * customer to sign in again, keeping the form, and sends the request once more with the new token.
 */
export async function api(method, path, body, { idempotencyKey, anonymous = false, retried = false, raw, replay = true } = {}) {
  const headers = { Accept: 'application/json, application/problem+json', 'Accept-Language': acceptLanguage() };
  if (body !== undefined) {
    headers['Content-Type'] = 'application/json';
  }
  if (raw) {
    headers['Content-Type'] = raw.contentType; // a file as it is, e.g. a payroll CSV
  }
  if (token && !anonymous) {
    headers.Authorization = `Bearer ${token}`;
  }
  if (idempotencyKey) {
    headers['Idempotency-Key'] = idempotencyKey;
  }
  let response;
  try {
    response = await fetch(`/api/v1${path}`, { method, headers, body: raw ? raw.body : body === undefined ? undefined : JSON.stringify(body) });
  } catch (e) {
    throw new Problem(0, null, null);
  }
  const text = await response.text();
  let parsed = null;
  try {
    parsed = text ? JSON.parse(text) : null;
  } catch (e) {
    parsed = null;
  }
  if (response.status === 401 && token && !anonymous && !retried) {
    await signInAgain();
    if (!replay) {
      // signed in again; this request is not sent by itself (a token code in it has passed): the customer presses again
      throw new Problem(401, { detail: t('pressAgain') }, null);
    }
    return api(method, path, body, { idempotencyKey, anonymous, retried: true, raw, replay });
  }
  if (!response.ok) {
    throw new Problem(response.status, parsed, response.headers.get('Retry-After'));
  }
  return { status: response.status, body: parsed };
}

/**
 * The customer's live messages (server-sent events) read with fetch, which can send the token as EventSource cannot.
 * Calls onMessage for each message and onState with 'live', 'reconnecting', 'expired' (the token) or 'ended' (the
 * session, by the bank); reopens after a drop with the
 * last message's id, so nothing is missed. Returns a function that closes it.
 */
export function streamMessages(onMessage, onState) {
  let closed = false;
  let lastId = null;
  let controller = null;
  const open = async () => {
    while (!closed && token) {
      controller = new AbortController();
      const headers = { Authorization: `Bearer ${token}`, Accept: 'text/event-stream', 'Accept-Language': acceptLanguage() };
      if (lastId) {
        headers['Last-Event-ID'] = lastId;
      }
      let ended = false;
      let retry = 2000;
      try {
        const response = await fetch('/api/v1/messages/stream', { headers, signal: controller.signal });
        if (response.status === 401) {
          onState('expired'); // the token ran out: the stream opens again after the customer signs in again
          return;
        }
        if (response.ok && response.body) {
          onState('live');
          ended = await read(response.body.getReader(), id => { lastId = id; }, data => onMessage(data), ms => { retry = ms; });
        }
      } catch (e) {
        if (closed) {
          return;
        }
      }
      if (ended) {
        onState('ended');
        return;
      }
      if (!closed) {
        onState('reconnecting');
        await new Promise(resolve => setTimeout(resolve, retry)); // as long as the server asked (1-5 s, spread)
      }
    }
  };
  open();
  return () => {
    closed = true;
    if (controller) {
      controller.abort();
    }
  };
}

/**
 * Reads events until the stream ends; true when the server said the session ended. Every id the server sends, a
 * message's or the one to resume after that comes with the first comment, is where a reopened stream picks up.
 */
async function read(reader, onId, onMessage, onRetry) {
  const decoder = new TextDecoder();
  let buffer = '';
  let sessionEnded = false;
  for (;;) {
    const { value, done } = await reader.read();
    if (done) {
      return sessionEnded;
    }
    buffer += decoder.decode(value, { stream: true });
    let end;
    while ((end = buffer.indexOf('\n\n')) >= 0) {
      const block = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      let id = null;
      let event = 'message';
      const data = [];
      for (const line of block.split('\n')) {
        if (line.startsWith(':')) {
          sessionEnded = sessionEnded || line.slice(1).trim() === 'session-ended';
        } else if (line.startsWith('id:')) {
          id = line.slice(3).trim();
        } else if (line.startsWith('event:')) {
          event = line.slice(6).trim();
        } else if (line.startsWith('retry:')) {
          const ms = Number.parseInt(line.slice(6).trim(), 10);
          if (ms > 0 && ms <= 60000) {
            onRetry(ms);
          }
        } else if (line.startsWith('data:')) {
          data.push(line.slice(5).replace(/^ /, ''));
        }
      }
      if (event === 'message' && data.length > 0) {
        try {
          onMessage(JSON.parse(data.join('\n')));
        } catch (e) {
          // not a message of ours: skipped
        }
      }
      if (id) {
        onId(id);
      }
    }
  }
}
