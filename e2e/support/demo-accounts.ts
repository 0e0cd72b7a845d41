// The demo accounts the e2e flows sign in with (see apps/api/src/db/demo-data.ts and the README).
// Each flow uses accounts no other flow touches, because signing in changes their password.
import { DEMO_LAWYERS, DEMO_ORGANISATIONS, DEMO_STAFF } from '@lx/api/db/demo-data';
import { initialPassword } from '@lx/shared/initial-password';

export function demoLawyer(index: number) {
  const l = DEMO_LAWYERS[index]!;
  return {
    name: l.name,
    login: l.licenceNo ?? l.memberNo,
    memberNo: l.memberNo,
    idNo: l.idNo,
    password: initialPassword({ kind: 'LAWYER', idNo: l.idNo }),
  };
}

export function demoOrganisation(index: number) {
  const o = DEMO_ORGANISATIONS[index]!;
  return {
    name: o.name,
    login: o.licenceNo ?? o.memberNo,
    password: initialPassword({
      kind: 'ORGANISATION',
      organisationKind: o.kind,
      licenceNo: o.licenceNo,
    }),
  };
}

export function demoStaff(username: string) {
  const s = DEMO_STAFF.find((x) => x.username === username)!;
  return { name: s.displayName, login: s.username, password: s.password };
}
