/**
 * Optional bearer auth on the tenant routes: VeloFlux's JSON 401/403 bodies (api-contract §4).
 */
import { expect } from '@open-wc/testing';
import { createSimSession, readWire, type SimSession } from '../helpers/simulator.js';

const json401 = (error: string) => ({
  status: 401,
  contentType: 'application/json',
  nosniff: false,
  body: `{"error":"${error}"}\n`,
});
const bearer = (token: string) => ({ headers: { Authorization: `Bearer ${token}` } });

describe('simulator auth', () => {
  let session: SimSession;

  afterEach(() => session.end());

  it('answers 401 JSON without, with a malformed, or with a wrong token', async () => {
    session = await createSimSession({ auth: { token: 'secret' } });
    expect(await readWire(session.api('acme', '/status'))).to.deep.equal(
      json401('Authorization required'),
    );
    expect(
      await readWire(
        session.api('acme', '/status', { headers: { Authorization: 'Basic c2VjcmV0' } }),
      ),
    ).to.deep.equal(json401('Invalid authorization format'));
    expect(await readWire(session.api('acme', '/status', bearer('nope')))).to.deep.equal(
      json401('Invalid or expired token'),
    );
    expect((await session.api('acme', '/status', bearer('secret'))).status).to.equal(200);
  });

  it('limits tokens to their tenants with 403 JSON', async () => {
    session = await createSimSession({ auth: { tokens: { 'acme-only': ['acme'], admin: '*' } } });
    expect((await session.api('acme', '', bearer('acme-only'))).status).to.equal(200);
    expect(await readWire(session.api('globex', '', bearer('acme-only')))).to.deep.equal({
      status: 403,
      contentType: 'application/json',
      nosniff: false,
      body: '{"error":"Access denied to tenant"}\n',
    });
    expect((await session.api('globex', '', bearer('admin'))).status).to.equal(200);
  });

  it('leaves unknown paths, wrong methods and the control API alone', async () => {
    session = await createSimSession({ auth: { token: 'secret' } });
    expect((await session.api('acme', '/nope')).status).to.equal(404);
    expect((await session.api('acme', '/deploy')).status).to.equal(405);
    expect((await session.tenants()).length).to.be.greaterThan(0);
  });

  it('switches on and off at run time through control/auth', async () => {
    session = await createSimSession();
    expect((await session.api('acme')).status).to.equal(200);
    await session.setAuth({ token: 'rotated' });
    expect((await session.api('acme')).status).to.equal(401);
    expect((await session.api('acme', '', bearer('rotated'))).status).to.equal(200);
    await session.setAuth(null);
    expect((await session.api('acme')).status).to.equal(200);
  });

  it('checks auth before the handler: a refused mutation changes nothing', async () => {
    session = await createSimSession({ auth: { token: 'secret' } });
    expect(
      (await session.api('globex', '/scale', { method: 'POST', json: { replicas: 6 } })).status,
    ).to.equal(401);
    const status = await (await session.api('globex', '/status', bearer('secret'))).json();
    expect(status).to.include({ status: 'ready', replicas: 3 });
  });
});
