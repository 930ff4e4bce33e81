/** Helpers for the portal tests: the API with a bearer token, and the pages with a browser-like cookie session. */
import type { TestFederation } from './federation.ts';

export function portalApi(fed: TestFederation, token: string | null, method: string, url: string, body?: unknown) {
  return fed.api(token, method, url, body);
}

function cookieFrom(response: Response, name: string): string | null {
  for (const header of response.headers.getSetCookie()) {
    const [pair] = header.split(';');
    if (pair?.startsWith(`${name}=`)) return pair.slice(name.length + 1);
  }
  return null;
}

/** Logs in through the demo login form as a browser would; returns the Cookie header of the session. */
export async function portalPageSession(fed: TestFederation, niss: string): Promise<string> {
  const page = await fetch(`${fed.baseUrl}/portal/`);
  const formCookie = cookieFrom(page, 'rse_portal_form');
  const formToken = /name="form" value="([^"]+)"/.exec(await page.text())?.[1];
  if (!formCookie || !formToken) throw new Error('the login page has no form token');
  const response = await fetch(`${fed.baseUrl}/portal/login/demo`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: `rse_portal_form=${formCookie}` },
    body: new URLSearchParams({ form: formToken, niss }).toString(),
  });
  const session = cookieFrom(response, 'rse_portal_session');
  if (response.status !== 303 || !session) throw new Error(`demo login failed: ${response.status} ${await response.text()}`);
  return `rse_portal_session=${session}`;
}

export async function readPortalPage(fed: TestFederation, cookie: string, path: string) {
  const response = await fetch(`${fed.baseUrl}${path}`, { headers: { cookie }, redirect: 'manual' });
  return { status: response.status, text: await response.text(), headers: response.headers };
}
