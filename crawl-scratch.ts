import { startTestFederation } from '#test/federation.ts';
const fed = await startTestFederation();
const found = new Map<string, Set<string>>();
async function crawl(username: string, language: string) {
  const jar = new Map<string, string>();
  const request = async (method: string, url: string, form?: Record<string, string>) => {
    const response = await fetch(`${fed.baseUrl}${url}`, {
      method, redirect: 'manual',
      headers: { 'accept-language': language, cookie: [...jar].map(([k, v]) => `${k}=${v}`).join('; '), ...(form ? { 'content-type': 'application/x-www-form-urlencoded' } : {}) },
      body: form ? new URLSearchParams(form).toString() : undefined,
    });
    for (const header of response.headers.getSetCookie()) { const [pair] = header.split(';'); const [name, ...value] = pair!.split('='); jar.set(name!.trim(), value.join('=')); }
    return { status: response.status, text: await response.text(), type: response.headers.get('content-type') ?? '' };
  };
  const login = await request('GET', '/');
  const csrf = /name="_csrf" value="([^"]+)"/.exec(login.text)?.[1] ?? '';
  await request('POST', '/login', { _csrf: csrf, username, password: 'demo-rse-2026' });
  jar.set('rse_lang', language);
  const queue = ['/'], seen = new Set<string>();
  while (queue.length && seen.size < 80) {
    const url = queue.shift()!;
    if (seen.has(url)) continue; seen.add(url);
    const page = await request('GET', url);
    if (!page.type.includes('html')) continue;
    for (const m of page.text.matchAll(/href="(\/[^"#]*)"/g)) {
      const href = m[1]!.replaceAll('&amp;', '&');
      if (/\.(pdf|csv|css|js|svg|png)|logout|\/static|lang=|\/api\//.test(href)) continue;
      if (!seen.has(href)) queue.push(href);
    }
    const main = page.text.slice(page.text.indexOf('<main'), page.text.indexOf('</main>'));
    const text = main.replace(/<script[\s\S]*?<\/script>/g, '').replace(/<[^>]+>/g, ' ').replace(/&[a-z#0-9]+;/g, ' ');
    for (const token of text.match(/\(R\d+\)|\b[a-z]+(?:-[a-z0-9]+)+\b|\b[a-z]+[A-Z][a-zA-Z]+\b|⟦[^⟧]*⟧/g) ?? []) {
      const key = `${token}`;
      if (!found.has(key)) found.set(key, new Set());
      found.get(key)!.add(`${username}/${language} ${url.replace(/[0-9a-f-]{36}/g, ':id')}`);
    }
  }
}
for (const user of ['marie.forest', 'sophie.forest', 'anne.forest', 'admin.forest', 'pieter.gent', 'sarah.molenbeek'])
  for (const language of ['fr', 'nl']) await crawl(user, language);
for (const [token, where] of found) console.log(token, '::', [...where].slice(0, 3).join(' | '));
await fed.close();
process.exit(0);
