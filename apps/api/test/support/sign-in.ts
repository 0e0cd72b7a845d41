import type { StaffRoleCode } from '@lx/shared/permissions';
import { makeLawyer, makeOrganisation, makeStaff } from './factories.ts';
import { TestClient, type Started } from './test-app.ts';

type Running = Pick<Started, 'app' | 'prisma'>;

/**
 * A client signed in as `who`. A refused sign-in fails here, with the answer, rather than as a
 * puzzling 401 or 403 further down the test.
 */
export async function signIn(
  t: Pick<Started, 'app'>,
  who: { login: string; password: string },
  portal: 'member' | 'admin' = 'member',
) {
  const client = new TestClient(t.app);
  const res = await client.login(who.login, who.password, portal);
  if (res.statusCode !== 200) {
    throw new Error(`sign-in as ${who.login} refused: ${res.statusCode} ${res.body}`);
  }
  return client;
}

/** A new lawyer (past the first password change unless told otherwise), signed in. */
export async function signedInLawyer(t: Running, options: Parameters<typeof makeLawyer>[1] = {}) {
  const made = await makeLawyer(t.prisma, { mustChangePassword: false, ...options });
  return { ...made, client: await signIn(t, made) };
}

/** A new law firm or company office, signed in. */
export async function signedInOrganisation(
  t: Running,
  options: Parameters<typeof makeOrganisation>[1] = {},
) {
  const made = await makeOrganisation(t.prisma, { mustChangePassword: false, ...options });
  return { ...made, client: await signIn(t, made) };
}

/** A new staff member with these roles, signed in to the admin portal. */
export async function signedInStaff(
  t: Running,
  roles: StaffRoleCode[],
  options: Parameters<typeof makeStaff>[2] = {},
) {
  const made = await makeStaff(t.prisma, roles, options);
  return { ...made, client: await signIn(t, made, 'admin') };
}

/** The client of a new staff member with these roles. */
export async function staffClient(t: Running, roles: StaffRoleCode[]) {
  return (await signedInStaff(t, roles)).client;
}
