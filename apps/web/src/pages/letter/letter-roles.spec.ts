import { letterRoles } from './letter-roles';

const member = (organisation: string, role: string) => ({ role, organisation: { id: organisation } });

describe('letterRoles', () => {
  const leads = [{ id: 'lead' }];

  it('lets an owner or coordinator of a lead organisation coordinate, and any of its members draft', () => {
    expect(letterRoles(leads, [member('lead', 'OWNER')])).toMatchObject({ coordinator: true, drafter: true });
    expect(letterRoles(leads, [member('lead', 'COORDINATOR')])).toMatchObject({ coordinator: true, drafter: true });
    expect(letterRoles(leads, [member('lead', 'MEMBER')])).toMatchObject({ coordinator: false, drafter: true });
    expect(letterRoles(leads, [member('lead', 'SIGNATORY')])).toMatchObject({ coordinator: false, drafter: true });
  });

  it('gives an invited organisation’s owner nothing to coordinate or draft', () => {
    expect(letterRoles(leads, [member('invited', 'OWNER')])).toMatchObject({ coordinator: false, drafter: false });
  });

  it('signs for the organisations the person owns or signs for, lead or not', () => {
    const memberships = [
      member('lead', 'COORDINATOR'),
      member('invited', 'SIGNATORY'),
      member('other', 'OWNER'),
      member('fourth', 'MEMBER'),
    ];
    expect(letterRoles(leads, memberships).signers.map((m) => m.organisation.id)).toEqual(['invited', 'other']);
  });
});
