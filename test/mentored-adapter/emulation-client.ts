/** Plain fetch against the emulation, with upstream's default token form (`bearer <token>`). Not a test file. */
export type EmulationBody = Record<string, unknown> & { result: Record<string, unknown> };

export function emulationClient(base: string, token = 'bearer t') {
  const get = (path: string, as = token) =>
    fetch(`${base}/${path}`, { headers: as ? { 'x-auth-token': as } : {} });
  const post = (path: string, body?: unknown) =>
    fetch(`${base}/${path}`, {
      method: 'POST',
      headers: { 'x-auth-token': token },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  const json = async (r: Response) => (await r.json()) as EmulationBody;
  return { get, post, json };
}
