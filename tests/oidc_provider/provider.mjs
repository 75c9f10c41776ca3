// A real OpenID provider for the SSO tests: panva's oidc-provider (certified by the OpenID
// Foundation), with its development login pages. Usage:
//   node provider.mjs PORT ACCOUNTS_JSON REDIRECT_URI CLIENT_ID CLIENT_SECRET
// Accounts are read from ACCOUNTS_JSON at every lookup, so a test can change a person's
// groups between two logins, as a directory admin would. Any password is accepted.
import fs from 'node:fs';
import http from 'node:http';

import Provider from 'oidc-provider';

const [port, accountsFile, redirectUri, clientId, clientSecret] = process.argv.slice(2);
const issuer = `http://127.0.0.1:${port}`;

const configuration = {
  clients: [{
    client_id: clientId,
    client_secret: clientSecret,
    redirect_uris: [redirectUri],
    grant_types: ['authorization_code'],
    response_types: ['code'],
    token_endpoint_auth_method: 'client_secret_post',
  }],
  // The appliance must send a PKCE challenge: a request without one is refused.
  pkce: { required: () => true },
  claims: {
    openid: ['sub'],
    email: ['email'],
    profile: ['preferred_username', 'name'],
    groups: ['groups', 'org'],
  },
  cookies: { keys: ['appliance-test-oidc-cookie-key'] },
  features: { devInteractions: { enabled: true } },
  async findAccount(ctx, id) {
    const accounts = JSON.parse(fs.readFileSync(accountsFile, 'utf8'));
    if (!Object.hasOwn(accounts, id)) return undefined;
    return {
      accountId: id,
      async claims() {
        return { sub: id, ...JSON.parse(fs.readFileSync(accountsFile, 'utf8'))[id] };
      },
    };
  },
};

const provider = new Provider(issuer, configuration);
http.createServer(provider.callback()).listen(Number(port), '127.0.0.1', () => {
  console.log(`oidc-provider listening on ${issuer}`);
});
