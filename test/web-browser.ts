/** A tiny browser for HTTP tests of the web application: a cookie jar, no automatic redirects, form posts, the demo login. */
import assert from 'node:assert/strict';
import { DEMO_PASSWORD } from '#casework/modules/demo/demo-federation.ts';

export type WebBrowser = ReturnType<typeof webBrowser>;

export function webBrowser(baseUrl: string, acceptLanguage = 'fr-BE,fr;q=0.9') {
  const jar = new Map<string, string>();
  const setCookies: string[] = [];
  return {
    jar,
    setCookies,
    async request(method: string, url: string, form?: Record<string, string>) {
      const response = await fetch(url.startsWith('http') ? url : `${baseUrl}${url}`, {
        method,
        redirect: 'manual',
        headers: {
          'accept-language': acceptLanguage,
          cookie: [...jar].map(([k, v]) => `${k}=${v}`).join('; '),
          ...(form ? { 'content-type': 'application/x-www-form-urlencoded' } : {}),
        },
        body: form ? new URLSearchParams(form).toString() : undefined,
      });
      for (const header of response.headers.getSetCookie()) {
        setCookies.push(header);
        const [pair] = header.split(';');
        const [name, ...value] = pair!.split('=');
        if (/Expires=Thu, 01 Jan 1970/i.test(header) || /Max-Age=0/i.test(header)) jar.delete(name!.trim());
        else jar.set(name!.trim(), value.join('='));
      }
      return {
        status: response.status,
        location: response.headers.get('location'),
        headers: response.headers,
        text: await response.text(),
      };
    },
  };
}

export const csrfOf = (html: string) => /name="_csrf" value="([^"]+)"/.exec(html)?.[1] ?? '';
export const keyOf = (html: string) => /name="_idempotency" value="([^"]+)"/.exec(html)?.[1] ?? '';

/** A browser logged in with a demo account through the login form. */
export async function webLoggedIn(baseUrl: string, username: string, acceptLanguage?: string): Promise<WebBrowser> {
  const b = webBrowser(baseUrl, acceptLanguage);
  const page = await b.request('GET', '/');
  const response = await b.request('POST', '/login', { _csrf: csrfOf(page.text), username, password: DEMO_PASSWORD });
  assert.equal(response.status, 303, `login of ${username}: ${response.text.slice(0, 200)}`);
  return b;
}
