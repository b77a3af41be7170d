// A minimal W3C WebDriver client for the end-to-end tests (Node 20, no dependencies).
//
// Contract: `Session.create(url, { application, args })` opens a session on tauri-driver
// with `tauri:options` (the app binary and its command-line arguments); the session's
// methods map one-to-one onto WebDriver commands (navigate, find by CSS, click, send keys,
// text, attribute, execute/sync, screenshot, delete). Element references are the plain
// WebDriver objects, so they can be passed to `execute` as arguments. Every failure
// throws a `WebDriverError` naming the command; `waitFor` polls until a condition holds.

import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';

/** The key of a web element reference (W3C WebDriver). */
export const ELEMENT = 'element-6066-11e4-a52e-4f735466cecf';

/** Longest any single HTTP request to the driver may take (creating a session included). */
const REQUEST_TIMEOUT_MS = 60_000;

export class WebDriverError extends Error {
  constructor(command, error, message) {
    super(`${command}: ${error}${message ? `: ${message}` : ''}`);
    this.name = 'WebDriverError';
    this.command = command;
    this.error = error;
  }
}

/** Throws `message` (an Error) unless `condition` is truthy. */
export function assert(condition, message) {
  if (!condition) throw new Error(message);
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** One WebDriver HTTP request; returns `value` of the response or throws WebDriverError. */
async function request(url, method, path, body) {
  const command = `${method} ${path}`;
  let response;
  try {
    response = await fetch(url.replace(/\/$/, '') + path, {
      method,
      headers: body === undefined ? {} : { 'content-type': 'application/json; charset=utf-8' },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    });
  } catch (error) {
    throw new WebDriverError(command, 'request failed', error.cause?.message ?? error.message);
  }
  const text = await response.text();
  let payload;
  try {
    payload = text ? JSON.parse(text) : {};
  } catch {
    throw new WebDriverError(command, `HTTP ${response.status}`, `not JSON: ${text.slice(0, 200)}`);
  }
  const value = payload.value;
  if (!response.ok || (value && typeof value === 'object' && typeof value.error === 'string')) {
    throw new WebDriverError(command, value?.error ?? `HTTP ${response.status}`, value?.message);
  }
  return value;
}

/** The driver's `GET /status` value ({ ready, message }). */
export function status(url) {
  return request(url, 'GET', '/status');
}

/** Polls `GET /status` until the driver answers ready; throws after `timeoutMs`. */
export async function waitForDriver(url, timeoutMs = 15_000) {
  const deadline = Date.now() + timeoutMs;
  let last;
  while (Date.now() < deadline) {
    try {
      const value = await status(url);
      if (value?.ready !== false) return value;
      last = new Error(`not ready: ${value?.message ?? ''}`);
    } catch (error) {
      last = error;
    }
    await sleep(100);
  }
  throw new Error(`WebDriver at ${url} did not become ready in ${timeoutMs} ms: ${last?.message}`);
}

/**
 * Polls `condition` (sync or async) until it returns a truthy value, and returns that value.
 * Errors thrown by `condition` (an element not there yet, a stale reference) count as "not
 * yet"; the last one is reported if time runs out.
 */
export async function waitFor(condition, { timeout = 10_000, interval = 100, message } = {}) {
  const deadline = Date.now() + timeout;
  let lastError;
  for (;;) {
    try {
      const value = await condition();
      if (value) return value;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() >= deadline) {
      const why = message ?? 'condition still false';
      const detail = lastError ? ` (last error: ${lastError.message})` : '';
      throw new Error(`timed out after ${timeout} ms: ${why}${detail}`);
    }
    await sleep(interval);
  }
}

/** Accepts a function (called with the arguments) or a script body, as execute/sync wants. */
function scriptBody(script) {
  return typeof script === 'function' ? `return (${script}).apply(null, arguments);` : script;
}

function elementId(element) {
  const id = element?.[ELEMENT];
  if (typeof id !== 'string') throw new TypeError(`not a web element reference: ${JSON.stringify(element)}`);
  return id;
}

export class Session {
  /** Opens a session in which tauri-driver starts `application` with `args`. */
  static async create(url, { application, args = [] }) {
    const value = await request(url, 'POST', '/session', {
      capabilities: { alwaysMatch: { 'tauri:options': { application, args } } },
    });
    if (!value?.sessionId) throw new WebDriverError('POST /session', 'no sessionId in reply', JSON.stringify(value));
    return new Session(url, value.sessionId, value.capabilities);
  }

  constructor(url, id, capabilities = {}) {
    this.url = url;
    this.id = id;
    this.capabilities = capabilities;
  }

  command(method, path, body) {
    return request(this.url, method, `/session/${this.id}${path}`, body);
  }

  /** Loads `url` in the window (tests of the app rarely need it: the app loads its own UI). */
  async navigate(url) {
    await this.command('POST', '/url', { url });
  }

  /** The address of the page in the window. */
  currentUrl() {
    return this.command('GET', '/url');
  }

  /** The first element matching `css`; throws WebDriverError `no such element` if none. */
  find(css) {
    return this.command('POST', '/element', { using: 'css selector', value: css });
  }

  /** All elements matching `css` (possibly none). */
  findAll(css) {
    return this.command('POST', '/elements', { using: 'css selector', value: css });
  }

  async click(element) {
    await this.command('POST', `/element/${elementId(element)}/click`, {});
  }

  async sendKeys(element, text) {
    await this.command('POST', `/element/${elementId(element)}/value`, { text: String(text) });
  }

  /** The element's rendered text. */
  text(element) {
    return this.command('GET', `/element/${elementId(element)}/text`);
  }

  /**
   * The element's text as the DOM holds it, whitespace folded. WebKitWebDriver's rendered
   * text leaves out ellipsised (overflow-hidden) spans, such as long account names.
   */
  async textContent(element) {
    const text = await this.execute((el) => el.textContent, element);
    return String(text ?? '').replace(/\s+/g, ' ').trim();
  }

  attribute(element, name) {
    return this.command('GET', `/element/${elementId(element)}/attribute/${encodeURIComponent(name)}`);
  }

  /** Runs `script` (a function or a body using `arguments`) in the page; returns its result. */
  execute(script, ...args) {
    return this.command('POST', '/execute/sync', { script: scriptBody(script), args });
  }

  /** Saves a PNG of the window to `file` (parent directories created); returns `file`. */
  async screenshot(file) {
    const base64 = await this.command('GET', '/screenshot');
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, Buffer.from(base64, 'base64'));
    return file;
  }

  /** `waitFor` bound to nothing in particular, here for convenience in specs. */
  waitFor(condition, options) {
    return waitFor(condition, options);
  }

  /** Ends the session (the driver closes the app). */
  async delete() {
    await request(this.url, 'DELETE', `/session/${this.id}`);
  }
}
